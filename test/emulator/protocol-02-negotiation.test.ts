import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { call, JSON_API } from './client.ts';

let e: RunningEmulator;
before(async () => { e = await startEmulator(); });
after(async () => { await e.close(); });

test('§2.2 a JSON:API Accept answers with the JSON:API content type', async () => {
  const r = await call(e, '/api/products');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), JSON_API);
});

test('§2.2 an Accept whose JSON:API entry carries parameters is a 406', async () => {
  const r = await call(e, '/api/products', { headers: { accept: `${JSON_API}; ext=foo` } });
  assert.equal(r.status, 406);
  assert.equal(r.json.errors[0].title, 'not acceptable http exception');
});

test('§2.2 the q parameter on the JSON:API Accept entry is tolerated', async () => {
  const r = await call(e, '/api/products', { headers: { accept: `${JSON_API};q=0.9` } });
  assert.equal(r.status, 200);
});

test('§2.2 Content-Type with charset is a 415 even before the 405 of an unimplemented POST', async () => {
  const r = await call(e, '/api/products', { method: 'POST', headers: { 'content-type': `${JSON_API}; charset=utf-8` }, body: '{}' });
  assert.equal(r.status, 415);
  assert.equal(r.json.errors[0].title, 'unsupported media type http exception');
});

test('§2.2 a non-JSON Accept is the plain REST 406 as a bare error array', async () => {
  const r = await call(e, '/api/products', { headers: { accept: 'text/html' } });
  assert.equal(r.status, 406);
  assert.equal(r.headers.get('content-type'), 'application/json');
  assert.deepEqual(r.json, [{ title: 'not acceptable http exception', detail: 'Only JSON representation of the requested resource is supported.' }]);
});

test('§2.2 a plain REST request with a JSON Accept gets the same 406 (plain REST is not emulated)', async () => {
  const r = await call(e, '/api/products', { headers: { accept: 'application/json' } });
  assert.equal(r.status, 406);
  assert.equal(r.json[0].detail, 'Only JSON representation of the requested resource is supported.');
});

test('§2.2 Content-Type JSON:API without Accept is served as JSON:API', async () => {
  const res = await fetch(`${e.url}/api/products/1`, { headers: { 'content-type': JSON_API } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), JSON_API);
  await res.text();
});

test('§2.2 Content-Type JSON:API with an Accept that excludes it is a 406', async () => {
  const r = await call(e, '/api/products/1', { headers: { accept: 'text/html', 'content-type': JSON_API } });
  assert.equal(r.status, 406);
  assert.equal(r.json.errors[0].detail, 'The "Accept" request header does not accept JSON:API content type.');
});

test('§2.2 a JSON:API entry among other Accept entries is enough', async () => {
  const r = await call(e, '/api/products/1', { headers: { accept: `text/html, ${JSON_API};q=0.8, */*;q=0.1` } });
  assert.equal(r.status, 200);
});

test('§5.4 HEAD is a 405 with an empty body and an Allow header', async () => {
  const r = await call(e, '/api/products', { method: 'HEAD' });
  assert.equal(r.status, 405);
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET');
});

test('§6.6 OPTIONS answers 200 with Allow and no body, without credentials', async () => {
  const r = await call(e, '/admin/api/products/1', { method: 'OPTIONS' });
  assert.equal(r.status, 200);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET, PATCH, DELETE');
});

test('§5.4 a POST on an action the emulator does not serve is an empty 405 with Allow', async () => {
  const anon = await call(e, '/api/products', { method: 'POST', headers: { 'content-type': JSON_API }, body: '{}' });
  assert.equal(anon.status, 405);
  assert.equal(anon.text, '');
  assert.equal(anon.headers.get('allow'), 'OPTIONS, GET');
});
