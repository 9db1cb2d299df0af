import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { adminToken, call } from './client.ts';

let e: RunningEmulator;
let admin: Record<string, string>;
before(async () => {
  e = await startEmulator();
  admin = { authorization: `Bearer ${await adminToken(e)}` };
});
after(async () => { await e.close(); });

const ids = async (path: string, headers: Record<string, string> = {}): Promise<string[]> => {
  const r = await call(e, path, { headers });
  assert.equal(r.status, 200, r.text);
  return r.json.data.map((x: any) => x.id);
};
const firstError = async (path: string): Promise<any> => {
  const r = await call(e, path);
  assert.equal(r.status, 400);
  return r.json.errors[0];
};

test('§3.7.5 a non-integer id filter value is rejected with the exact Oro detail', async () => {
  assert.deepEqual(await firstError('/api/products?filter[id]=aaa'), { status: '400', title: 'filter constraint', detail: 'Expected integer value. Given "aaa".', source: { parameter: 'filter[id]' } });
});

test('§3.7.5 an integer with a leading zero does not round-trip and is rejected', async () => {
  assert.equal((await firstError('/api/products?filter[id]=01')).detail, 'Expected integer value. Given "01".');
});

test('§3.7.5 booleans accept yes/no, True/False and 1/0', async () => {
  const yes = await ids('/api/products?filter[featured]=yes&page[size]=-1');
  assert.deepEqual(await ids('/api/products?filter[featured]=True&page[size]=-1'), yes);
  assert.deepEqual(await ids('/api/products?filter[featured]=1&page[size]=-1'), yes);
  const no = await ids('/api/products?filter[featured]=No&page[size]=-1');
  assert.equal(yes.length + no.length, 300);
});

test('§3.7.5 an unknown boolean word is rejected', async () => {
  assert.equal((await firstError('/api/products?filter[featured]=maybe')).detail, 'Expected boolean value. Given "maybe".');
});

test('§3.7.5 lte with a partial date compares with the start of the period', async () => {
  const r = await call(e, '/api/products?filter[createdAt][lte]=2023-03&page[size]=-1');
  assert.ok(r.json.data.length > 0);
  assert.ok(r.json.data.every((p: any) => p.attributes.createdAt <= '2023-03-01T00:00:00Z'));
});

test('§3.7.5 a partial-date range ends at the start of its last period', async () => {
  const r = await call(e, '/api/products?filter[createdAt]=2023-01..2023-03&page[size]=-1');
  assert.ok(r.json.data.length > 0);
  assert.ok(r.json.data.every((p: any) => p.attributes.createdAt >= '2023-01-01T00:00:00Z' && p.attributes.createdAt <= '2023-03-01T00:00:00Z'));
});

test('§3.7.5 neq with a partial date excludes the whole period', async () => {
  const all = await ids('/api/products?page[size]=-1');
  const inMonth = await ids('/api/products?filter[createdAt]=2023-05&page[size]=-1');
  const outside = await ids('/api/products?filter[createdAt][neq]=2023-05&page[size]=-1');
  assert.ok(inMonth.length > 0);
  assert.equal(inMonth.length + outside.length, all.length);
});

test('§3.7.5 a datetime offset sent with a raw space is read as a plus sign', async () => {
  const encoded = await ids('/api/products?filter[createdAt][gt]=2024-01-01T10:00:00%2B02:00&page[size]=-1');
  const spaced = await ids('/api/products?filter[createdAt][gt]=2024-01-01T10:00:00%2002:00&page[size]=-1');
  const unencoded = await ids('/api/products?filter[createdAt][gt]=2024-01-01T10:00:00+02:00&page[size]=-1');
  assert.deepEqual(spaced, encoded);
  assert.deepEqual(unencoded, encoded);
  assert.ok(encoded.length > 0);
});

test('§3.7.5 a datetime without offset is UTC', async () => {
  const utc = await ids('/api/products?filter[createdAt][gt]=2024-01-01T08:00:00Z&page[size]=-1');
  assert.deepEqual(await ids('/api/products?filter[createdAt][gt]=2024-01-01T08:00:00&page[size]=-1'), utc);
  assert.deepEqual(await ids('/api/products?filter[createdAt][gt]=2024-01-01T10:00:00%2B02:00&page[size]=-1'), utc);
});

