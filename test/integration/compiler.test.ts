import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { readOpenApi, parseOpenApiText } from '../../src/metadata/readOpenApi.ts';
import { buildSchema } from '../../src/schema/buildSchema.ts';
import { attachResolvers } from '../../src/executor/attachResolvers.ts';
import { customerToken, testUpstream } from '../support/testUpstream.ts';

let emu: RunningEmulator;
let schema: GraphQLSchema;
let token: string;

before(async () => {
  emu = await startEmulator({ port: 0, seed: 7 });
  // The gateway reads the spec over HTTP like from a real Oro; it never imports emulator code.
  const res = await fetch(`${emu.url}/public-openapi-specification/1/storefront`);
  assert.equal(res.status, 200);
  const text = await res.text();
  const model = readOpenApi(parseOpenApiText(text));
  schema = attachResolvers(buildSchema(model).schema, { basePath: '/api', model });
  token = await customerToken(emu.url, emu.accounts.oauthClients.storefront, emu.accounts.customerUsers[0]!);
});

after(async () => {
  await emu.close();
});

async function run(source: string, variables?: Record<string, unknown>) {
  emu.clearRequests();
  const result = await graphql({ schema, source, variableValues: variables, contextValue: { oro: { upstream: testUpstream(emu.url, { token }) } } });
  const requests = emu.requests().filter((r) => r.path.startsWith('/api/'));
  return { result: JSON.parse(JSON.stringify(result)) as { data?: any; errors?: any[] }, requests, paths: requests.map((r) => r.path) };
}

async function direct(path: string, headers: Record<string, string> = {}): Promise<{ body: any; headers: Headers }> {
  const res = await fetch(emu.url + path, { headers: { accept: 'application/vnd.api+json', authorization: `Bearer ${token}`, ...headers } });
  return { body: await res.json(), headers: res.headers };
}

test('a list with nested to-one and to-many relationships is one upstream request', async () => {
  const { result, paths } = await run('{ orders(first: 3) { nodes { id customerUser { email } lineItems(first: 2) { nodes { quantity product { sku brand { name } } } } } } }');
  assert.equal(result.errors, undefined);
  assert.deepEqual(paths, [
    '/api/orders?fields%5Bbrands%5D=name&fields%5Bcustomerusers%5D=email&fields%5Borderlineitems%5D=product,quantity&fields%5Borders%5D=customerUser,lineItems&fields%5Bproducts%5D=brand,sku&include=customerUser,lineItems,lineItems.product,lineItems.product.brand&page%5Bnumber%5D=1&page%5Bsize%5D=4',
  ]);
  assert.equal(result.data.orders.nodes.length, 3);
});

test('results equal a hand-joined direct JSON:API read of the same data', async () => {
  const { result } = await run('{ orders(first: 5) { nodes { id poNumber lineItems(first: 100) { nodes { id quantity product { sku } } } } } }');
  const { body } = await direct('/api/orders?include=lineItems,lineItems.product&page%5Bsize%5D=5');
  const included = new Map<string, any>((body.included ?? []).map((r: any) => [`${r.type}:${r.id}`, r]));
  const expected = body.data.map((o: any) => ({
    id: o.id,
    poNumber: o.attributes.poNumber,
    lineItems: {
      nodes: o.relationships.lineItems.data.map((l: any) => {
        const li = included.get(`orderlineitems:${l.id}`);
        const p = included.get(`products:${li.relationships.product.data.id}`);
        // Decimal values are strings in GraphQL (PROTOCOL §4.4).
        return { id: li.id, quantity: String(li.attributes.quantity), product: { sku: p.attributes.sku } };
      }),
    },
  }));
  assert.deepEqual(result.data.orders.nodes, expected);
});

test('a nested connection with filter and sort takes two requests whatever the page size', async () => {
  const q = (n: number) => `{ orders(first: ${n}) { nodes { id lineItems(first: ${n}, sort: [{ field: quantity, direction: DESC }]) { totalCount nodes { quantity } } } } }`;
  const small = await run(q(2));
  const large = await run(q(8));
  assert.equal(small.result.errors, undefined);
  assert.equal(small.paths.length, 2);
  assert.equal(large.paths.length, 2);
  assert.match(small.paths[1]!, /^\/api\/orderlineitems\?fields%5Borderlineitems%5D=quantity&filter%5Bid%5D=[\d,]+&page%5Bsize%5D=-1&sort=-quantity$/);
  for (const order of large.result.data.orders.nodes) {
    const q = order.lineItems.nodes.map((n: { quantity: string }) => Number(n.quantity));
    assert.deepEqual(q, [...q].sort((a, b) => b - a));
  }
});

