import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestGateway, gql } from './testGateway.ts';

const production = { env: { NODE_ENV: 'production' } };

test('production refuses introspection', async (t) => {
  const g = await startTestGateway(production);
  t.after(() => g.close());
  const r = await gql(g.url, '{ __schema { types { name } } }');
  assert.equal(r.status, 400);
  assert.equal(r.body.data, undefined);
  assert.equal(r.body.errors![0]!.extensions!.code, 'GRAPHQL_VALIDATION_FAILED');
});

test('production serves no playground', async (t) => {
  const g = await startTestGateway(production);
  t.after(() => g.close());
  const page = await fetch(`${g.url}/playground`);
  assert.equal(page.status, 404);
  const asset = await fetch(`${g.url}/playground/assets/graphiql.min.js`);
  assert.equal(asset.status, 404);
});

test('production hides field suggestions', async (t) => {
  const g = await startTestGateway(production);
  t.after(() => g.close());
  const r = await gql(g.url, '{ hell }');
  assert.equal(r.status, 400);
  assert.ok(!r.body.errors![0]!.message.includes('Did you mean'));
});

test('production sends no upstream trace', async (t) => {
  const g = await startTestGateway(production);
  t.after(() => g.close());
  const r = await gql(g.url, '{ product(id: "1") { id } }');
  assert.equal(r.body.extensions?.oroRequests, undefined);
});

test('the playground can be enabled in production', async (t) => {
  const g = await startTestGateway({ ...production, gateway: { playground: true } });
  t.after(() => g.close());
  const page = await fetch(`${g.url}/playground`);
  assert.equal(page.status, 200);
});

test('development serves the playground page and its assets from node_modules', async (t) => {
  const g = await startTestGateway({ env: { NODE_ENV: 'development' } });
  t.after(() => g.close());
  const page = await (await fetch(`${g.url}/playground`)).text();
  assert.ok(!/https?:\/\//.test(page.replace(/http:\/\/www\.w3\.org[^"]*/g, '')), 'page references no external URL');
  for (const src of page.match(/\/playground\/assets\/[\w.-]+/g) ?? []) {
    const res = await fetch(g.url + src);
    assert.equal(res.status, 200, src);
  }
  assert.equal((page.match(/\/playground\/assets\//g) ?? []).length, 5);
});

test('a browser opening the GraphQL endpoint is sent to the playground', async (t) => {
  const g = await startTestGateway({ env: { NODE_ENV: 'development' } });
  t.after(() => g.close());
  const res = await fetch(`${g.url}/admin/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/playground?view=backOffice');
});
