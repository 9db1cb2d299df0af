/**
 * Canonical storefront operations: upstream requests and latency of the gateway's compiled plan
 * against the hand-written optimum JSON:API requests for the same data, with the emulator at
 * 20 ms per request. Run: node --import tsx bench/queries.ts [iterations]
 *
 * Both sides use the same HTTP client (global fetch) against the same emulator in one process, so
 * the ratio isolates the compiler and executor; a hand-written stage waits for the previous one
 * exactly like the gateway's later stages do.
 */
import { graphql } from 'graphql';
import { attachResolvers } from '../src/executor/attachResolvers.ts';
import { parseOpenApiText, readOpenApi } from '../src/metadata/readOpenApi.ts';
import { buildSchema } from '../src/schema/buildSchema.ts';
import { startEmulator } from '../src/emulator/startEmulator.ts';
import { customerToken, testUpstream } from '../test/support/testUpstream.ts';

interface Case {
  name: string;
  query: string;
  /** Hand-written optimum: requests per stage; a function gets the previous stage's bodies. */
  direct: Array<(prev: any[]) => string[]>;
}

const cases: Case[] = [
  {
    name: 'product listing (prices, image, brand, category)',
    query: '{ products(first: 20) { nodes { sku name prices brand { name } category { title } images(first: 1) { nodes { files } } } } }',
    direct: [() => ['/api/products?fields%5Bbrands%5D=name&fields%5Bmastercatalogcategories%5D=title&fields%5Bproductimages%5D=files&fields%5Bproducts%5D=brand,category,images,name,prices,sku&include=brand,category,images&page%5Bsize%5D=21']],
  },
  {
    name: 'product detail',
    query: '{ product(id: "1") { sku name description prices unitPrecisions brand { name } category { title } images { nodes { files types } } variantProducts { nodes { sku name } } } }',
    direct: [() => ['/api/products/1?fields%5Bbrands%5D=name&fields%5Bmastercatalogcategories%5D=title&fields%5Bproductimages%5D=files,types&fields%5Bproducts%5D=brand,category,description,images,name,prices,sku,unitPrecisions,variantProducts&include=brand,category,images,variantProducts']],
  },
  {
    name: 'order history (line items, products)',
    query: '{ orders(first: 20) { nodes { identifier createdAt totalValue lineItems { nodes { quantity price product { sku name } } } } } }',
    direct: [() => ['/api/orders?fields%5Borderlineitems%5D=price,product,quantity&fields%5Borders%5D=createdAt,identifier,lineItems,totalValue&fields%5Bproducts%5D=name,sku&include=lineItems,lineItems.product&page%5Bsize%5D=21']],
  },
  {
    name: 'shopping list (items, products)',
    query: '{ shoppinglists(first: 1) { nodes { name total items { nodes { quantity product { sku name } } } } } }',
    direct: [() => ['/api/shoppinglists?fields%5Bproducts%5D=name,sku&fields%5Bshoppinglistitems%5D=product,quantity&fields%5Bshoppinglists%5D=items,name,total&include=items,items.product&page%5Bsize%5D=2']],
  },
  {
    name: 'order history, line items sorted (2 stages)',
    query: '{ orders(first: 20) { nodes { identifier lineItems(sort: [{ field: quantity, direction: DESC }]) { nodes { quantity product { sku } } } } } }',
    direct: [
      () => ['/api/orders?fields%5Borders%5D=identifier,lineItems&page%5Bsize%5D=21'],
      (prev) => {
        const ids = prev[0].data.flatMap((o: any) => o.relationships.lineItems.data.map((l: any) => l.id));
        return [`/api/orderlineitems?fields%5Borderlineitems%5D=product,quantity&fields%5Bproducts%5D=sku&filter%5Bid%5D=${ids.join(',')}&include=product&page%5Bsize%5D=-1&sort=-quantity`];
      },
    ],
  },
];

const p50 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 15);
  const emu = await startEmulator({ port: 0, latencyMs: 20, seed: 1 });
  try {
    const model = readOpenApi(parseOpenApiText(await (await fetch(`${emu.url}/public-openapi-specification/1/storefront`)).text()));
    const schema = attachResolvers(buildSchema(model).schema, { basePath: '/api', model });
    const token = await customerToken(emu.url, emu.accounts.oauthClients.storefront, emu.accounts.customerUsers[0]!);
    const rows: string[][] = [['operation', 'gateway reqs', 'optimum reqs', 'gateway p50 ms', 'direct p50 ms', 'ratio']];
    for (const c of cases) {
      const gw: number[] = [];
      const dr: number[] = [];
      let gwReqs = 0;
      let drReqs = 0;
      for (let i = 0; i < iterations; i++) {
        emu.clearRequests();
        let t = performance.now();
        const result = await graphql({ schema, source: c.query, contextValue: { oro: { upstream: testUpstream(emu.url, { token }) } } });
        gw.push(performance.now() - t);
        if (result.errors) throw new Error(`${c.name}: ${JSON.stringify(result.errors)}`);
        gwReqs = emu.requests().filter((r) => r.path.startsWith('/api/')).length;
        t = performance.now();
        let prev: any[] = [];
        drReqs = 0;
        for (const stage of c.direct) {
          const paths = stage(prev);
          drReqs += paths.length;
          prev = await Promise.all(
            paths.map(async (p) => (await fetch(emu.url + p, { headers: { accept: 'application/vnd.api+json', authorization: `Bearer ${token}`, 'x-include': 'noHateoas' } })).json()),
          );
        }
        dr.push(performance.now() - t);
      }
      rows.push([c.name, String(gwReqs), String(drReqs), p50(gw).toFixed(1), p50(dr).toFixed(1), (p50(gw) / p50(dr)).toFixed(2)]);
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  } finally {
    await emu.close();
  }
}

await main();