test('§3.7.5 a malformed datetime is rejected', async () => {
  assert.equal((await firstError('/api/products?filter[createdAt]=yesterday')).detail, 'Expected datetime value. Given "yesterday".');
});

test('§3.7.6 a string filter value made of spaces is rejected', async () => {
  assert.deepEqual(await firstError('/api/products?filter[sku]=%20'), { status: '400', title: 'filter constraint', detail: 'Expected not empty string value. Given " ".', source: { parameter: 'filter[sku]' } });
});

test('§3.7.6 a blank item in a string list is rejected', async () => {
  assert.equal((await firstError('/api/products?filter[sku]=a,%20,b')).detail, 'Expected an array of not empty strings. Given "a, ,b".');
});

test('§8.3 a symbol operator is silently ignored and returns unfiltered data', async () => {
  const r = await call(e, '/api/products?filter[id]>5');
  assert.equal(r.status, 200);
  assert.deepEqual(r.json.data.map((x: any) => x.id), ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
});

test('§8.3 a symbol operator with an equals sign is ignored as well', async () => {
  assert.deepEqual(await ids('/api/products?filter[id]>=295&filter[id]!=2'), await ids('/api/products'));
});

test('§8.3 ignored symbol operators do not appear in paging links', async () => {
  const r = await call(e, '/api/products?filter[id]>5');
  assert.equal(r.json.links.next, `${e.url}/api/products?page%5Bnumber%5D=2`);
});

test('§3.7.1 two operators on one field are both applied', async () => {
  assert.deepEqual(await ids('/api/products?filter[id][gte]=5&filter[id][lte]=7'), ['5', '6', '7']);
});

test('§3.7.4 an integer range is inclusive', async () => {
  assert.deepEqual(await ids('/api/products?filter[id]=5..7'), ['5', '6', '7']);
});

test('§3.7.4 neq with a range means not between', async () => {
  assert.deepEqual(await ids('/api/products?filter[id][neq]=2..299&page[size]=-1'), ['1', '300']);
});

test('§3.7.4 a range on a string filter is taken literally', async () => {
  assert.deepEqual(await ids('/api/countries?filter[name]=A..Z'), []);
});

test('§3.7.2 exists with a list is rejected as not a boolean', async () => {
  assert.equal((await firstError('/api/products?filter[category][exists]=1,2')).detail, 'Expected boolean value. Given "1,2".');
});

test('§3.7.2 neq does not return records whose value is null', async () => {
  const all = await ids('/admin/api/orders?page[size]=-1', admin);
  const withPo = await ids('/admin/api/orders?filter[poNumber][exists]=true&page[size]=-1', admin);
  const neq = await ids('/admin/api/orders?filter[poNumber][neq]=PO-00000&page[size]=-1', admin);
  assert.ok(withPo.length < all.length);
  assert.deepEqual(neq, withPo);
});

test('§3.7.2 neq_or_null also returns records whose value is null', async () => {
  const all = await ids('/admin/api/orders?page[size]=-1', admin);
  assert.deepEqual(await ids('/admin/api/orders?filter[poNumber][neq_or_null]=PO-00000&page[size]=-1', admin), all);
});

test('§3.7.7 a filter by a related record id matches the linkage', async () => {
  const r = await call(e, '/api/products?filter[brand]=3&page[size]=-1');
  assert.ok(r.json.data.length > 0);
  assert.ok(r.json.data.every((p: any) => p.relationships.brand.data.id === '3'));
});

test('§3.7.7 an unknown field behind a relationship is not supported', async () => {
  assert.deepEqual(await firstError('/api/products?filter[brand.nope]=1'), { status: '400', title: 'filter constraint', detail: 'The filter is not supported.', source: { parameter: 'filter[brand.nope]' } });
});

test('§3.7.7 an indexed to-one id filter returns what a scan through the relationship returns', async () => {
  const indexed = await ids('/admin/api/orderlineitems?filter[order]=5,9&page[size]=-1', admin);
  assert.ok(indexed.length > 0);
  assert.deepEqual(indexed, await ids('/admin/api/orderlineitems?filter[order.id]=5,9&page[size]=-1', admin));
  assert.deepEqual(await ids('/admin/api/orders?filter[customer]=3&page[size]=-1', admin), await ids('/admin/api/orders?filter[customer.id]=3&page[size]=-1', admin));
});
