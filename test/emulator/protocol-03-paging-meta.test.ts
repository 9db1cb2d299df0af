import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { call } from './client.ts';

let e: RunningEmulator;
before(async () => { e = await startEmulator(); });
after(async () => { await e.close(); });

const firstError = async (path: string): Promise<any> => {
  const r = await call(e, path);
  assert.equal(r.status, 400);
  return r.json.errors[0];
};

test('§3.5 page[number]=-1 is rejected as not an unsigned integer', async () => {
  assert.deepEqual(await firstError('/api/products?page[number]=-1'), { status: '400', title: 'filter constraint', detail: 'Expected unsigned integer value. Given "-1".', source: { parameter: 'page[number]' } });
});

test('§3.5 a non-numeric page[number] is rejected as not an unsigned integer', async () => {
  assert.equal((await firstError('/api/products?page[number]=two')).detail, 'Expected unsigned integer value. Given "two".');
});

test('§3.5 page[size] below -1 is rejected', async () => {
  assert.deepEqual(await firstError('/api/products?page[size]=-2'), { status: '400', title: 'filter constraint', detail: 'The value should be greater than or equals to -1.', source: { parameter: 'page[size]' } });
});

test('§3.5 a non-numeric page[size] is rejected as not an integer', async () => {
  assert.equal((await firstError('/api/products?page[size]=many')).detail, 'Expected integer value. Given "many".');
});

test('§3.5 page[size]=-1 ignores page[number] and has no paging links', async () => {
  const r = await call(e, '/api/products?page[size]=-1&page[number]=3');
  assert.equal(r.json.data.length, 300);
  assert.equal(r.json.data[0].id, '1');
  assert.equal(r.json.links.next, undefined);
});

test('§3.5 page[size] sets the number of primary records', async () => {
  const r = await call(e, '/api/products?page[size]=25');
  assert.equal(r.json.data.length, 25);
});

test('§3.5 a to-many sub-resource accepts page[number]', async () => {
  const r = await call(e, '/api/countries/US/regions?page[size]=2&page[number]=3');
  assert.equal(r.json.data.length, 1);
  assert.equal(r.json.links.next, undefined);
});

test('§3.5 a to-many relationship route is paged', async () => {
  const r = await call(e, '/api/countries/US/relationships/regions?page[size]=2');
  assert.equal(r.json.data.length, 2);
  assert.ok(r.json.links.next);
});

test('§3.5 page parameters on a to-one relationship route are not supported', async () => {
  assert.equal((await firstError('/api/products/1/relationships/brand?page[size]=2')).detail, 'The filter is not supported.');
});

test('§2.1 X-Include totalCount counts all filtered records regardless of paging', async () => {
  const all = await call(e, '/api/products?filter[featured]=true&page[size]=-1');
  const r = await call(e, '/api/products?filter[featured]=true&page[size]=2', { headers: { 'x-include': 'totalCount' } });
  assert.equal(r.headers.get('x-include-total-count'), String(all.json.data.length));
});

test('§2.1 X-Include keys are split on semicolons only', async () => {
  const r = await call(e, '/api/products', { headers: { 'x-include': 'totalCount,noHateoas' } });
  assert.equal(r.headers.get('x-include-total-count'), null);
  assert.ok(r.json.links);
});

test('§2.3 X-Include-Total-Count is not sent on a failed request', async () => {
  const r = await call(e, '/api/products?filter[id]=abc', { headers: { 'x-include': 'totalCount' } });
  assert.equal(r.status, 400);
  assert.equal(r.headers.get('x-include-total-count'), null);
});

test('§3.6 meta=title adds the title to primary records only', async () => {
  const r = await call(e, '/api/products/1?meta=title&include=brand');
  assert.equal(r.json.data.meta.title, r.json.data.attributes.name);
  assert.equal(r.json.included[0].meta, undefined);
});

test('§3.6 an unknown meta property names the known ones', async () => {
  assert.deepEqual(await firstError('/api/products?meta=another'), { status: '400', title: 'filter constraint', detail: 'The "another" is not known meta property. Known properties: title.', source: { parameter: 'meta' } });
});

test('§3.6 an empty meta value is rejected', async () => {
  assert.equal((await firstError('/api/products?meta=')).detail, 'Expected not empty string value. Given "".');
});

test('§3.6 a stray comma in meta is rejected', async () => {
  assert.equal((await firstError('/api/products?meta=title,')).detail, 'Expected an array of not empty strings. Given "title,".');
});

test('§3.2 an empty include value is rejected', async () => {
  assert.deepEqual(await firstError('/api/products?include='), { status: '400', title: 'filter constraint', detail: 'Expected not empty string value. Given "".', source: { parameter: 'include' } });
});

test('§3.2 a leading comma in include is rejected', async () => {
  assert.equal((await firstError('/api/products?include=,brand')).detail, 'Expected an array of not empty strings. Given ",brand".');
});

test('§3.2 include on a resource without relationships is not supported', async () => {
  assert.equal((await firstError('/api/productunits?include=x')).source.parameter, 'include');
});

test('§3.3 an empty fieldset leaves only type and id', async () => {
  const r = await call(e, '/api/products/1?fields[products]=');
  assert.deepEqual(Object.keys(r.json.data).sort(), ['id', 'links', 'type']);
});

test('§3.3 fields for an unknown type is an entity type that is not known', async () => {
  assert.deepEqual(await firstError('/api/products?fields[nope]=a'), { status: '400', title: 'filter constraint', detail: 'An entity type is not known.', source: { parameter: 'fields[nope]' } });
});

test('§3.3 fields without a type is an entity type that is not specified', async () => {
  assert.equal((await firstError('/api/products?fields=sku')).detail, 'An entity type is not specified.');
});

test('§3.3 fields of an included type restricts the included objects', async () => {
  const r = await call(e, '/api/products/1?include=brand&fields[brands]=name');
  assert.deepEqual(Object.keys(r.json.included[0].attributes), ['name']);
});

test('§3.4 several unsortable fields are named together', async () => {
  assert.deepEqual(await firstError('/api/products?sort=description,-shortDescription'), { status: '400', title: 'sort constraint', detail: 'Sorting by "description, shortDescription" fields are not supported.', source: { parameter: 'sort' } });
});

test('§3.4 sorting a resource with sorting disabled is not supported', async () => {
  assert.equal((await firstError('/api/productinventorystatuses?sort=id')).detail, 'The filter is not supported.');
});

test('§3.4 sort by several fields applies them in order', async () => {
  const r = await call(e, '/api/regions?sort=country,-name&page[size]=-1');
  const pairs = r.json.data.map((x: any) => [x.relationships.country.data.id, x.attributes.name]);
  const expected = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0));
  assert.deepEqual(pairs, expected);
});
