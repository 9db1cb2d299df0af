import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { graphql, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { readOpenApi, parseOpenApiText } from '../../src/metadata/readOpenApi.ts';
import { buildSchema } from '../../src/schema/buildSchema.ts';
import { attachResolvers } from '../../src/executor/attachResolvers.ts';
import { planOperation } from '../../src/planner/planOperation.ts';
import { customerToken, testUpstream } from '../support/testUpstream.ts';

// Every test names the operation shape, asserts the GraphQL result against a direct JSON:API
// read of the emulator, and asserts the exact list of upstream requests (PROTOCOL §3).

let emu: RunningEmulator;
let schema: GraphQLSchema;
let token: string;

before(async () => {
  emu = await startEmulator({ port: 0, seed: 7 });
  // The gateway reads the spec over HTTP like from a real Oro; it never imports emulator code.
  const res = await fetch(`${emu.url}/public-openapi-specification/1/storefront`);
  assert.equal(res.status, 200);
  const model = readOpenApi(parseOpenApiText(await res.text()));
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
  assert.equal(res.status, 200, path);
  return { body: await res.json(), headers: res.headers };
}

/** `included` (and primary data) of a compound document by `type:id`. */
function byKey(body: any): Map<string, any> {
  const all = [...(Array.isArray(body.data) ? body.data : [body.data]), ...(body.included ?? [])];
  return new Map(all.map((r: any) => [`${r.type}:${r.id}`, r]));
}

const linkIds = (records: any[], rel: string): string[] => [...new Set(records.flatMap((r: any) => [r.relationships[rel].data].flat().map((l: any) => l.id)))];

test('list with nested to-one and to-many: one request with include and fields', async () => {
  const { result, paths } = await run('{ orders(first: 3) { nodes { id customerUser { email } lineItems(first: 2) { nodes { quantity product { sku brand { name } } } } } } }');
  assert.equal(result.errors, undefined);
  assert.deepEqual(paths, [
    '/api/orders?fields%5Bbrands%5D=name&fields%5Bcustomerusers%5D=email&fields%5Borderlineitems%5D=product,quantity&fields%5Borders%5D=customerUser,lineItems&fields%5Bproducts%5D=brand,sku&include=customerUser,lineItems,lineItems.product,lineItems.product.brand&page%5Bnumber%5D=1&page%5Bsize%5D=4',
  ]);
  const { body } = await direct('/api/orders?include=customerUser,lineItems.product.brand&page%5Bsize%5D=3');
  const all = byKey(body);
  const rec = (l: any) => (l ? all.get(`${l.type}:${l.id}`) : undefined);
  assert.deepEqual(
    result.data.orders.nodes,
    body.data.map((o: any) => ({
      id: o.id,
      customerUser: { email: rec(o.relationships.customerUser.data).attributes.email },
      lineItems: {
        nodes: o.relationships.lineItems.data.slice(0, 2).map((l: any) => {
          const li = rec(l);
          const p = rec(li.relationships.product.data);
          const brand = rec(p.relationships.brand.data);
          return { quantity: String(li.attributes.quantity), product: { sku: p.attributes.sku, brand: brand ? { name: brand.attributes.name } : null } };
        }),
      },
    })),
  );
});

test('nested connection with filter and sort: two requests whatever the page size', async () => {
  const q = (n: number) =>
    `{ orders(first: ${n}) { nodes { identifier lineItems(first: ${n}, filter: { quantity: { gte: 2 } }, sort: [{ field: quantity, direction: DESC }]) { totalCount nodes { quantity } } } } }`;
  for (const n of [2, 8]) {
    const { result, paths } = await run(q(n));
    assert.equal(result.errors, undefined);
    const { body: orders } = await direct(`/api/orders?fields%5Borders%5D=identifier,lineItems&page%5Bsize%5D=${n}`);
    const ids = linkIds(orders.data, 'lineItems');
    assert.deepEqual(paths, [
      `/api/orders?fields%5Borders%5D=identifier,lineItems&page%5Bnumber%5D=1&page%5Bsize%5D=${n + 1}`,
      `/api/orderlineitems?fields%5Borderlineitems%5D=quantity&filter%5Bid%5D=${ids.join(',')}&filter%5Bquantity%5D%5Bgte%5D=2&page%5Bsize%5D=-1&sort=-quantity`,
    ]);
    // Oracle: per order, its own line items with quantity >= 2, highest first.
    const { body: items } = await direct(`/api/orderlineitems?filter%5Bid%5D=${ids.join(',')}&page%5Bsize%5D=-1`);
    const qty = new Map<string, number>(items.data.map((li: any) => [li.id, Number(li.attributes.quantity)]));
    const expected = orders.data.map((o: any) => {
      const mine = o.relationships.lineItems.data.map((l: any) => qty.get(l.id)!).filter((x: number) => x >= 2).sort((a: number, b: number) => b - a);
      return { identifier: o.attributes.identifier, lineItems: { totalCount: mine.length, nodes: mine.slice(0, n).map((x: number) => ({ quantity: String(x) })) } };
    });
    assert.deepEqual(result.data.orders.nodes, expected);
  }
});

test('three levels with arguments at each level: three requests', async () => {
  const { result, paths } = await run(
    '{ orders(first: 2, sort: [{ field: id, direction: DESC }]) { nodes { id lineItems(first: 2, sort: [{ field: id }]) { nodes { id product { sku images(first: 1, sort: [{ field: id }]) { nodes { id mimeType } } } } } } } }',
  );
  assert.equal(result.errors, undefined);
  const { body: orders } = await direct('/api/orders?page%5Bsize%5D=2&sort=-id');
  const itemIds = linkIds(orders.data, 'lineItems');
  const { body: items } = await direct(`/api/orderlineitems?filter%5Bid%5D=${itemIds.join(',')}&include=product&page%5Bsize%5D=-1&sort=id`);
  const itemOrder = items.data.map((li: any) => li.id);
  const windowItems = orders.data.flatMap((o: any) => o.relationships.lineItems.data.map((l: any) => l.id).sort((a: string, b: string) => itemOrder.indexOf(a) - itemOrder.indexOf(b)).slice(0, 2));
  const all = byKey(items);
  const imageIds = [...new Set(windowItems.flatMap((id: string) => all.get(`products:${all.get(`orderlineitems:${id}`).relationships.product.data.id}`).relationships.images.data.map((i: any) => i.id)))];
  assert.deepEqual(paths, [
    '/api/orders?fields%5Borders%5D=lineItems&page%5Bnumber%5D=1&page%5Bsize%5D=3&sort=-id',
    `/api/orderlineitems?fields%5Borderlineitems%5D=product&fields%5Bproducts%5D=images,sku&filter%5Bid%5D=${itemIds.join(',')}&include=product&page%5Bsize%5D=-1&sort=id`,
    `/api/productimages?fields%5Bproductimages%5D=mimeType&filter%5Bid%5D=${imageIds.join(',')}&page%5Bsize%5D=-1&sort=id`,
  ]);
  const { body: images } = await direct(`/api/productimages?filter%5Bid%5D=${imageIds.join(',')}&page%5Bsize%5D=-1&sort=id`);
  const imageOrder = images.data.map((i: any) => i.id);
  const mime = new Map(images.data.map((i: any) => [i.id, i.attributes.mimeType]));
  const expected = orders.data.map((o: any) => ({
    id: o.id,
    lineItems: {
      nodes: windowItems
        .filter((id: string) => o.relationships.lineItems.data.some((l: any) => l.id === id))
        .map((id: string) => {
          const p = all.get(`products:${all.get(`orderlineitems:${id}`).relationships.product.data.id}`);
          const img = p.relationships.images.data.map((i: any) => i.id).sort((a: string, b: string) => imageOrder.indexOf(a) - imageOrder.indexOf(b)).slice(0, 1);
          return { id, product: { sku: p.attributes.sku, images: { nodes: img.map((i: string) => ({ id: i, mimeType: mime.get(i) })) } } };
        }),
    },
  }));
  assert.deepEqual(result.data.orders.nodes, expected);
});

test('union through a polymorphic to-one: one request, include and fields for each member type asked of', async () => {
  // MasterCatalogCategory.title is nullable and LandingPage.title is not, so GraphQL needs an alias.
  const { result, paths } = await run(
    '{ webcatalogtree(first: 20) { nodes { id content { __typename ... on Product { sku name } ... on LandingPage { title } ... on MasterCatalogCategory { categoryTitle: title } } } } }',
  );
  assert.equal(result.errors, undefined);
  // Stage 1 only: include=content reaches every member type (PROTOCOL §3.2, §3.3), so a member
  // that selects fields gets its fields[...]; SystemPage selects only __typename and gets none.
  assert.deepEqual(paths, [
    '/api/webcatalogtree?fields%5Blandingpages%5D=title&fields%5Bmastercatalogcategories%5D=title&fields%5Bproducts%5D=name,sku&fields%5Bwebcatalogtree%5D=content&include=content&page%5Bnumber%5D=1&page%5Bsize%5D=21',
  ]);
  const { body } = await direct('/api/webcatalogtree?include=content&page%5Bsize%5D=20');
  const all = byKey(body);
  const expected = body.data.map((n: any) => {
    const l = n.relationships.content.data;
    const c = l ? all.get(`${l.type}:${l.id}`) : undefined;
    const content =
      l === null
        ? null
        : l.type === 'products'
          ? { __typename: 'Product', sku: c.attributes.sku, name: c.attributes.name }
          : l.type === 'landingpages'
            ? { __typename: 'LandingPage', title: c.attributes.title }
            : l.type === 'mastercatalogcategories'
              ? { __typename: 'MasterCatalogCategory', categoryTitle: c.attributes.title }
              : { __typename: 'SystemPage' };
    return { id: n.id, content };
  });
  assert.deepEqual(result.data.webcatalogtree.nodes, expected);
  const types = new Set(result.data.webcatalogtree.nodes.map((n: any) => n.content?.__typename));
  assert.deepEqual([...types].sort(), ['LandingPage', 'MasterCatalogCategory', 'Product', 'SystemPage']);
});

test('union on a page where only some member types occur still takes one request', async () => {
  const { result, paths } = await run('{ webcatalogtree(first: 3) { nodes { content { __typename ... on Product { sku } ... on MasterCatalogCategory { title } } } } }');
  assert.equal(result.errors, undefined);
  assert.deepEqual(paths, [
    '/api/webcatalogtree?fields%5Bmastercatalogcategories%5D=title&fields%5Bproducts%5D=sku&fields%5Bwebcatalogtree%5D=content&include=content&page%5Bnumber%5D=1&page%5Bsize%5D=4',
  ]);
  assert.ok(result.data.webcatalogtree.nodes.every((n: any) => n.content.__typename !== 'Product'));
});

test('union members only asked for __typename are answered from the linkage', async () => {
  const { result, paths } = await run('{ webcatalogtree(first: 5) { nodes { content { __typename } } } }');
  assert.equal(result.errors, undefined);
  assert.deepEqual(paths, ['/api/webcatalogtree?fields%5Bwebcatalogtree%5D=content&page%5Bnumber%5D=1&page%5Bsize%5D=6']);
  const { body } = await direct('/api/webcatalogtree?page%5Bsize%5D=5');
  const names: Record<string, string> = { products: 'Product', landingpages: 'LandingPage', mastercatalogcategories: 'MasterCatalogCategory', systempages: 'SystemPage' };
  assert.deepEqual(
    result.data.webcatalogtree.nodes.map((n: any) => n.content?.__typename ?? null),
    body.data.map((n: any) => (n.relationships.content.data ? names[n.relationships.content.data.type] : null)),
  );
});

test('aliases of one relationship with different arguments: one batched request per distinct branch', async () => {
  const { result, paths } = await run(
    '{ orders(first: 2) { nodes { top: lineItems(first: 1, sort: [{ field: quantity, direction: DESC }]) { nodes { quantity } } all: lineItems { totalCount } cheap: lineItems(first: 2, sort: [{ field: price }]) { nodes { price } } } } }',
  );
  assert.equal(result.errors, undefined);
  const { body: orders } = await direct('/api/orders?page%5Bsize%5D=2');
  const ids = linkIds(orders.data, 'lineItems');
  assert.deepEqual(paths, [
    '/api/orders?fields%5Borders%5D=lineItems&page%5Bnumber%5D=1&page%5Bsize%5D=3',
    `/api/orderlineitems?fields%5Borderlineitems%5D=quantity&filter%5Bid%5D=${ids.join(',')}&page%5Bsize%5D=-1&sort=-quantity`,
    `/api/orderlineitems?fields%5Borderlineitems%5D=price&filter%5Bid%5D=${ids.join(',')}&page%5Bsize%5D=-1&sort=price`,
  ]);
  const { body: items } = await direct(`/api/orderlineitems?filter%5Bid%5D=${ids.join(',')}&page%5Bsize%5D=-1`);
  const li = new Map<string, any>(items.data.map((r: any) => [r.id, r.attributes]));
  assert.deepEqual(
    result.data.orders.nodes,
    orders.data.map((o: any) => {
      const mine = o.relationships.lineItems.data.map((l: any) => li.get(l.id));
      return {
        top: { nodes: [...mine].sort((a, b) => Number(b.quantity) - Number(a.quantity)).slice(0, 1).map((a) => ({ quantity: String(a.quantity) })) },
        all: { totalCount: mine.length },
        cheap: { nodes: [...mine].sort((a, b) => Number(a.price) - Number(b.price)).slice(0, 2).map((a) => ({ price: a.price })) },
      };
    }),
  );
});

test('fragments: named and nested fragments compile to the same request as inline selections', async () => {
  const a = await run('{ products(first: 3) { nodes { ...P } } } fragment P on Product { sku brand { ...B } } fragment B on Brand { name }');
  const b = await run('{ products(first: 3) { nodes { sku brand { name } } } }');
  const c = await run('{ products(first: 3) { nodes { ... on Product { sku } brand { ... on Brand { name } } } } }');
  const expectedPaths = ['/api/products?fields%5Bbrands%5D=name&fields%5Bproducts%5D=brand,sku&include=brand&page%5Bnumber%5D=1&page%5Bsize%5D=4'];
  for (const r of [a, b, c]) assert.deepEqual(r.paths, expectedPaths);
  const { body } = await direct('/api/products?include=brand&page%5Bsize%5D=3');
  const all = byKey(body);
  const expected = body.data.map((p: any) => {
    const l = p.relationships.brand.data;
    return { sku: p.attributes.sku, brand: l ? { name: all.get(`brands:${l.id}`).attributes.name } : null };
  });
  for (const r of [a, b, c]) assert.deepEqual(r.result.data.products.nodes, expected);
});

test('totalCount selected vs not: the totalCount X-Include key is sent only when selected', async () => {
  const withCount = await run('{ products(first: 2) { totalCount nodes { sku } } }');
  const without = await run('{ products(first: 2) { nodes { sku } } }');
  const path = '/api/products?fields%5Bproducts%5D=sku&page%5Bnumber%5D=1&page%5Bsize%5D=3';
  assert.deepEqual(withCount.paths, [path]);
  assert.deepEqual(without.paths, [path]);
  assert.equal(withCount.requests[0]!.headers['x-include'], 'noHateoas;totalCount');
  assert.equal(without.requests[0]!.headers['x-include'], 'noHateoas');
  const { body, headers } = await direct('/api/products?page%5Bsize%5D=2', { 'x-include': 'totalCount' });
  assert.deepEqual(withCount.result.data.products, { totalCount: Number(headers.get('x-include-total-count')), nodes: body.data.map((p: any) => ({ sku: p.attributes.sku })) });
  assert.deepEqual(without.result.data.products, { nodes: body.data.map((p: any) => ({ sku: p.attributes.sku })) });
});

test('pagination across several pages: every record exactly once, one request per page', async () => {
  const ids: string[] = [];
  const paths: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 4; page++) {
    const r = await run('query($after: String) { products(first: 7, after: $after, sort: [{ field: id }]) { pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } }', { after: cursor });
    assert.equal(r.result.errors, undefined);
    assert.equal(r.result.data.products.pageInfo.hasNextPage, true);
    assert.equal(r.result.data.products.pageInfo.hasPreviousPage, page > 0);
    paths.push(...r.paths);
    ids.push(...r.result.data.products.nodes.map((n: { id: string }) => n.id));
    cursor = r.result.data.products.pageInfo.endCursor;
  }
  // One Oro page covers each window plus a look-ahead row (docs/compiler.md "Pagination").
  const q = (number: number, size: number) => `/api/products?fields%5Bproducts%5D=&page%5Bnumber%5D=${number}&page%5Bsize%5D=${size}&sort=id`;
  assert.deepEqual(paths, [q(1, 8), q(1, 15), q(2, 11), q(3, 10)]);
  const { body } = await direct('/api/products?fields%5Bproducts%5D=sku&page%5Bsize%5D=28&sort=id');
  assert.deepEqual(ids, body.data.map((r: { id: string }) => r.id));
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
  const source = '{ products(first: 4) { totalCount nodes { sku brand { name } images { nodes { mimeType } } } } }';
  const plan = planOperation(schema, parse(source), {}, undefined, { basePath: '/api' });
  const { paths, requests } = await run(source);
  assert.deepEqual(paths, plan.requests.map((r) => r.path));
  assert.equal(requests[0]!.headers['x-include'], plan.requests[0]!.headers['X-Include']);
});
