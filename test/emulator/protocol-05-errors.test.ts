import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { aggregateStatus } from '../../src/emulator/http/apiError.ts';
import { call } from './client.ts';

let e: RunningEmulator;
before(async () => { e = await startEmulator({ guestApi: true }); });
after(async () => { await e.close(); });

test('§1.3 an unknown entity type is a 404 entity type constraint', async () => {
  const r = await call(e, '/api/nope', { method: 'OPTIONS' });
  assert.equal(r.status, 404);
  assert.deepEqual(r.json.errors[0], { status: '404', title: 'entity type constraint', detail: 'Unknown entity type: nope.' });
});

test('§5.2 a missing record is a 404 not found http exception', async () => {
  const r = await call(e, '/api/products/999999');
  assert.equal(r.json.errors[0].detail, 'An entity with the requested identifier does not exist.');
});

test('§5.2 a malformed integer id is a 400 entity identifier constraint', async () => {
  const r = await call(e, '/api/products/abc');
  assert.equal(r.status, 400);
  assert.equal(r.json.errors[0].title, 'entity identifier constraint');
});

test('§5.2 an unknown sub-resource is a 404 relationship constraint', async () => {
  const r = await call(e, '/api/products/1/nope');
  assert.equal(r.json.errors[0].title, 'relationship constraint');
});

test('§5.3 several 400s aggregate to 400 and a 409 wins inside a mixed 4xx group', () => {
  assert.equal(aggregateStatus([400, 400]), 400);
  assert.equal(aggregateStatus([400, 404]), 400);
  assert.equal(aggregateStatus([400, 409]), 409);
  assert.equal(aggregateStatus([403, 500]), 500);
});

test('§5.1 every error of a request is returned with a string status', async () => {
  const r = await call(e, '/api/products?filter[id]=x&sort=nope');
  assert.equal(r.json.errors.length, 2);
  assert.ok(r.json.errors.every((x: any) => typeof x.status === 'string'));
});
