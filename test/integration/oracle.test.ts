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

// Correctness oracle: a plain client reads the same data record by record (no include, no
// fieldsets, one GET per record) and joins it by hand; the gateway's answer must be equal.

let emu: RunningEmulator;
let schema: GraphQLSchema;

before(async () => {
  emu = await startEmulator({ port: 0, seed: 11 });
  const model = readOpenApi(parseOpenApiText(await (await fetch(`${emu.url}/public-openapi-specification/1/storefront`)).text()));
  schema = attachResolvers(buildSchema(model).schema, { basePath: '/api', model });
});

after(async () => {
  await emu.close();
});

async function gateway(token: string, source: string): Promise<any> {
  const result = await graphql({ schema, source, contextValue: { oro: { upstream: testUpstream(emu.url, { token }) } } });
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return JSON.parse(JSON.stringify(result.data));
}

function plainClient(token: string) {
  const cache = new Map<string, Promise<any>>();
  return (path: string): Promise<any> => {
    let p = cache.get(path);
    if (!p) {
      p = fetch(emu.url + path, { headers: { accept: 'application/vnd.api+json', authorization: `Bearer ${token}` } }).then(async (res) => {
        assert.equal(res.status, 200, path);
        return ((await res.json()) as { data: unknown }).data;
      });
      cache.set(path, p);
    }
    return p;
  };
}

const tokenOf = (i: number): Promise<string> => customerToken(emu.url, emu.accounts.oauthClients.storefront, emu.accounts.customerUsers[i]!);

test("a logged-in customer user's order history with line items and products equals the hand-joined JSON:API records", async () => {
  for (const user of [0, 1]) {
    const token = await tokenOf(user);
    const data = await gateway(token, '{ orders(first: 10, sort: [{ field: id }]) { nodes { id identifier createdAt totalValue currency lineItems(first: 100) { nodes { id quantity price productUnitCode product { id sku name } } } } } }');
    const get = plainClient(token);
    const orders = await get('/api/orders?page%5Bsize%5D=10&sort=id');
    assert.ok(orders.length > 0, 'the customer user has orders');
    const expected = await Promise.all(
      orders.map(async (o: any) => ({
        id: o.id,
        identifier: o.attributes.identifier,
        createdAt: o.attributes.createdAt,
        totalValue: o.attributes.totalValue,
        currency: o.attributes.currency,
        lineItems: {
          nodes: await Promise.all(
            o.relationships.lineItems.data.map(async (l: any) => {
              const li = await get(`/api/orderlineitems/${l.id}`);
              const p = await get(`/api/products/${li.relationships.product.data.id}`);
              // Decimals are strings in GraphQL (PROTOCOL §4.4).
              return { id: li.id, quantity: String(li.attributes.quantity), price: li.attributes.price, productUnitCode: li.attributes.productUnitCode, product: { id: p.id, sku: p.attributes.sku, name: p.attributes.name } };
            }),
          ),
        },
      })),
    );
    assert.deepEqual(data.orders.nodes, expected);
  }
});

test('two customer users get their own order histories through the same schema', async () => {
  const q = '{ orders(first: 100) { nodes { id } } }';
  const [a, b] = await Promise.all([tokenOf(0).then((t) => gateway(t, q)), tokenOf(2).then((t) => gateway(t, q))]);
  const [da, db] = await Promise.all([tokenOf(0).then((t) => plainClient(t)('/api/orders?page%5Bsize%5D=100')), tokenOf(2).then((t) => plainClient(t)('/api/orders?page%5Bsize%5D=100'))]);
  assert.ok(da.length > 0 && db.length > 0);
  assert.notDeepEqual(da, db);
  assert.deepEqual(a.orders.nodes, da.map((o: any) => ({ id: o.id })));
  assert.deepEqual(b.orders.nodes, db.map((o: any) => ({ id: o.id })));
});

test('web catalog nodes with union content equal the hand-joined records of each member type', async () => {
  const token = await tokenOf(0);
  const data = await gateway(
    token,
    '{ webcatalogtree(first: 50) { nodes { id title content { __typename ... on Product { id sku name } ... on LandingPage { id title } ... on MasterCatalogCategory { id categoryTitle: title } ... on SystemPage { id url } } } } }',
  );
  const get = plainClient(token);
  const nodes = await get('/api/webcatalogtree?page%5Bsize%5D=50');
  const expected = await Promise.all(
    nodes.map(async (n: any) => {
      const l = n.relationships.content.data;
      let content: unknown = null;
      if (l) {
        const c = await get(`/api/${l.type}/${l.id}`);
        if (l.type === 'products') content = { __typename: 'Product', id: c.id, sku: c.attributes.sku, name: c.attributes.name };
        else if (l.type === 'landingpages') content = { __typename: 'LandingPage', id: c.id, title: c.attributes.title };
        else if (l.type === 'mastercatalogcategories') content = { __typename: 'MasterCatalogCategory', id: c.id, categoryTitle: c.attributes.title };
        else content = { __typename: 'SystemPage', id: c.id, url: c.attributes.url };
      }
      return { id: n.id, title: n.attributes.title, content };
    }),
  );
  assert.deepEqual(data.webcatalogtree.nodes, expected);
});
