import { test } from 'node:test';
import assert from 'node:assert/strict';
import { graphql } from 'graphql';
import { attachResolvers } from '../../src/executor/attachResolvers.ts';
import type { GatewayContext, TracedRequest } from '../../src/executor/types.ts';
import { buildFixtureSchema } from '../planner/fixtureSchema.ts';
import { FakeOro, fixtureRecords } from './fakeOro.ts';

const schema = attachResolvers(buildFixtureSchema(), { basePath: '/api' });

async function run(query: string, oro = new FakeOro(fixtureRecords()), variables?: Record<string, unknown>) {
  const trace: TracedRequest[] = [];
  const contextValue: GatewayContext = { oro: { upstream: oro, trace } };
  const result = await graphql({ schema, source: query, contextValue, variableValues: variables });
  return { result: JSON.parse(JSON.stringify(result)) as { data?: any; errors?: any[] }, paths: oro.paths, trace };
}

test('orders with customers and line items with products resolve from one request', async () => {
  const { result, paths } = await run('{ orders(first: 2) { nodes { poNumber customer { name } lineItems { totalCount nodes { quantity product { sku } } } } } }');
  assert.equal(result.errors, undefined);
  assert.equal(paths.length, 1);
  assert.deepEqual(result.data.orders.nodes[1], {
    poNumber: 'PO-2',
    customer: { name: 'Acme' },
    lineItems: { totalCount: 3, nodes: [{ quantity: 1, product: { sku: 'SKU-04' } }, { quantity: 2, product: { sku: 'SKU-05' } }, { quantity: 3, product: { sku: 'SKU-06' } }] },
  });
});

test('a nested connection with filter and sort is batched into one request and split per parent', async () => {
  const { result, paths } = await run(
    '{ products(first: 3) { nodes { id variants(first: 2, sort: [SKU_DESC], filter: { sku: { neq: "SKU-04" } }) { totalCount pageInfo { hasNextPage } nodes { sku } } } } }',
  );
  assert.equal(result.errors, undefined);
  assert.equal(paths.length, 2);
  assert.match(paths[1]!, /filter%5Bid%5D=4,7,10,5,8,11,6,9,12/);
  assert.deepEqual(result.data.products.nodes[0].variants, { totalCount: 2, pageInfo: { hasNextPage: false }, nodes: [{ sku: 'SKU-10' }, { sku: 'SKU-07' }] });
  assert.deepEqual(result.data.products.nodes[1].variants, { totalCount: 3, pageInfo: { hasNextPage: true }, nodes: [{ sku: 'SKU-11' }, { sku: 'SKU-08' }] });
});

test('paging through a list with cursors returns every record once', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let requests = 0;
  for (;;) {
    const { result, paths } = await run('query($after: String) { products(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }', undefined, { after });
    requests += paths.length;
    seen.push(...result.data.products.nodes.map((n: { id: string }) => n.id));
    if (!result.data.products.pageInfo.hasNextPage) break;
    after = result.data.products.pageInfo.endCursor;
  }
  assert.deepEqual(seen, Array.from({ length: 12 }, (_, i) => String(i + 1)));
  assert.equal(requests, 3);
});

test('an unaligned cursor window is exact', async () => {
  const first = await run('{ products(first: 7) { edges { cursor } } }');
  const cursor = first.result.data.products.edges[6].cursor;
  const { result } = await run(`{ products(first: 3, after: "${cursor}") { pageInfo { hasPreviousPage hasNextPage } nodes { id } } }`);
  assert.deepEqual(result.data.products, { pageInfo: { hasPreviousPage: true, hasNextPage: true }, nodes: [{ id: '8' }, { id: '9' }, { id: '10' }] });
});

test('union members resolve to their own types', async () => {
  const { result } = await run('{ menuitems { nodes { target { __typename ... on Products { sku } ... on Categories { title } } } } }');
  assert.deepEqual(result.data.menuitems.nodes, [{ target: { __typename: 'Products', sku: 'SKU-02' } }, { target: { __typename: 'Categories', title: 'Cat 1' } }]);
});

test('several root fields run and identical requests are made once', async () => {
  const { result, paths } = await run('{ a: brands { nodes { name } } b: brands { nodes { name } } }');
  assert.deepEqual(result.data.a, result.data.b);
  assert.equal(paths.length, 1);
});

test('a failed later stage nulls only its fields with a coded error and path', async () => {
  const oro = new FakeOro(fixtureRecords());
  oro.failWhen = (path) => (path.includes('filter%5Bid%5D') ? 503 : undefined);
  const { result } = await run('{ products(first: 2) { nodes { sku variants(sort: [SKU_ASC]) { nodes { sku } } } } }', oro);
  assert.equal(result.data.products.nodes[0].sku, 'SKU-01');
  assert.equal(result.data.products.nodes[0].variants, null);
  assert.equal(result.errors?.[0].extensions.code, 'UPSTREAM_UNAVAILABLE');
  assert.deepEqual(result.errors?.[0].path, ['products', 'nodes', 0, 'variants']);
  assert.doesNotMatch(JSON.stringify(result.errors), /internal detail/);
});

test('a missing item is null without an error', async () => {
  const { result } = await run('{ productsItem(id: "999") { sku } }');
  assert.deepEqual(result, { data: { productsItem: null } });
});

test('the per-parent fallback reads the sub-resource of each parent', async () => {
  const { result, paths } = await run('{ orders(first: 2) { nodes { discounts(filter: { amount: { eq: "5" } }) { nodes { amount } } } } }');
  assert.deepEqual(result.data.orders.nodes, [{ discounts: { nodes: [{ amount: '5' }] } }, { discounts: { nodes: [] } }]);
  assert.deepEqual(paths.slice(1).map((p) => p.split('?')[0]).sort(), ['/api/orders/1/discounts', '/api/orders/2/discounts']);
});

test('the trace lists each upstream request with its stage', async () => {
  const { trace } = await run('{ products(first: 1) { nodes { variants(sort: [SKU_ASC]) { nodes { sku } } } } }');
  assert.deepEqual(trace.map((t) => [t.stage, t.status]), [[1, 200], [2, 200]]);
});

test('too complex operations fail before any upstream request', async () => {
  const oro = new FakeOro(fixtureRecords());
  const trace: TracedRequest[] = [];
  const small = attachResolvers(buildFixtureSchema(), { basePath: '/api', maxUpstreamRequests: 3 });
  const result = await graphql({ schema: small, source: '{ orders(first: 10) { nodes { discounts(sort: [AMOUNT_ASC]) { nodes { amount } } } } }', contextValue: { oro: { upstream: oro, trace } } });
  assert.equal(result.errors?.[0]?.extensions.code, 'OPERATION_TOO_COMPLEX');
  assert.equal(oro.paths.length, 0);
});

test('every batched filter[id] request is reported to onBatch with its type and number of ids', async () => {
  const batches: Array<[string, number]> = [];
  const oro = new FakeOro(fixtureRecords());
  const contextValue: GatewayContext = { oro: { upstream: oro, onBatch: (resource, size) => batches.push([resource, size]) } };
  const result = await graphql({ schema, source: '{ products(first: 3) { nodes { variants(sort: [SKU_DESC]) { nodes { sku } } } } }', contextValue });
  assert.equal(result.errors, undefined);
  assert.equal(oro.paths.length, 2);
  assert.deepEqual(batches, [['products', 9]]);
});
