import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulatorGateway } from './emulatorGateway.ts';
import { gql } from './testGateway.ts';

async function login(url: string, email: string, password: string): Promise<string> {
  const r = await gql(url, 'mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken expiresIn } }', { variables: { e: email, p: password } });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  assert.ok(r.body.data.login.expiresIn > 0);
  return r.body.data.login.accessToken as string;
}

test('a guest browses the catalogue, and two customers logged in at once each see only their own orders', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());

  const catalogue = await gql(g.url, '{ products(first: 5) { nodes { id sku } } }');
  assert.equal(catalogue.body.errors, undefined, JSON.stringify(catalogue.body.errors));
  assert.equal(catalogue.body.data.products.nodes.length, 5);

  const users = g.emulator.accounts.customerUsers;
  const a = users[0]!;
  const b = users.find((u) => u.customerId !== a.customerId)!;
  const [tokenA, tokenB] = await Promise.all([login(g.url, a.email, a.password), login(g.url, b.email, b.password)]);
  const ordersQuery = '{ orders(first: 50) { totalCount nodes { id customer { id } } } }';
  const [ordersA, ordersB] = await Promise.all([
    gql(g.url, ordersQuery, { headers: { authorization: `Bearer ${tokenA}` } }),
    gql(g.url, ordersQuery, { headers: { authorization: `Bearer ${tokenB}` } }),
  ]);
  assert.equal(ordersA.body.errors, undefined, JSON.stringify(ordersA.body.errors));
  assert.equal(ordersB.body.errors, undefined, JSON.stringify(ordersB.body.errors));
  const nodesA = ordersA.body.data.orders.nodes as Array<{ id: string; customer: { id: string } }>;
  const nodesB = ordersB.body.data.orders.nodes as Array<{ id: string; customer: { id: string } }>;
  assert.ok(nodesA.length > 0 && nodesB.length > 0);
  assert.ok(nodesA.every((o) => o.customer.id === a.customerId));
  assert.ok(nodesB.every((o) => o.customer.id === b.customerId));
  const idsA = new Set(nodesA.map((o) => o.id));
  assert.ok(nodesB.every((o) => !idsA.has(o.id)));
});

test('orders without a token are refused with UNAUTHENTICATED', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ orders(first: 5) { nodes { id } } }');
  assert.equal(r.body.errors![0]!.extensions!.code, 'UNAUTHENTICATED');
});

test('a wrong password gives UNAUTHENTICATED with a clean message', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  const a = g.emulator.accounts.customerUsers[0]!;
  const r = await gql(g.url, 'mutation { login(email: "' + a.email + '", password: "wrong") { accessToken } }');
  assert.equal(r.body.errors![0]!.extensions!.code, 'UNAUTHENTICATED');
  assert.equal(r.body.errors![0]!.message, 'Invalid email or password.');
});

test('a refresh token from login gives a new access token', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  const a = g.emulator.accounts.customerUsers[0]!;
  const first = await gql(g.url, `mutation { login(email: "${a.email}", password: "${a.password}") { refreshToken } }`);
  const r = await gql(g.url, 'mutation R($t: String!) { refreshToken(refreshToken: $t) { accessToken expiresIn } }', { variables: { t: first.body.data.login.refreshToken } });
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  assert.equal(typeof r.body.data.refreshToken.accessToken, 'string');
});

test('startGuestSession returns a visitor token Oro accepts', async (t) => {
  const g = await startEmulatorGateway();
  t.after(() => g.close());
  const r = await gql(g.url, 'mutation { startGuestSession { accessToken expiresIn } }');
  assert.equal(r.body.errors, undefined, JSON.stringify(r.body.errors));
  const token = r.body.data.startGuestSession.accessToken as string;
  const products = await gql(g.url, '{ products(first: 1) { nodes { id } } }', { headers: { authorization: `Bearer ${token}` } });
  assert.equal(products.body.errors, undefined, JSON.stringify(products.body.errors));
});
