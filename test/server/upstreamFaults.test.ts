import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulatorGateway } from './emulatorGateway.ts';
import { gql } from './testGateway.ts';

const QUERY = '{ products(first: 1) { nodes { sku } } }';

test('a 503 from Oro is retried and the client gets the data', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  g.emulator.clearRequests();
  g.emulator.addFault({ pathPrefix: '/api/products', method: 'GET', times: 1, action: { kind: 'status', status: 503 } });
  const r = await gql(g.url, QUERY);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  assert.equal(r.body.data.products.nodes.length, 1);
  assert.equal(g.emulator.requests().filter((x) => x.path.startsWith('/api/products')).length, 2);
});

test('a connection reset by Oro is retried and the client gets the data', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  g.emulator.addFault({ pathPrefix: '/api/products', method: 'GET', times: 1, action: { kind: 'reset' } });
  const r = await gql(g.url, QUERY);
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
});

test('Oro that never answers gives UPSTREAM_TIMEOUT within the call deadline', async (t) => {
  const g = await startEmulatorGateway({ gateway: { upstream: { callTimeoutMs: 300 } } });
  t.after(() => g.close());
  g.emulator.addFault({ pathPrefix: '/api/products', method: 'GET', action: { kind: 'hang' } });
  const r = await gql(g.url, QUERY);
  assert.equal(r.status, 200);
  assert.equal(r.body.errors![0]!.extensions!.code, 'UPSTREAM_TIMEOUT');
});

test('invalid JSON from Oro gives UPSTREAM_BAD_RESPONSE without the body', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  g.emulator.addFault({ pathPrefix: '/api/products', method: 'GET', action: { kind: 'invalidJson' } });
  const r = await gql(g.url, QUERY);
  assert.equal(r.body.errors![0]!.extensions!.code, 'UPSTREAM_BAD_RESPONSE');
});