test('three levels with arguments at each level take three requests', async () => {
  const { result, paths } = await run(
    '{ orders(first: 3, sort: [{ field: id, direction: DESC }]) { nodes { lineItems(sort: [{ field: id }]) { nodes { product { images(sort: [{ field: id }]) { nodes { mimeType } } } } } } } }',
  );
  assert.equal(result.errors, undefined);
  assert.equal(paths.length, 3);
  assert.match(paths[0]!, /^\/api\/orders\?/);
  assert.match(paths[1]!, /^\/api\/orderlineitems\?.*include=product/);
  assert.match(paths[2]!, /^\/api\/productimages\?.*sort=id/);
});

test('aliases of one relationship with different arguments get separate branches', async () => {
  const { result, paths } = await run(
    '{ orders(first: 2) { nodes { top: lineItems(first: 1, sort: [{ field: quantity, direction: DESC }]) { nodes { quantity } } all: lineItems { totalCount } } } }',
  );
  assert.equal(result.errors, undefined);
  assert.equal(paths.length, 2);
  for (const o of result.data.orders.nodes) assert.ok(o.top.nodes.length <= 1 && o.all.totalCount >= o.top.nodes.length);
});

test('fragments select the same fields as inline selections', async () => {
  const a = await run('{ products(first: 3) { nodes { ...P } } } fragment P on Product { sku brand { name } }');
  const b = await run('{ products(first: 3) { nodes { sku brand { name } } } }');
  assert.deepEqual(a.result, b.result);
  assert.deepEqual(a.paths, b.paths);
});

test('totalCount is asked of Oro only when selected', async () => {
  const withCount = await run('{ products(first: 2) { totalCount nodes { sku } } }');
  const without = await run('{ products(first: 2) { nodes { sku } } }');
  assert.equal(withCount.requests[0]!.headers['x-include'], 'noHateoas;totalCount');
  assert.equal(without.requests[0]!.headers['x-include'], 'noHateoas');
  const { headers } = await direct('/api/products?page%5Bsize%5D=1', { 'x-include': 'totalCount' });
  assert.equal(withCount.result.data.products.totalCount, Number(headers.get('x-include-total-count')));
});

test('paging through several pages returns every record exactly once, one request per page', async () => {
  const ids: string[] = [];
  let cursor: string | null = null;
  let requests = 0;
  for (let page = 0; page < 4; page++) {
    const { result, paths } = await run('query($after: String) { products(first: 7, after: $after, sort: [{ field: id }]) { pageInfo { hasNextPage endCursor } nodes { id } } }', { after: cursor });
    requests += paths.length;
    ids.push(...result.data.products.nodes.map((n: { id: string }) => n.id));
    cursor = result.data.products.pageInfo.endCursor;
  }
  const { body } = await direct('/api/products?fields%5Bproducts%5D=sku&page%5Bsize%5D=28&sort=id');
  assert.deepEqual(ids, body.data.map((r: { id: string }) => r.id));
  assert.equal(requests, 4);
});

test('an upstream failure in a later stage nulls only that branch with a coded error', async () => {
  emu.addFault({ pathPrefix: '/api/orderlineitems', action: { kind: 'status', status: 503 } });
  try {
    const { result } = await run('{ orders(first: 2) { nodes { id lineItems(sort: [{ field: id }]) { nodes { id } } } } }');
    assert.equal(result.data.orders.nodes.length, 2);
    assert.equal(result.data.orders.nodes[0].lineItems, null);
    assert.equal(result.errors?.[0].extensions.code, 'UPSTREAM_UNAVAILABLE');
  } finally {
    emu.clearFaults();
  }
});

test('invalid JSON from Oro is reported as a bad upstream response', async () => {
  emu.addFault({ pathPrefix: '/api/brands', action: { kind: 'invalidJson' } });
  try {
    const { result } = await run('{ brands(first: 2) { nodes { name } } }');
    assert.equal(result.data.brands, null);
    assert.equal(result.errors?.[0].extensions.code, 'UPSTREAM_BAD_RESPONSE');
  } finally {
    emu.clearFaults();
  }
});

test('an explain plan lists exactly the requests the executor sends', async () => {
  const { planOperation } = await import('../../src/planner/planOperation.ts');
  const { parse } = await import('graphql');
  const source = '{ products(first: 4) { totalCount nodes { sku brand { name } images { nodes { mimeType } } } } }';
  const plan = planOperation(schema, parse(source), {}, undefined, { basePath: '/api' });
  const { paths, requests } = await run(source);
  assert.deepEqual(paths, plan.requests.map((r) => r.path));
  assert.equal(requests[0]!.headers['x-include'], plan.requests[0]!.headers['X-Include']);
});
