import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { adminToken, call, customerToken, token } from './client.ts';

let e: RunningEmulator;
before(async () => { e = await startEmulator({ tokenTtlSeconds: 60 }); });
after(async () => { await e.close(); });

test('§7.2 a non-whitelisted storefront resource without credentials is an empty 401 with WWW-Authenticate', async () => {
  const r = await call(e, '/api/orders');
  assert.equal(r.status, 401);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('www-authenticate'), 'Bearer');
});

test('§7.2 the guest storefront API serves the public catalogue without a token', async () => {
  assert.equal((await call(e, '/api/products')).status, 200);
});

test('§7.1 the back office always needs a token', async () => {
  assert.equal((await call(e, '/admin/api/products')).status, 401);
  const t = await adminToken(e);
  assert.equal((await call(e, '/admin/api/products', { headers: { authorization: `Bearer ${t}` } })).status, 200);
});

test('§7.1 storefront and back-office tokens are not interchangeable', async () => {
  const t = await adminToken(e);
  const r = await call(e, '/api/products', { headers: { authorization: `Bearer ${t}` } });
  assert.equal(r.status, 401);
  assert.equal(r.headers.get('www-authenticate'), null);
});

test('§5.4 an invalid token is an empty 401 without WWW-Authenticate', async () => {
  const r = await call(e, '/api/products', { headers: { authorization: 'Bearer nope' } });
  assert.equal(r.status, 401);
  assert.equal(r.text, '');
  assert.equal(r.headers.get('www-authenticate'), null);
});

test('§7.1 the token response has Bearer type and the configured lifetime', async () => {
  const c = e.accounts.oauthClients.storefront;
  const u = e.accounts.customerUsers[0]!;
  const res = await fetch(`${e.url}/oauth2-token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'password', client_id: c.clientId, client_secret: c.clientSecret, username: u.email, password: u.password }).toString() });
  const json = (await res.json()) as Record<string, unknown>;
  assert.equal(json.token_type, 'Bearer');
  assert.equal(json.expires_in, 60);
  assert.equal(typeof json.refresh_token, 'string');
});

test('§7.1 wrong user credentials give a league invalid_grant error', async () => {
  const c = e.accounts.oauthClients.storefront;
  const res = await fetch(`${e.url}/oauth2-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'password', client_id: c.clientId, client_secret: c.clientSecret, username: 'x@example.com', password: 'bad' }) });
  assert.equal(res.status, 400);
  const json = (await res.json()) as Record<string, string>;
  assert.equal(json.error, 'invalid_grant');
  assert.equal(json.message, json.error_description);
});

test('§7.1 a wrong client secret is a 401 invalid_client', async () => {
  const res = await fetch(`${e.url}/oauth2-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'backoffice-demo-client', client_secret: 'x' }) });
  assert.equal(res.status, 401);
  assert.equal(((await res.json()) as Record<string, string>).error, 'invalid_client');
});

test('§7.1 a refresh token gives a new working access token', async () => {
  const c = e.accounts.oauthClients.storefront;
  const u = e.accounts.customerUsers[0]!;
  const first = await (await fetch(`${e.url}/oauth2-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'password', client_id: c.clientId, client_secret: c.clientSecret, username: u.email, password: u.password }) })).json() as Record<string, string>;
  const t = await token(e, { grant_type: 'refresh_token', client_id: c.clientId, client_secret: c.clientSecret, refresh_token: first.refresh_token! });
  assert.equal((await call(e, '/api/customers/mine', { headers: { authorization: `Bearer ${t}` } })).json.data.id, u.customerId);
});

test('§7.2 a customer user sees only its own customer orders', async () => {
  const t = await customerToken(e, 0);
  const r = await call(e, '/api/orders?page[size]=-1&include=customer', { headers: { authorization: `Bearer ${t}` } });
  assert.ok(r.json.data.length > 0);
  assert.ok(r.json.data.every((o: any) => o.relationships.customer.data.id === e.accounts.customerUsers[0]!.customerId));
});

test('§7.2 another customer\'s order is not accessible', async () => {
  const t = await customerToken(e, 0);
  const mine = e.accounts.customerUsers[0]!.customerId;
  const all = await call(e, '/admin/api/orders?page[size]=-1', { headers: { authorization: `Bearer ${await adminToken(e)}` } });
  const other = all.json.data.find((o: any) => o.relationships.customer.data.id !== mine);
  const r = await call(e, `/api/orders/${other.id}`, { headers: { authorization: `Bearer ${t}` } });
  assert.equal(r.status, 403);
});

test('§7.2 a visitor token reads the catalogue but not customer data', async () => {
  const c = e.accounts.oauthClients.storefront;
  const t = await token(e, { grant_type: 'password', client_id: c.clientId, client_secret: c.clientSecret, username: 'guest', password: 'guest' });
  assert.equal((await call(e, '/api/products', { headers: { authorization: `Bearer ${t}` } })).status, 200);
  assert.equal((await call(e, '/api/orders', { headers: { authorization: `Bearer ${t}` } })).status, 403);
});

test('§4.5 the back office exposes product names as a to-many relationship to productnames', async () => {
  const r = await call(e, '/admin/api/products/1?include=names,inventory_status', { headers: { authorization: `Bearer ${await adminToken(e)}` } });
  assert.equal(r.json.data.relationships.names.data[0].type, 'productnames');
  assert.ok(r.json.included.some((x: any) => x.type === 'prodinventorystatuses'));
});
