import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getIntrospectionQuery } from 'graphql';
import { startTestGateway, gql } from './testGateway.ts';

test('a storefront query is resolved through Oro and answered as JSON', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ product(id: "7") { id name } }');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body.data, { product: { id: '7', name: 'Product 7' } });
  assert.equal(g.oro.seen[0]!.headers.accept, 'application/vnd.api+json');
});

test('the back-office endpoint serves its own schema', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ hello }', { path: '/admin/graphql' });
  assert.deepEqual(r.body.data, { hello: 'world' });
});

test('the caller Authorization header reaches Oro unchanged', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  await gql(g.url, '{ product(id: "1") { id } }', { headers: { authorization: 'Bearer caller-token' } });
  assert.equal(g.oro.seen[0]!.headers.authorization, 'Bearer caller-token');
});

test('a request without a token goes to Oro anonymously', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  await gql(g.url, '{ product(id: "1") { id } }');
  assert.equal(g.oro.seen[0]!.headers.authorization, undefined);
});

test('the X-Request-Id of the GraphQL request is sent to Oro and echoed back', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ product(id: "1") { id } }', { headers: { 'x-request-id': 'abc-123' } });
  assert.equal(r.headers.get('x-request-id'), 'abc-123');
  assert.equal(g.oro.seen[0]!.headers['x-request-id'], 'abc-123');
});

test('X-Localization-ID and X-Currency headers are forwarded to Oro', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  await gql(g.url, '{ product(id: "1") { id } }', { headers: { 'x-localization-id': '2', 'x-currency': 'USD' } });
  assert.equal(g.oro.seen[0]!.headers['x-localization-id'], '2');
  assert.equal(g.oro.seen[0]!.headers['x-currency'], 'USD');
});

test('@inContext on the operation wins over the localization and currency headers', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, 'query Q($loc: ID) @inContext(localization: $loc, currency: "EUR") { product(id: "1") { id } }', {
    variables: { loc: '5' },
    headers: { 'x-localization-id': '2', 'x-currency': 'USD' },
  });
  assert.equal(r.body.errors, undefined);
  assert.equal(g.oro.seen[0]!.headers['x-localization-id'], '5');
  assert.equal(g.oro.seen[0]!.headers['x-currency'], 'EUR');
});

test('an internal resolver error is masked as INTERNAL_SERVER_ERROR', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ boom hello }');
  assert.equal(r.body.data.hello, 'world');
  assert.equal(r.body.errors![0]!.message, 'Internal server error');
  assert.equal(r.body.errors![0]!.extensions!.code, 'INTERNAL_SERVER_ERROR');
  assert.ok(!JSON.stringify(r.body).includes('secret'));
});

test('an Oro call that fails becomes UPSTREAM_UNAVAILABLE without internals', async (t) => {
  const g = await startTestGateway({ oroHandler: (_r, res) => res.socket?.destroy(), gateway: { upstream: { retries: 0 } } });
  t.after(() => g.close());
  const r = await gql(g.url, '{ product(id: "1") { id } hello }');
  assert.equal(r.body.errors![0]!.extensions!.code, 'UPSTREAM_UNAVAILABLE');
  assert.deepEqual(r.body.errors![0]!.path, ['product']);
  assert.equal(r.body.data.hello, 'world');
});

test('responses carry the Oro request trace in extensions.oroRequests when tracing is on', async (t) => {
  const g = await startTestGateway({ gateway: { trace: true } });
  t.after(() => g.close());
  const r = await gql(g.url, '{ product(id: "3") { id } }');
  const trace = r.body.extensions!.oroRequests as Array<{ method: string; path: string; status: number }>;
  assert.equal(trace.length, 1);
  assert.equal(trace[0]!.path, '/api/products/3');
  assert.equal(trace[0]!.status, 200);
});

test('responses carry no trace when tracing is off', async (t) => {
  const g = await startTestGateway({ gateway: { trace: false } });
  t.after(() => g.close());
  const r = await gql(g.url, '{ product(id: "3") { id } }');
  assert.equal(r.body.extensions?.oroRequests, undefined);
});

