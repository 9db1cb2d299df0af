import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { getView } from '../../src/emulator/registry/views.ts';
import { adminToken, call, JSON_API } from './client.ts';

let e: RunningEmulator;
let admin: Record<string, string>;
before(async () => {
  e = await startEmulator();
  admin = { authorization: `Bearer ${await adminToken(e)}` };
});
after(async () => { await e.close(); });

test('§4.1 a success document has data and links but no jsonapi member', async () => {
  const r = await call(e, '/api/products/1');
  assert.deepEqual(Object.keys(r.json), ['data', 'links']);
});

test('§4.1 an empty to-one sub-resource answers data null', async () => {
  const r = await call(e, '/api/webcatalogtree/1/parent');
  assert.equal(r.status, 200);
  assert.equal(r.json.data, null);
});

test('§4.2 every declared attribute is present and empty values are kept as null', async () => {
  const r = await call(e, '/api/products/1');
  const declared = getView('storefront').resources.get('products')!.attributes.map((a) => a.name);
  assert.deepEqual(Object.keys(r.json.data.attributes), declared);
  assert.equal(r.json.data.attributes.availabilityDate, null);
});

test('§4.2 the identifier is a string and is not repeated in attributes', async () => {
  const r = await call(e, '/api/countries/US');
  assert.equal(r.json.data.id, 'US');
  assert.equal(r.json.data.attributes.id, undefined);
  assert.equal(typeof (await call(e, '/api/products/7')).json.data.id, 'string');
});

test('§4.2 an empty to-one relationship has data null', async () => {
  const r = await call(e, '/admin/api/customers/1', { headers: admin });
  assert.equal(r.json.data.relationships.parent.data, null);
});

test('§4.2 an empty to-many relationship has data as an empty array', async () => {
  const r = await call(e, '/admin/api/customers/1', { headers: admin });
  assert.deepEqual(r.json.data.relationships.children.data, []);
});

test('§4.2 relationship linkage carries type and string id', async () => {
  const r = await call(e, '/api/products/1');
  const brand = r.json.data.relationships.brand.data;
  assert.deepEqual(Object.keys(brand), ['type', 'id']);
  assert.equal(brand.type, 'brands');
  assert.equal(typeof brand.id, 'string');
});

test('§4.2 a relationship object carries self and related links', async () => {
  const r = await call(e, '/api/products/1');
  assert.deepEqual(r.json.data.relationships.category.links, {
    self: `${e.url}/api/products/1/relationships/category`,
    related: `${e.url}/api/products/1/category`,
  });
});

test('§4.3 a resource object links to its item URL', async () => {
  const r = await call(e, '/api/products?page[size]=1');
  assert.deepEqual(r.json.data[0].links, { self: `${e.url}/api/products/1` });
});

test('§4.3 the top-level self link of an item document is the list URL', async () => {
  const r = await call(e, '/api/products/3?include=brand');
  assert.deepEqual(r.json.links, { self: `${e.url}/api/products` });
});

test('§4.3 the list self link is the list URL without the query string', async () => {
  const r = await call(e, '/api/products?sort=-id&page[size]=5');
  assert.equal(r.json.links.self, `${e.url}/api/products`);
});

test('§4.3 page one has neither first nor prev links', async () => {
  const r = await call(e, '/api/products?page[number]=1');
  assert.deepEqual(Object.keys(r.json.links).sort(), ['next', 'self']);
});

test('§4.3 the first link of page three drops page[number] and prev points at page two', async () => {
  const r = await call(e, '/api/products?page[number]=3&page[size]=5');
  assert.equal(r.json.links.first, `${e.url}/api/products?page%5Bsize%5D=5`);
  assert.equal(r.json.links.prev, `${e.url}/api/products?page%5Bnumber%5D=2&page%5Bsize%5D=5`);
});

test('§4.3 the last page has no next link', async () => {
  const r = await call(e, '/api/products?page[number]=30');
  assert.equal(r.json.data.length, 10);
  assert.equal(r.json.links.next, undefined);
});

test('§4.3 paging links keep filters with brackets encoded and parameters sorted by name', async () => {
  const r = await call(e, '/api/products?sort=id&filter[featured]=true&page[size]=2');
  assert.equal(r.json.links.next, `${e.url}/api/products?filter%5Bfeatured%5D=true&page%5Bnumber%5D=2&page%5Bsize%5D=2&sort=id`);
});

test('§4.3 a relationship document links to itself and to the related resource', async () => {
  const r = await call(e, '/api/products/1/relationships/category');
  assert.deepEqual(r.json.links, { self: `${e.url}/api/products/1/relationships/category`, related: `${e.url}/api/products/1/category` });
});

test('§4.3 identifiers returned by a relationship route carry their item self link', async () => {
  const r = await call(e, '/api/products/1/relationships/variantProducts');
  assert.deepEqual(r.json.data[0], { type: 'products', id: '2', links: { self: `${e.url}/api/products/2` } });
  assert.deepEqual(r.json.links, { self: `${e.url}/api/products/1/relationships/variantProducts`, related: `${e.url}/api/products/1/variantProducts` });
});

test('§4.3 a to-many sub-resource links to itself with paging links', async () => {
  const r = await call(e, '/api/countries/US/regions?page[size]=2&page[number]=2');
  const self = `${e.url}/api/countries/US/regions`;
  assert.equal(r.json.links.self, self);
  assert.equal(r.json.links.first, `${self}?page%5Bsize%5D=2`);
  assert.equal(r.json.links.next, `${self}?page%5Bnumber%5D=3&page%5Bsize%5D=2`);
});

test('§4.3 a truncated relationship page links to the next page of identifiers', async () => {
  const r = await call(e, '/api/products/1/relationships/variantProducts?page[size]=2');
  assert.deepEqual(r.json.data.map((x: any) => x.id), ['2', '3']);
  assert.equal(r.json.links.next, `${e.url}/api/products/1/relationships/variantProducts?page%5Bnumber%5D=2&page%5Bsize%5D=2`);
});

test('§4.4 datetimes are UTC with Z and no fraction', async () => {
  const r = await call(e, '/api/products/1');
  assert.match(r.json.data.attributes.createdAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

test('§2.3 error responses carry the JSON:API content type', async () => {
  const r = await call(e, '/api/products?filter[nope]=1');
  assert.equal(r.status, 400);
  assert.equal(r.headers.get('content-type'), JSON_API);
});
