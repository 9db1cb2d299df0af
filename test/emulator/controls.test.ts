import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { call } from './client.ts';

let e: RunningEmulator;
before(async () => { e = await startEmulator(); });
after(async () => { await e.close(); });

test('the request log records path with raw query, status and redacted authorization', async () => {
  e.clearRequests();
  await call(e, '/api/products?page[size]=1', { headers: { authorization: 'Bearer secret-token', 'x-include': 'totalCount' } });
  const [r] = e.requests();
  assert.equal(r!.path, '/api/products?page[size]=1');
  assert.equal(r!.status, 401);
  assert.match(r!.headers.authorization!, /^Bearer [0-9a-f]{12}$/);
  assert.equal(r!.headers['x-include'], 'totalCount');
});

test('the request log is readable and clearable over HTTP', async () => {
  await call(e, '/api/products');
  const log = await (await fetch(`${e.url}/_emulator/requests`)).json() as unknown[];
  assert.ok(log.length > 0);
  await fetch(`${e.url}/_emulator/requests`, { method: 'DELETE' });
  assert.equal(e.requests().length, 0);
});

test('a status fault answers the scripted status the given number of times', async () => {
  e.addFault({ pathPrefix: '/api/products', times: 1, action: { kind: 'status', status: 503, retryAfter: 2 } });
  const first = await call(e, '/api/products');
  assert.equal(first.status, 503);
  assert.equal(first.headers.get('retry-after'), '2');
  assert.equal((await call(e, '/api/products')).status, 200);
});

test('a fault posted over HTTP applies to the matching method only', async () => {
  await fetch(`${e.url}/_emulator/faults`, { method: 'POST', body: JSON.stringify({ method: 'GET', pathPrefix: '/api/brands', action: { kind: 'invalidJson' } }) });
  const r = await call(e, '/api/brands');
  assert.equal(r.json, null);
  assert.equal((await call(e, '/api/brands')).status, 200);
});

test('a reset fault destroys the connection', async () => {
  e.addFault({ pathPrefix: '/api/countries', action: { kind: 'reset' } });
  await assert.rejects(fetch(`${e.url}/api/countries`, { headers: { accept: 'application/vnd.api+json' } }));
  e.clearFaults();
});

test('a truncated fault ends the body early', async () => {
  e.addFault({ pathPrefix: '/api/regions', action: { kind: 'truncated' } });
  await assert.rejects(async () => { await (await fetch(`${e.url}/api/regions`, { headers: { accept: 'application/vnd.api+json' } })).text(); });
});

test('a hang fault never answers and close() still shuts the server down', async () => {
  const other = await startEmulator();
  other.addFault({ pathPrefix: '/api', action: { kind: 'hang' } });
  const pending = fetch(`${other.url}/api/products`).then(() => 'answered', () => 'failed');
  await new Promise((r) => setTimeout(r, 50));
  await other.close();
  assert.equal(await pending, 'failed');
});

test('the accounts endpoint returns the demo credentials', async () => {
  const a = await (await fetch(`${e.url}/_emulator/accounts`)).json() as any;
  assert.equal(a.guest.username, 'guest');
  assert.equal(a.oauthClients.storefront.clientId, e.accounts.oauthClients.storefront.clientId);
});

test('the public OpenAPI URL serves the storefront document as JSON and YAML', async () => {
  const json = await (await fetch(`${e.url}/public-openapi-specification/1/storefront`)).json() as any;
  assert.equal(json.openapi, '3.1.0');
  const yaml = await (await fetch(`${e.url}/public-openapi-specification/1/back-office?format=yaml`)).text();
  assert.match(yaml, /^openapi: 3\.1\.0/);
});

test('the same seed gives the same catalogue', async () => {
  const other = await startEmulator({ seed: 1 });
  const a = (await call(e, '/api/products/42')).json.data.attributes;
  const b = (await call(other, '/api/products/42')).json.data.attributes;
  await other.close();
  assert.deepEqual(a, b);
});
