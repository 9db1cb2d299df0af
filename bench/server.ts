/**
 * Gateway throughput on loopback: the real gateway (default schema loader) in front of the
 * in-process emulator, driven by autocannon. Bounded in time and connections; opt-in, never part of
 * `npm test`. Usage: node --import tsx bench/server.ts [--seconds N] [--connections N]
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildConfig } from '../src/config.ts';
import { startEmulator } from '../src/emulator/startEmulator.ts';
import { createGateway } from '../src/server/createGateway.ts';
import { loadViewSchema } from '../src/server/loadViewSchema.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string' }, connections: { type: 'string' } } });
const seconds = Number(values.seconds ?? 5);
const connections = Number(values.connections ?? 10);

const emulator = await startEmulator({ port: 0 });
const sf = emulator.accounts.oauthClients.storefront;
const config = buildConfig({
  env: { NODE_ENV: 'production', LOG_LEVEL: 'silent' },
  file: { gateway: { storefrontClientId: sf.clientId, storefrontClientSecret: sf.clientSecret } },
  overrides: { oroUrl: emulator.url, port: 0, host: '127.0.0.1' },
});
const gateway = await createGateway(config, { loadSchema: loadViewSchema });
const url = await gateway.listen(0, '127.0.0.1');
await gateway.whenReady(60_000);

const post = (query: string) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: __typename`).join(' ');
const scenarios: Array<{ name: string; path: string; request?: ReturnType<typeof post> }> = [
  { name: 'GET /healthz', path: '/healthz' },
  { name: 'refused by the alias limit (no Oro call)', path: '/graphql', request: post(`{ ${aliases} }`) },
  { name: 'guest products(first: 10) { id sku }', path: '/graphql', request: post('{ products(first: 10) { nodes { id sku } } }') },
  { name: 'guest products(first: 10) with brand', path: '/graphql', request: post('{ products(first: 10) { nodes { id sku brand { id } } } }') },
];

const rows: string[][] = [];
for (const s of scenarios) {
  emulator.clearRequests();
  const result = await autocannon({ url: url + s.path, connections, duration: seconds, ...(s.request ?? {}) });
  const ops = result.requests.total;
  const upstream = emulator.requests().filter((r) => r.path.startsWith('/api/')).length;
  rows.push([s.name, String(Math.round(result.requests.average)), String(result.latency.p50), String(result.latency.p99), String(result.non2xx), ops > 0 ? (upstream / ops).toFixed(2) : '-']);
}
await gateway.close();
await emulator.close();

const header = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'Oro calls/op'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`gateway on loopback, ${connections} connections, ${seconds} s per scenario, NODE_ENV=production (no trace)`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
