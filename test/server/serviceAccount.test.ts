import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import { startEmulatorGateway } from './emulatorGateway.ts';
import { gql } from './testGateway.ts';

test('back-office requests without a token use the service account, fetching one token for concurrent operations', async (t) => {
  // The demo client ids are fixed, so a throwaway emulator tells us the back-office client.
  const probe = await startEmulator({ port: 0 });
  const bo = probe.accounts.oauthClients['back-office'];
  await probe.close();
  const g = await startEmulatorGateway({ gateway: { serviceAccountEnabled: true, serviceAccountClientId: bo.clientId, serviceAccountClientSecret: bo.clientSecret } });
  t.after(() => g.close());
  g.emulator.clearRequests();
  const results = await Promise.all(Array.from({ length: 4 }, () => gql(g.url, '{ products(first: 1) { nodes { id } } }', { path: '/admin/graphql' })));
  for (const r of results) assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  const tokenCalls = g.emulator.requests().filter((r) => r.path.startsWith('/oauth2-token'));
  assert.equal(tokenCalls.length, 1);
  const apiCalls = g.emulator.requests().filter((r) => r.path.startsWith('/admin/api/'));
  assert.ok(apiCalls.length >= 4);
  assert.ok(apiCalls.every((r) => (r.headers.authorization ?? '').startsWith('Bearer ')));
});

test('back-office requests without a token and without a service account are UNAUTHENTICATED', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ products(first: 1) { nodes { id } } }', { path: '/admin/graphql' });
  assert.equal(r.body.errors![0]!.extensions!.code, 'UNAUTHENTICATED');
});
