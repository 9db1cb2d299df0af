// Emulator speed: a 50-product page with two includes (median/p95 over 200 requests) and the
// start-up time at --scale 300. Run: node --import tsx bench/emulator.ts
import { startEmulator } from '../src/emulator/startEmulator.ts';

const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function timePages(scale: number): Promise<{ median: number; p95: number; bytes: number }> {
  const e = await startEmulator({ scale });
  const url = `${e.url}/api/products?page[size]=50&page[number]=3&include=brand,inventoryStatus`;
  const headers = { accept: 'application/vnd.api+json' };
  let bytes = 0;
  for (let i = 0; i < 20; i++) bytes = (await (await fetch(url, { headers })).text()).length;
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await (await fetch(url, { headers })).text();
    times.push(performance.now() - t);
  }
  await e.close();
  return { median: percentile(times, 50), p95: percentile(times, 95), bytes };
}

const t0 = performance.now();
const big = await startEmulator({ scale: 300 });
const startup = performance.now() - t0;
const first = performance.now();
await (await fetch(`${big.url}/api/products?page[size]=50&include=brand,inventoryStatus`, { headers: { accept: 'application/vnd.api+json' } })).text();
const firstPage = performance.now() - first;
// First filtered scans on big tables: answered from the generator's foreign-key index.
const token = ((await (await fetch(`${big.url}/oauth2-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', ...{ client_id: big.accounts.oauthClients['back-office'].clientId, client_secret: big.accounts.oauthClients['back-office'].clientSecret } }) })).json()) as { access_token: string }).access_token;
const timed = async (path: string): Promise<number> => {
  const t = performance.now();
  await (await fetch(big.url + path, { headers: { accept: 'application/vnd.api+json', authorization: `Bearer ${token}` } })).text();
  return performance.now() - t;
};
const lineItemsOfOrder = await timed('/admin/api/orderlineitems?filter[order]=5');
const ordersOfCustomer = await timed('/admin/api/orders?filter[customer]=42&page[size]=5');
await big.close();
const s1 = await timePages(1);
const s300 = await timePages(300);
const rows = [
  ['startup --scale 300 (90k products, 150k orders)', `${startup.toFixed(0)} ms`],
  ['first 50-product page at --scale 300', `${firstPage.toFixed(1)} ms`],
  ['first orderlineitems?filter[order]=5 at --scale 300', `${lineItemsOfOrder.toFixed(1)} ms`],
  ['first orders?filter[customer]=42 at --scale 300', `${ordersOfCustomer.toFixed(1)} ms`],
  ['50 products + include=brand,inventoryStatus, scale 1: median / p95', `${s1.median.toFixed(2)} / ${s1.p95.toFixed(2)} ms (${s1.bytes} bytes)`],
  ['50 products + include=brand,inventoryStatus, scale 300: median / p95', `${s300.median.toFixed(2)} / ${s300.p95.toFixed(2)} ms`],
];
const w = Math.max(...rows.map((r) => r[0]!.length));
console.log(`${'measure'.padEnd(w)} | result\n${'-'.repeat(w)}-|-------`);
for (const [k, v] of rows) console.log(`${k!.padEnd(w)} | ${v}`);
