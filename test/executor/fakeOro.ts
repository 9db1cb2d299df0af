import type { UpstreamClient, UpstreamRequest, UpstreamResponse } from '../../src/upstream/types.ts';

type Linkage = { type: string; id: string };
export interface FakeRecord {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, { data: Linkage | Linkage[] | null }>;
}

/**
 * A small in-memory JSON:API server for executor tests: list/item/sub-resource GETs with
 * `filter[f]`, `filter[f][neq]`, comma lists, `sort`, `page[...]` (`-1` = all), dotted `include`,
 * `fields[type]` and `X-Include: totalCount`. It records every request path.
 */
export class FakeOro implements UpstreamClient {
  readonly view = 'storefront' as const;
  readonly paths: string[] = [];
  failWhen?: (path: string) => number | undefined;

  constructor(readonly records: FakeRecord[]) {}

  async request(req: UpstreamRequest): Promise<UpstreamResponse> {
    this.paths.push(req.path);
    const status = this.failWhen?.(req.path);
    if (status) return { status, headers: {}, body: { errors: [{ status: String(status), title: 'x', detail: 'internal detail' }] } };
    const [pathname, qs = ''] = req.path.split('?');
    const params = new Map<string, string>();
    for (const pair of qs.split('&').filter(Boolean)) {
      const [k, v = ''] = pair.split('=');
      params.set(decodeURIComponent(k!), decodeURIComponent(v));
    }
    const parts = pathname!.split('/').filter(Boolean).slice(1);
    const [type, id, rel] = parts;
    let rows: FakeRecord[];
    let single = false;
    if (rel) {
      const parent = this.find(type!, id!);
      if (!parent) return { status: 404, headers: {}, body: { errors: [] } };
      const link = parent.relationships[rel]?.data;
      rows = (Array.isArray(link) ? link : link ? [link] : []).map((l) => this.find(l.type, l.id)!).filter(Boolean);
    } else if (id) {
      const r = this.find(type!, id);
      if (!r) return { status: 404, headers: {}, body: { errors: [] } };
      rows = [r];
      single = true;
    } else rows = this.records.filter((r) => r.type === type);
    for (const [k, v] of params) {
      const m = /^filter\[([\w.]+)\](?:\[(\w+)\])?$/.exec(k);
      if (!m) continue;
      const values = v.split(',');
      const f = m[1]!;
      const get = (r: FakeRecord): string[] => {
        if (f === 'id') return [r.id];
        if (f in r.attributes) return [String(r.attributes[f])];
        const d = r.relationships[f]?.data;
        return (Array.isArray(d) ? d : d ? [d] : []).map((l) => l.id);
      };
      rows = rows.filter((r) => (m[2] === 'neq' ? !get(r).some((x) => values.includes(x)) : get(r).some((x) => values.includes(x))));
    }
    const sort = params.get('sort');
    if (sort) {
      const keys = sort.split(',');
      rows = [...rows].sort((a, b) => {
        for (const key of keys) {
          const desc = key.startsWith('-');
          const f = desc ? key.slice(1) : key;
          const av = f === 'id' ? Number(a.id) : (a.attributes[f] as number | string);
          const bv = f === 'id' ? Number(b.id) : (b.attributes[f] as number | string);
          if (av < bv) return desc ? 1 : -1;
          if (av > bv) return desc ? -1 : 1;
        }
        return 0;
      });
    }
    const total = rows.length;
    const size = Number(params.get('page[size]') ?? 10);
    const number = Number(params.get('page[number]') ?? 1);
    if (!single && size !== -1) rows = rows.slice((number - 1) * size, number * size);
    const included = new Map<string, FakeRecord>();
    for (const path of (params.get('include') ?? '').split(',').filter(Boolean)) {
      let level = rows;
      for (const seg of path.split('.')) {
        const next: FakeRecord[] = [];
        for (const r of level) {
          const d = r.relationships[seg]?.data;
          for (const l of Array.isArray(d) ? d : d ? [d] : []) {
            const t = this.find(l.type, l.id);
            if (t) next.push(t);
          }
        }
        for (const t of next) if (!rows.includes(t)) included.set(`${t.type}:${t.id}`, t);
        level = next;
      }
    }
    const shape = (r: FakeRecord) => {
      const fields = params.get(`fields[${r.type}]`)?.split(',').filter(Boolean);
      const pick = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).filter(([k]) => !fields || fields.includes(k)));
      return { type: r.type, id: r.id, attributes: pick(r.attributes), relationships: pick(r.relationships) };
    };
    const headers: Record<string, string> = {};
    if (req.headers?.['X-Include']?.split(';').includes('totalCount')) headers['x-include-total-count'] = String(total);
    const body: Record<string, unknown> = { data: single ? shape(rows[0]!) : rows.map(shape) };
    if (included.size > 0) body.included = [...included.values()].map(shape);
    return { status: 200, headers, body };
  }

  find(type: string, id: string): FakeRecord | undefined {
    return this.records.find((r) => r.type === type && r.id === id);
  }
}

const one = (type: string, id: string | null) => ({ data: id === null ? null : { type, id } });
const many = (type: string, ids: string[]) => ({ data: ids.map((id) => ({ type, id })) });

/** Orders with line items, products with brands and variants, menu items pointing at products or categories. */
export function fixtureRecords(): FakeRecord[] {
  const recs: FakeRecord[] = [];
  for (let b = 1; b <= 3; b++) recs.push({ type: 'brands', id: String(b), attributes: { name: `Brand ${b}` }, relationships: {} });
  recs.push({ type: 'categories', id: '1', attributes: { title: 'Cat 1' }, relationships: { parentCategory: one('categories', null) } });
  for (let p = 1; p <= 12; p++) {
    const variants = p <= 3 ? [String(p + 3), String(p + 6), String(p + 9)] : [];
    recs.push({
      type: 'products',
      id: String(p),
      attributes: { sku: `SKU-${String(p).padStart(2, '0')}`, name: `Product ${p}`, createdAt: `2024-01-${String(p).padStart(2, '0')}T00:00:00Z` },
      relationships: { brand: one('brands', String((p % 3) + 1)), category: one('categories', '1'), images: many('productimages', []), variants: many('products', variants) },
    });
  }
  for (let o = 1; o <= 4; o++) {
    const items = [1, 2, 3].map((i) => String((o - 1) * 3 + i));
    recs.push({
      type: 'orders',
      id: String(o),
      attributes: { poNumber: `PO-${o}`, totalValue: `${o}00.0000` },
      relationships: { lineItems: many('orderlineitems', items), customer: one('customers', '1'), discounts: many('orderdiscounts', o === 1 ? ['1'] : []) },
    });
    for (const [i, li] of items.entries()) {
      recs.push({
        type: 'orderlineitems',
        id: li,
        attributes: { quantity: i + 1, productSku: `SKU-${li}` },
        relationships: { product: one('products', li), order: one('orders', String(o)) },
      });
    }
  }
  recs.push({ type: 'customers', id: '1', attributes: { name: 'Acme' }, relationships: {} });
  recs.push({ type: 'orderdiscounts', id: '1', attributes: { amount: '5' }, relationships: {} });
  recs.push({ type: 'menuitems', id: '1', attributes: { label: 'P' }, relationships: { target: one('products', '2') } });
  recs.push({ type: 'menuitems', id: '2', attributes: { label: 'C' }, relationships: { target: one('categories', '1') } });
  return recs;
}
