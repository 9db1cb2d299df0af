import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { call } from './client.ts';

let e: RunningEmulator;
before(async () => { e = await startEmulator(); });
after(async () => { await e.close(); });

test('§3.1 an unknown query parameter is a 400 filter constraint naming the parameter', async () => {
  const r = await call(e, '/api/products?_=123');
  assert.equal(r.status, 400);
  assert.deepEqual(r.json.errors[0], { status: '400', title: 'filter constraint', detail: 'The filter is not supported.', source: { parameter: '_' } });
});

test('§3.1 bracket and dot forms of a related-field filter are the same filter', async () => {
  const a = await call(e, '/api/products?filter[brand][id]=3&page[size]=-1');
  const b = await call(e, '/api/products?filter[brand.id]=3&page[size]=-1');
  assert.equal(a.status, 200);
  assert.deepEqual(a.json.data.map((x: any) => x.id), b.json.data.map((x: any) => x.id));
  assert.ok(a.json.data.every((x: any) => x.relationships.brand.data.id === '3'));
});

test('§3.2 include ignores unknown relationship names', async () => {
  const r = await call(e, '/api/products/1?include=nope');
  assert.equal(r.status, 200);
  assert.equal(r.json.included, undefined);
});

test('§3.2 included is de-duplicated and never repeats the primary resource', async () => {
  const r = await call(e, '/api/products?page[size]=50&include=brand,variantProducts');
  const keys = r.json.included.map((x: any) => `${x.type}:${x.id}`);
  assert.equal(new Set(keys).size, keys.length);
  const primary = new Set(r.json.data.map((x: any) => `products:${x.id}`));
  assert.ok(keys.every((k: string) => !primary.has(k)));
});

test('§3.2 nested dotted include paths reach the second level', async () => {
  const r = await call(e, '/api/products/1?include=category.categoryPath');
  assert.ok(r.json.included.some((x: any) => x.type === 'mastercatalogcategories'));
});

test('§3.3 fields for a type that is not in the response is a 400', async () => {
  const r = await call(e, '/api/products?fields[brands]=name');
  assert.equal(r.status, 400);
  assert.equal(r.json.errors[0].source.parameter, 'fields[brands]');
});

test('§3.3 an included relationship missing from the parent fieldset is not included', async () => {
  const r = await call(e, '/api/products/1?include=brand&fields[products]=sku');
  assert.equal(r.status, 200);
  assert.equal(r.json.included, undefined);
  assert.deepEqual(Object.keys(r.json.data.attributes), ['sku']);
});

test('§3.4 sorting by a field that is not sortable is a 400 sort constraint', async () => {
  const r = await call(e, '/api/products?sort=description');
  assert.equal(r.status, 400);
  assert.equal(r.json.errors[0].title, 'sort constraint');
  assert.equal(r.json.errors[0].detail, 'Sorting by "description" field is not supported.');
});

test('§3.4 descending sort by a dot path orders by the related field', async () => {
  const r = await call(e, '/api/products?sort=-brand.name&page[size]=20&include=brand');
  const names = r.json.data.map((p: any) => r.json.included.find((b: any) => b.id === p.relationships.brand.data.id).attributes.name);
  assert.deepEqual(names, [...names].sort().reverse());
});

test('§3.5 the default page size is 10 and page[size]=-1 returns everything', async () => {
  assert.equal((await call(e, '/api/products')).json.data.length, 10);
  assert.equal((await call(e, '/api/products?page[size]=-1')).json.data.length, 300);
});

test('§3.5 page[number]=0 is rejected', async () => {
  const r = await call(e, '/api/products?page[number]=0');
  assert.equal(r.status, 400);
  assert.equal(r.json.errors[0].detail, 'The value should be greater than or equals to 1.');
});

test('§3.5 paging is not supported on storefront localizations', async () => {
  const r = await call(e, '/api/localizations?page[size]=1');
  assert.equal(r.status, 400);
  assert.equal(r.json.errors[0].source.parameter, 'page[size]');
});

test('§3.6 meta=title adds meta.title and unknown meta names are rejected', async () => {
  assert.equal(typeof (await call(e, '/api/products/1?meta=title')).json.data.meta.title, 'string');
  const bad = await call(e, '/api/products/1?meta=other');
  assert.equal(bad.json.errors[0].detail, 'The "other" is not known meta property. Known properties: title.');
});

