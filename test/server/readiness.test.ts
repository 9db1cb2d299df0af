import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSchema as buildSdl } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { startTestGateway, gql, testSchema } from './testGateway.ts';

test('health is ok and readiness is 200 once both schemas are loaded', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  assert.equal((await fetch(`${g.url}/healthz`)).status, 200);
  const ready = await fetch(`${g.url}/readyz`);
  assert.equal(ready.status, 200);
  assert.equal(((await ready.json()) as { status: string }).status, 'ready');
});

test('while Oro metadata cannot be loaded the server stays up, is not ready and answers GraphQL with a JSON 503', async (t) => {
  const g = await startTestGateway({
    waitReady: false,
    loadSchema: async () => {
      throw new Error('connect ECONNREFUSED');
    },
  });
  t.after(() => g.close());
  assert.equal((await fetch(`${g.url}/healthz`)).status, 200);
  assert.equal((await fetch(`${g.url}/readyz`)).status, 503);
  const r = await gql(g.url, '{ hello }');
  assert.equal(r.status, 503);
  assert.equal(r.body.errors![0]!.extensions!.code, 'SERVICE_UNAVAILABLE');
});

test('a schema that fails to load at first is loaded by a later retry', async (t) => {
  let calls = 0;
  const g = await startTestGateway({
    waitReady: false,
    loadSchema: async () => {
      calls++;
      if (calls <= 4) throw new Error('Oro is down');
      return testSchema();
    },
  });
  t.after(() => g.close());
  await g.gateway.whenReady(5000);
  const r = await gql(g.url, '{ hello }');
  assert.deepEqual(r.body.data, { hello: 'world' });
  assert.ok(calls > 4);
});

test('reload swaps in the new schema', async (t) => {
  let version = 1;
  const g = await startTestGateway({
    loadSchema: async () => schemaAnswering(`v${version}`),
  });
  t.after(() => g.close());
  assert.deepEqual((await gql(g.url, '{ hello }')).body.data, { hello: 'v1' });
  version = 2;
  const result = await g.gateway.reload();
  assert.deepEqual(result, { storefront: true, backOffice: true });
  assert.deepEqual((await gql(g.url, '{ hello }')).body.data, { hello: 'v2' });
});

test('a request running during a reload finishes on the schema it started with', async (t) => {
  let version = 1;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let entered: () => void = () => undefined;
  const inResolver = new Promise<void>((resolve) => (entered = resolve));
  const g = await startTestGateway({
    loadSchema: async () => {
      const v = `v${version}`;
      const schema = buildSdl('type Query { hello: String }');
      schema.getQueryType()!.getFields().hello!.resolve = async () => {
        if (v === 'v1') {
          entered();
          await gate;
        }
        return v;
      };
      return schema;
    },
  });
  t.after(() => g.close());
  const slow = gql(g.url, '{ hello }');
  await inResolver;
  version = 2;
  await g.gateway.reload();
  assert.deepEqual((await gql(g.url, '{ hello }')).body.data, { hello: 'v2' });
  release();
  assert.deepEqual((await slow).body.data, { hello: 'v1' });
});

test('a failed reload keeps the previous schema', async (t) => {
  let fail = false;
  const g = await startTestGateway({
    loadSchema: async () => {
      if (fail) throw new Error('Oro is down');
      return schemaAnswering('old');
    },
  });
  t.after(() => g.close());
  fail = true;
  const result = await g.gateway.reload();
  assert.deepEqual(result, { storefront: false, backOffice: false });
  assert.deepEqual((await gql(g.url, '{ hello }')).body.data, { hello: 'old' });
  assert.equal((await fetch(`${g.url}/readyz`)).status, 200);
});

test('the metrics endpoint reports operations and upstream requests', async (t) => {
  const g = await startTestGateway();
  t.after(() => g.close());
  await gql(g.url, 'query ProductPage { product(id: "1") { id } }');
  const text = await (await fetch(`${g.url}/metrics`)).text();
  assert.match(text, /oro_graphql_operations_total\{view="storefront",operation="ProductPage",outcome="success"\} 1/);
  assert.match(text, /oro_upstream_requests_total\{view="storefront",resource="products",method="GET",status="200"\} 1/);
  assert.match(text, /oro_graphql_operation_duration_seconds_bucket/);
});

function schemaAnswering(value: string): GraphQLSchema {
  const schema = buildSdl('type Query { hello: String }');
  schema.getQueryType()!.getFields().hello!.resolve = () => value;
  return schema;
}

test('readiness turns 503 while the circuit to Oro is open', async (t) => {
  const g = await startTestGateway({
    oroHandler: (_r, res) => {
      res.writeHead(500);
      res.end();
    },
    gateway: { upstream: { retries: 0, breaker: { minimumCalls: 2, failureRatio: 0.5, windowMs: 60_000, halfOpenAfterMs: 60_000 } } },
  });
  t.after(() => g.close());
  assert.equal((await fetch(`${g.url}/readyz`)).status, 200);
  await gql(g.url, '{ product(id: "1") { id } }');
  await gql(g.url, '{ product(id: "2") { id } }');
  const ready = await fetch(`${g.url}/readyz`);
  assert.equal(ready.status, 503);
  assert.equal(((await ready.json()) as { oro: string }).oro, 'unreachable');
});
