/**
 * Canonical storefront operations through the REAL gateway stack: the HTTP server from
 * `createGateway` (Express + Apollo, the undici upstream client, the default schema loader) in
 * front of the emulator at 20 ms per request, against a plain client sending the hand-written
 * optimum JSON:API requests for the same data. The emulator runs in its own process (as Oro
 * would: it must not share the gateway's event loop); the gateway and both clients run here. Both
 * sides use an undici keep-alive pool, are warmed up first and interleaved per iteration
 * (gateway, direct, gateway, …). Request counts come from the emulator's request log, read once
 * per operation outside the timed loop.
 *
 * Run: npm run bench:queries [-- <iterations>]      (default 40)
 *
 * Prints per operation: upstream requests of the gateway, requests of the hand-written optimum,
 * p50/p95 of both sides in ms, and the p50 ratio from the same run.
 */
import { Pool } from 'undici';
import { buildConfig } from '../src/config.ts';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type { DemoAccounts, RecordedRequest } from '../src/emulator/startEmulator.ts';
import { createGateway } from '../src/server/createGateway.ts';
import { loadViewSchema } from '../src/server/loadViewSchema.ts';
import { customerToken } from '../test/support/testUpstream.ts';

interface Case {
  name: string;
  query: string;
  /** Hand-written optimum: the requests of each stage; a stage gets the previous stage's bodies. */
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
    name: 'order history (line items, products), customer user',
    query: '{ orders(first: 20) { nodes { identifier createdAt totalValue lineItems { nodes { quantity price product { sku name } } } } } }',
    direct: [() => ['/api/orders?fields%5Borderlineitems%5D=price,product,quantity&fields%5Borders%5D=createdAt,identifier,lineItems,totalValue&fields%5Bproducts%5D=name,sku&include=lineItems,lineItems.product&page%5Bsize%5D=21']],
  },
  {
    name: 'shopping list (items, products), customer user',
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

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function readJson(res: { statusCode: number; body: { text(): Promise<string> } }, what: string): Promise<any> {
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`${what}: HTTP ${res.statusCode} ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

/** Starts `oro-graphql emulator` in a child process and resolves with its URL once it listens. */
async function spawnEmulator(latencyMs: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/oro-graphql.js', 'emulator', '--port', '0', '--latency', String(latencyMs), '--seed', '1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)));
  });
  child.stdout!.resume();
  return { url, child };
}

async function main(): Promise<void> {
  const iterations = Number(process.argv[2] ?? 40);
  const warmup = 40;
  const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 20);
  const { url: emuUrl, child } = await spawnEmulator(latencyMs);
  const emuControl = new Pool(emuUrl, { connections: 1 });
  const control = async (method: 'GET' | 'DELETE', path: string): Promise<any> => {
    const res = await emuControl.request({ method, path });
    const text = await res.body.text();
    return text ? JSON.parse(text) : null;
  };
  const emu = {
    url: emuUrl,
    accounts: (await control('GET', '/_emulator/accounts')) as DemoAccounts,
    clearRequests: () => control('DELETE', '/_emulator/requests'),
    requests: async () => (await control('GET', '/_emulator/requests')) as RecordedRequest[],
    close: async () => {
      await emuControl.close();
      child.kill('SIGTERM');
    },
  };
  const sf = emu.accounts.oauthClients.storefront;
  const config = buildConfig({
    env: { NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    file: { gateway: { storefrontClientId: sf.clientId, storefrontClientSecret: sf.clientSecret } },
    overrides: { oroUrl: emu.url, port: 0, host: '127.0.0.1' },
  });
  const gateway = await createGateway(config, { loadSchema: loadViewSchema });
  const gatewayUrl = await gateway.listen(0, '127.0.0.1');
  const gwPool = new Pool(gatewayUrl, { connections: 4 });
  const oroPool = new Pool(emu.url, { connections: 8 });
  try {
    await gateway.whenReady(30_000);
    const token = await customerToken(emu.url, sf, emu.accounts.customerUsers[0]!);
    const authorization = `Bearer ${token}`;

    const viaGateway = async (c: Case): Promise<void> => {
      const res = await gwPool.request({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization },
        body: JSON.stringify({ query: c.query }),
      });
      const body = await readJson(res, c.name);
      if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
    };
    const viaDirect = async (c: Case): Promise<void> => {
      let prev: any[] = [];
      for (const stage of c.direct) {
        const paths = stage(prev);
        prev = await Promise.all(
          paths.map(async (path) => readJson(await oroPool.request({ method: 'GET', path, headers: { accept: 'application/vnd.api+json', authorization, 'x-include': 'noHateoas' } }), path)),
        );
      }
    };
    /** Oro requests one run of `side` makes, from the emulator's request log. */
    const countRequests = async (side: (c: Case) => Promise<void>, c: Case): Promise<number> => {
      await emu.clearRequests();
      await side(c);
      return (await emu.requests()).filter((r) => r.path.startsWith('/api/')).length;
    };

    const rows: string[][] = [['operation', 'gateway reqs', 'optimum reqs', 'gateway p50', 'direct p50', 'gateway p95', 'direct p95', 'p50 ratio']];
    for (const c of cases) {
      for (let i = 0; i < warmup; i++) {
        await viaGateway(c);
        await viaDirect(c);
      }
      const gwReqs = await countRequests(viaGateway, c);
      const drReqs = await countRequests(viaDirect, c);
      await emu.clearRequests();
      const gw: number[] = [];
      const dr: number[] = [];
      for (let i = 0; i < iterations; i++) {
        // Alternate which side goes first so neither always meets a warmer or colder emulator.
        const order = i % 2 === 0 ? ['gw', 'dr'] : ['dr', 'gw'];
        for (const side of order) {
          const t = performance.now();
          if (side === 'gw') {
            await viaGateway(c);
            gw.push(performance.now() - t);
          } else {
            await viaDirect(c);
            dr.push(performance.now() - t);
          }
        }
      }
      rows.push([
        c.name,
        String(gwReqs),
        String(drReqs),
        quantile(gw, 0.5).toFixed(1),
        quantile(dr, 0.5).toFixed(1),
        quantile(gw, 0.95).toFixed(1),
        quantile(dr, 0.95).toFixed(1),
        (quantile(gw, 0.5) / quantile(dr, 0.5)).toFixed(2),
      ]);
    }
    console.log(`emulator (own process) latency ${latencyMs} ms per request, ${iterations} iterations after ${warmup} warm-up rounds, times in ms`);
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    for (const r of rows) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  } finally {
    await gwPool.close();
    await oroPool.close();
    await gateway.close();
    await emu.close();
  }
}

await main();