test('a body that is not JSON gets a JSON 400 with code BAD_REQUEST', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const res = await fetch(`${g.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
  assert.equal(body.errors[0]!.extensions.code, 'BAD_REQUEST');
});

test('a body over 1 MB gets a JSON 413 with code PAYLOAD_TOO_LARGE', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const big = JSON.stringify({ query: '{ hello }', variables: { pad: 'x'.repeat(1_100_000) } });
  const res = await fetch(`${g.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
  assert.equal(res.status, 413);
  const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
  assert.equal(body.errors[0]!.extensions.code, 'PAYLOAD_TOO_LARGE');
});

test('a query nested deeper than 8 levels is refused with OPERATION_TOO_COMPLEX', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ node { child { child { child { child { child { child { child { child { name } } } } } } } } } }');
  assert.equal(r.status, 400);
  assert.equal(r.body.errors![0]!.extensions!.code, 'OPERATION_TOO_COMPLEX');
  assert.equal(r.body.errors![0]!.extensions!.limit, 'depth');
  assert.equal(g.oro.seen.length, 0);
});

test('a query at the depth limit is accepted', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, '{ node { child { child { child { child { child { child { name } } } } } } } }');
  assert.equal(r.body.errors, undefined);
});

test('more than 20 aliases are refused with OPERATION_TOO_COMPLEX', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const fields = Array.from({ length: 21 }, (_, i) => `a${i}: name`).join(' ');
  const r = await gql(g.url, `{ node { ${fields} } }`);
  assert.equal(r.body.errors![0]!.extensions!.code, 'OPERATION_TOO_COMPLEX');
  assert.equal(r.body.errors![0]!.extensions!.limit, 'aliases');
});

test('more than 10 root fields are refused with OPERATION_TOO_COMPLEX', async (t) => {
  const g = await startTestGateway({ gateway: { limits: { maxAliases: 100 } } });
  t.after(() => g.close());
  const fields = Array.from({ length: 11 }, (_, i) => `a${i}: hello`).join(' ');
  const r = await gql(g.url, `{ ${fields} }`);
  assert.equal(r.body.errors![0]!.extensions!.limit, 'rootFields');
});

test('more than 20 directives are refused with OPERATION_TOO_COMPLEX', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, `{ node { ${'name @include(if: true) '.repeat(21)} } }`);
  assert.equal(r.body.errors![0]!.extensions!.code, 'OPERATION_TOO_COMPLEX');
  assert.equal(r.body.errors![0]!.extensions!.limit, 'directives');
});

test('a document over 2000 tokens is refused with OPERATION_TOO_COMPLEX', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, `{ hello ${'__typename '.repeat(2100)} }`);
  assert.equal(r.status, 400);
  assert.equal(r.body.errors![0]!.extensions!.code, 'OPERATION_TOO_COMPLEX');
  assert.equal(r.body.errors![0]!.extensions!.limit, 'tokens');
});

test('a form-encoded POST is refused by CSRF prevention', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const res = await fetch(`${g.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ hello }' }) });
  assert.equal(res.status, 400);
  assert.match(res.headers.get('content-type') ?? '', /json/);
});

test('a mutation over GET is refused', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const q = encodeURIComponent('mutation { startGuestSession { accessToken } }');
  const res = await fetch(`${g.url}/graphql?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
  assert.equal(res.status, 405);
  assert.equal(g.oro.seen.length, 0);
});

test('an unknown route answers JSON 404', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const res = await fetch(`${g.url}/nope`);
  assert.equal(res.status, 404);
  assert.equal(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code, 'NOT_FOUND');
});

test('an array of operations (HTTP batching) is refused', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const batch = Array.from({ length: 10 }, () => ({ query: '{ product(id: "1") { id } }' }));
  const res = await fetch(`${g.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batch) });
  assert.equal(res.status, 400);
  assert.equal(g.oro.seen.length, 0);
});

test('an @inContext value that is not header-safe is refused with BAD_USER_INPUT before any Oro call', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, 'query Q($c: String) @inContext(currency: $c) { product(id: "1") { id } }', { variables: { c: 'EUR\r\nX-Evil: 1' } });
  assert.equal(r.status, 400);
  assert.equal(r.body.errors![0]!.extensions!.code, 'BAD_USER_INPUT');
  assert.equal(g.oro.seen.length, 0);
});

test('the standard introspection query of GraphiQL passes the depth limit', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true });
  const r = await gql(g.url, query);
  assert.equal(r.status, 200);
  assert.equal(r.body.errors, undefined);
});

test('circular introspection is refused with OPERATION_TOO_COMPLEX', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  const r = await gql(g.url, `{ __schema { types { ${'fields { type { '.repeat(8)}name${' } }'.repeat(8)} } } }`);
  assert.equal(r.status, 400);
  assert.equal(r.body.errors![0]!.extensions!.code, 'OPERATION_TOO_COMPLEX');
});
