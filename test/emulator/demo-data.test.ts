import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { adminToken, call } from './client.ts';

let e: RunningEmulator;
let admin: Record<string, string>;
before(async () => {
  e = await startEmulator();
  admin = { authorization: `Bearer ${await adminToken(e)}`, 'x-include': 'noHateoas' };
});
after(async () => { await e.close(); });

const cents = (money: string): number => Math.round(Number(money) * 100);
const PATHS = [
  '/api/products?page[size]=20&include=brand,category,images,inventoryStatus',
  '/api/products/11/variantProducts',
  '/api/webcatalogtree?page[size]=-1&include=content',
  '/api/mastercatalogcategories?page[size]=-1',
  '/api/regions?page[size]=-1',
];

test('the same seed gives byte-identical responses', async () => {
  const a = await startEmulator({ seed: 7 });
  const b = await startEmulator({ seed: 7 });
  try {
    for (const path of PATHS) {
      const headers = { 'x-include': 'noHateoas' };
      assert.equal((await call(a, path, { headers })).text, (await call(b, path, { headers })).text, path);
    }
  } finally {
    await a.close();
    await b.close();
  }
});

test('a different seed gives a different catalogue', async () => {
  const other = await startEmulator({ seed: 2 });
  try {
    const headers = { 'x-include': 'noHateoas' };
    assert.notEqual((await call(other, PATHS[0]!, { headers })).text, (await call(e, PATHS[0]!, { headers })).text);
  } finally {
    await other.close();
  }
});

test('product SKUs are unique and shaped like the OroCommerce demo SKUs', async () => {
  const r = await call(e, '/api/products?page[size]=-1&fields[products]=sku');
  const skus = r.json.data.map((p: any) => p.attributes.sku);
  assert.equal(new Set(skus).size, 300);
  assert.ok(skus.every((s: string) => /^\d[A-Z]{2}\d{2}$/.test(s)));
});

test('variants share the category, brand and price of their configurable parent', async () => {
  const parent = (await call(e, '/api/products/11')).json.data;
  const variants = (await call(e, '/api/products/11/variantProducts')).json.data;
  assert.equal(parent.attributes.productType, 'configurable');
  assert.equal(variants.length, 3);
  for (const v of variants) {
    assert.ok(v.attributes.name.startsWith(`${parent.attributes.name}, `));
    assert.deepEqual(v.relationships.category.data, parent.relationships.category.data);
    assert.deepEqual(v.relationships.brand.data, parent.relationships.brand.data);
    assert.equal(v.attributes.prices[0].price, parent.attributes.prices[0].price);
  }
});

test('a product belongs to a leaf category of the demo master catalog', async () => {
  const r = await call(e, '/api/products/5?include=category.categoryPath');
  const titles = r.json.included.filter((x: any) => x.type === 'mastercatalogcategories').map((x: any) => x.attributes.title);
  assert.ok(titles.includes('All Products'));
  const leaf = r.json.included.find((x: any) => x.id === r.json.data.relationships.category.data.id).attributes.title;
  assert.ok(['Lab Coats', 'Scrubs', 'Medical Footwear', 'Medical Supplies', 'Architectural Floodlighting', 'Lamps', 'Office Chairs', 'Desks', 'Printers', 'Barcode Scanners'].includes(leaf));
});

test('order totals add up: subtotal is the sum of row totals and total adds shipping', async () => {
  const r = await call(e, '/admin/api/orders?page[size]=20&include=lineItems', { headers: admin });
  const lines = new Map(r.json.included.map((x: any) => [x.id, x.attributes]));
  for (const o of r.json.data) {
    const sum = o.relationships.lineItems.data.reduce((acc: number, l: any) => acc + cents((lines.get(l.id) as any).value) * (lines.get(l.id) as any).quantity, 0);
    assert.equal(cents(o.attributes.subtotalValue), sum, `order ${o.id}`);
  }
  const sf = (await call(e, `/admin/api/orders/1`, { headers: admin })).json.data.attributes;
  assert.ok(cents(sf.totalValue) >= cents(sf.subtotalValue));
});

test('order line items reference real, orderable products with their SKU and name', async () => {
  const r = await call(e, '/admin/api/orderlineitems?page[size]=30&include=product', { headers: admin });
  const products = new Map(r.json.included.map((x: any) => [x.id, x]));
  for (const l of r.json.data) {
    const p: any = products.get(l.relationships.product.data.id);
    assert.equal(l.attributes.productSku, p.attributes.sku);
    assert.notEqual(p.attributes.productType, 'configurable');
  }
});

test('a region of an address belongs to the address country', async () => {
  const r = await call(e, '/admin/api/customeraddresses?page[size]=-1', { headers: admin });
  for (const a of r.json.data) {
    assert.ok(a.relationships.region.data.id.startsWith(`${a.relationships.country.data.id}-`));
  }
});
