import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { adminToken, call, JSON_API } from './client.ts';

let e: RunningEmulator;
let admin: Record<string, string>;
before(async () => {
  e = await startEmulator();
  admin = { authorization: `Bearer ${await adminToken(e)}` };
});
after(async () => { await e.close(); });

const allowOf = async (path: string): Promise<string | null> => {
  const r = await call(e, path, { method: 'OPTIONS' });
  assert.equal(r.status, 200);
  return r.headers.get('allow');
};

test('§6.6 OPTIONS on a list with every action lists OPTIONS, GET, PATCH, POST, DELETE', async () => {
  assert.equal(await allowOf('/admin/api/products'), 'OPTIONS, GET, PATCH, POST, DELETE');
});

test('§6.6 OPTIONS on a read-only list lists OPTIONS, GET', async () => {
  assert.equal(await allowOf('/api/products'), 'OPTIONS, GET');
});

test('§6.6 OPTIONS on a list without the Batch API leaves PATCH out', async () => {
  assert.equal(await allowOf('/admin/api/orders'), 'OPTIONS, GET, POST, DELETE');
});

test('§6.6 OPTIONS on an item lists OPTIONS, GET, PATCH, DELETE', async () => {
  assert.equal(await allowOf('/admin/api/products/1'), 'OPTIONS, GET, PATCH, DELETE');
});

test('§6.6 OPTIONS on a sub-resource lists OPTIONS, GET', async () => {
  assert.equal(await allowOf('/admin/api/products/1/images'), 'OPTIONS, GET');
});

test('§6.6 OPTIONS on a to-one relationship lists OPTIONS, GET, PATCH', async () => {
  assert.equal(await allowOf('/admin/api/products/1/relationships/brand'), 'OPTIONS, GET, PATCH');
});

test('§6.6 OPTIONS on a to-many relationship lists OPTIONS, GET, PATCH, POST, DELETE', async () => {
  assert.equal(await allowOf('/admin/api/products/1/relationships/images'), 'OPTIONS, GET, PATCH, POST, DELETE');
});

test('§6.6 OPTIONS does not validate the id', async () => {
  assert.equal(await allowOf('/admin/api/products/test'), 'OPTIONS, GET, PATCH, DELETE');
});

test('§6.6 OPTIONS answers with Cache-Control max-age 600 public and Vary Origin', async () => {
  const r = await call(e, '/api/products', { method: 'OPTIONS' });
  assert.equal(r.headers.get('cache-control'), 'max-age=600, public');
  assert.equal(r.headers.get('vary'), 'Origin');
});

test('§6.6 OPTIONS has no body', async () => {
  const r = await call(e, '/api/products/1', { method: 'OPTIONS' });
  assert.equal(r.text, '');
});

test('§5.4 HEAD on a known type is an empty 405 whose Allow has no HEAD', async () => {
  const r = await call(e, '/admin/api/products/1', { method: 'HEAD', headers: admin });
  assert.equal(r.status, 405);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET, PATCH, DELETE');
});

test('§5.4 HEAD on an unknown type is an empty 404', async () => {
  const r = await call(e, '/admin/api/nope', { method: 'HEAD', headers: admin });
  assert.equal(r.status, 404);
  assert.equal(r.text, '');
});

test('§1.2 PUT goes to the not-allowed action: empty 405 with Allow', async () => {
  const r = await call(e, '/admin/api/products/1', { method: 'PUT', headers: { ...admin, 'content-type': JSON_API }, body: '{}' });
  assert.equal(r.status, 405);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET, PATCH, DELETE');
});

test('§6.7 POST on a to-one relationship is an empty 405', async () => {
  const r = await call(e, '/admin/api/products/1/relationships/brand', { method: 'POST', headers: { ...admin, 'content-type': JSON_API }, body: '{"data":null}' });
  assert.equal(r.status, 405);
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET, PATCH');
});

test('§5.5 a write on a read-only storefront resource is an empty 405 with Allow', async () => {
  const r = await call(e, '/api/products', { method: 'POST', headers: { 'content-type': JSON_API }, body: '{}' });
  assert.equal(r.status, 405);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET');
});

test('a write that Oro would accept but the emulator does not implement is a 501 error document', async () => {
  const r = await call(e, '/admin/api/products', { method: 'POST', headers: { ...admin, 'content-type': JSON_API }, body: '{"data":{"type":"products"}}' });
  assert.equal(r.status, 501);
  assert.equal(r.headers.get('content-type'), JSON_API);
  assert.equal(r.json.errors[0].title, 'not implemented http exception');
});

test('§6.1 a to-one relationship route answers one identifier', async () => {
  const r = await call(e, '/api/products/1/relationships/category');
  assert.deepEqual(Object.keys(r.json.data), ['type', 'id', 'links']);
  assert.equal(r.json.data.type, 'mastercatalogcategories');
});

test('§6.1 a to-many sub-resource accepts filters and sort', async () => {
  const r = await call(e, '/api/countries/US/regions?filter[name]=Texas&sort=-name');
  assert.deepEqual(r.json.data.map((x: any) => x.id), ['US-TX']);
});

test('§6.1 relationship routes take no filters', async () => {
  const r = await call(e, '/api/countries/US/relationships/regions?filter[name]=Texas');
  assert.equal(r.status, 400);
  assert.equal(r.json.errors[0].source.parameter, 'filter[name]');
});