test('§3.7.4 sku takes a comma list while a plain string filter treats the comma literally', async () => {
  const skus = (await call(e, '/api/products?page[size]=2')).json.data.map((p: any) => p.attributes.sku);
  const list = await call(e, `/api/products?filter[sku]=${skus.join(',')}`);
  assert.deepEqual(list.json.data.map((p: any) => p.id), ['1', '2']);
  const literal = await call(e, '/api/countries?filter[name]=Germany,France');
  assert.equal(literal.json.data.length, 0);
});

test('§3.7.2 an operator that is not enabled for the filter is a 400', async () => {
  const r = await call(e, '/api/products?filter[productType][contains]=x');
  assert.equal(r.json.errors[0].detail, 'The operator "contains" is not supported.');
  assert.equal(r.json.errors[0].source.parameter, 'filter[productType][contains]');
});

test('§3.7.5 a partial date matches the whole period with eq', async () => {
  const all = (await call(e, '/api/products?page[size]=-1')).json.data;
  const expected = all.filter((p: any) => p.attributes.createdAt.startsWith('2023-05')).map((p: any) => p.id);
  const r = await call(e, '/api/products?page[size]=-1&filter[createdAt]=2023-05');
  assert.deepEqual(r.json.data.map((p: any) => p.id), expected);
});

test('§3.7.5 an integer filter value that does not parse is a 400', async () => {
  const r = await call(e, '/api/products?filter[id]=aaa');
  assert.equal(r.json.errors[0].detail, 'Expected integer value. Given "aaa".');
});

test('§3.7.6 string filters are case-sensitive', async () => {
  assert.equal((await call(e, '/api/countries?filter[name]=germany')).json.data.length, 0);
  assert.equal((await call(e, '/api/countries?filter[name]=Germany')).json.data.length, 1);
});

test('§3.7.2 to-many eq matches any listed id and contains requires all', async () => {
  const any = await call(e, '/api/products?filter[variantProducts]=2,12');
  assert.deepEqual(any.json.data.map((p: any) => p.id), ['1', '11']);
  const all = await call(e, '/api/products?filter[variantProducts][contains]=2,3');
  assert.deepEqual(all.json.data.map((p: any) => p.id), ['1']);
});

test('§4.3 list links have self and next, no last, and sorted encoded parameters', async () => {
  const r = await call(e, '/api/products?sort=-id&page[number]=2');
  const base = `${e.url}/api/products`;
  assert.equal(r.json.links.self, base);
  assert.equal(r.json.links.first, `${base}?sort=-id`);
  assert.equal(r.json.links.prev, `${base}?sort=-id`);
  assert.equal(r.json.links.next, `${base}?page%5Bnumber%5D=3&sort=-id`);
  assert.equal(r.json.links.last, undefined);
});

test('§2.1 X-Include noHateoas removes every link and totalCount sets the count header', async () => {
  const r = await call(e, '/api/products?filter[featured]=true', { headers: { 'x-include': 'noHateoas;totalCount' } });
  assert.equal(r.json.links, undefined);
  assert.equal(r.json.data[0].links, undefined);
  assert.ok(Number(r.headers.get('x-include-total-count')) >= r.json.data.length);
});

test('§4.5 the storefront localizes names by X-Localization-ID and ignores unknown ids', async () => {
  const en = (await call(e, '/api/products/5')).json.data.attributes.name;
  const de = (await call(e, '/api/products/5', { headers: { 'x-localization-id': '2' } })).json.data.attributes.name;
  const junk = (await call(e, '/api/products/5', { headers: { 'x-localization-id': 'abc' } })).json.data.attributes.name;
  assert.notEqual(en, de);
  assert.equal(junk, en);
});

test('§4.2 money is a string with four decimals and ids are strings', async () => {
  const p = (await call(e, '/api/products/1')).json.data;
  assert.match(p.attributes.prices[0].price, /^\d+\.\d{4}$/);
  assert.equal(typeof p.id, 'string');
  assert.match(p.attributes.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('§6.1 a to-many sub-resource is paged like a list and the relationship route returns identifiers', async () => {
  const sub = await call(e, '/api/countries/US/regions?page[size]=2');
  assert.equal(sub.json.data.length, 2);
  assert.ok(sub.json.links.next);
  const rel = await call(e, '/api/products/1/relationships/variantProducts');
  assert.deepEqual(rel.json.data.map((x: any) => x.id), ['2', '3', '4']);
});

test('§4.2 polymorphic webcatalogtree content links to different types', async () => {
  const r = await call(e, '/api/webcatalogtree?page[size]=-1&include=content');
  const types = new Set(r.json.data.map((n: any) => n.relationships.content.data.type));
  assert.ok(types.has('mastercatalogcategories') && types.has('products') && types.has('landingpages'));
});
