import { ApiError, FILTER, NOT_SUPPORTED } from './apiError.ts';
import { compileFilter } from './filterPredicate.ts';
import type { QueryParam } from './parseQuery.ts';
import { sortersOf } from '../registry/filterRules.ts';
import type { Linkage, ReadContext, RelationshipDef, ResourceDef, ViewDef } from '../registry/types.ts';
import type { Row } from '../data/table.ts';

/** Related records rendered per to-many relationship inside a resource object (PROTOCOL §3.5). */
const MAX_RELATED = 1000;
const DEFAULT_PAGE_SIZE = 10;

export interface ReadRequest {
  view: ViewDef;
  ctx: ReadContext;
  /** `http://host` as the client addressed us; links are absolute (PROTOCOL §4.3). */
  origin: string;
  /** Path segments after the view's base path. */
  segments: string[];
  params: QueryParam[];
  xInclude: Set<string>;
}

export interface ReadResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

interface Included { order: string[]; byKey: Map<string, Record<string, unknown>> }

/** GET on the four route shapes (PROTOCOL §1.2, §6.1): list, item, sub-resource, relationship. */
export function handleRead(q: ReadRequest): ReadResult {
  const { view, segments } = q;
  const r = view.resources.get(segments[0]!)!;
  const base = `${q.origin}${view.basePath}/${r.type}`;
  const hateoas = !q.xInclude.has('noHateoas');
  const headers: Record<string, string> = {};

  if (segments.length === 1) {
    const p = parseReadParams(q, r, { filters: true, paging: r.paging, sorting: r.sorting, include: true });
    const rows = selectRows(q, r, p, null);
    const { page, hasMore, total } = paginate(rows, p, r.paging);
    if (q.xInclude.has('totalCount')) headers['X-Include-Total-Count'] = String(total());
    const doc: Record<string, unknown> = { data: page.map((row) => renderResource(q, r, row, p.fields, p.meta, hateoas)) };
    addIncluded(q, r, page, p, doc, hateoas);
    if (hateoas) doc.links = pagingLinks(base, q.params, p.pageNumber, hasMore);
    return { status: 200, body: reorder(doc), headers };
  }

  const row = loadRow(q, r, segments[1]!);
  if (segments.length === 2) {
    const p = parseReadParams(q, r, { filters: false, paging: false, sorting: false, include: true });
    const doc: Record<string, unknown> = { data: renderResource(q, r, row, p.fields, p.meta, hateoas) };
    addIncluded(q, r, [row], p, doc, hateoas);
    if (hateoas && r.actions.includes('get_list')) doc.links = { self: base };
    return { status: 200, body: reorder(doc), headers };
  }

  const isRelationship = segments[2] === 'relationships';
  const relName = isRelationship ? segments[3] : segments[2];
  const rel = r.relationships.find((x) => x.name === relName);
  if (!rel || (isRelationship ? !rel.relationshipRoute : !rel.subresource) || (isRelationship && segments.length !== 4) || (!isRelationship && segments.length !== 3)) {
    throw ApiError.of(404, 'relationship constraint', 'Unsupported subresource.');
  }
  const value = rel.get(row, q.ctx);
  const linkages = toLinkages(rel, value);
  const target = rel.polymorphic ? null : view.resources.get(rel.targets[0]!)!;
  const selfUrl = isRelationship ? `${base}/${row.id}/relationships/${rel.name}` : `${base}/${row.id}/${rel.name}`;

  if (isRelationship) {
    const p = parseReadParams(q, r, { filters: false, paging: rel.toMany, sorting: false, include: false, fieldsets: false, meta: false });
    if (!rel.toMany) {
      const doc: Record<string, unknown> = { data: linkages[0] ? linkageWithLink(q, linkages[0], hateoas) : null };
      if (hateoas) doc.links = relationshipLinks(r, rel, base, row.id);
      return { status: 200, body: doc, headers };
    }
    const { page, hasMore, total } = paginate(linkages, p, true);
    if (q.xInclude.has('totalCount')) headers['X-Include-Total-Count'] = String(total());
    const doc: Record<string, unknown> = { data: page.map((l) => linkageWithLink(q, l, hateoas)) };
    if (hateoas) doc.links = { ...relationshipLinks(r, rel, base, row.id), ...pagingLinks(selfUrl, q.params, p.pageNumber, hasMore, false) };
    return { status: 200, body: doc, headers };
  }

  // Sub-resource: the related records themselves, paged/filtered like a list when to-many.
  if (!rel.toMany) {
    const l = linkages[0];
    const tr = l ? view.resources.get(l.type) : target;
    const p = parseReadParams(q, tr ?? r, { filters: false, paging: false, sorting: false, include: true });
    const related = l && tr ? ctx(q).store.tables[tr.table]!.get(l.id) : undefined;
    const visible = related && tr && isVisible(q, tr, related) ? related : undefined;
    const doc: Record<string, unknown> = { data: visible && tr ? renderResource(q, tr, visible, p.fields, p.meta, hateoas) : null };
    if (visible && tr) addIncluded(q, tr, [visible], p, doc, hateoas);
    if (hateoas) doc.links = { self: selfUrl };
    return { status: 200, body: reorder(doc), headers };
  }
  const tr = target ?? r;
  const p = parseReadParams(q, tr, { filters: true, paging: tr.paging, sorting: tr.sorting, include: true });
  const rows = selectRows(q, tr, p, linkages.map((l) => l.id));
  const { page, hasMore, total } = paginate(rows, p, tr.paging);
  if (q.xInclude.has('totalCount')) headers['X-Include-Total-Count'] = String(total());
  const doc: Record<string, unknown> = { data: page.map((x) => renderResource(q, tr, x, p.fields, p.meta, hateoas)) };
  addIncluded(q, tr, page, p, doc, hateoas);
  if (hateoas) doc.links = pagingLinks(selfUrl, q.params, p.pageNumber, hasMore);
  return { status: 200, body: reorder(doc), headers };
}

const ctx = (q: ReadRequest): ReadContext => q.ctx;

function reorder(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { data: doc.data };
  if (doc.included) out.included = doc.included;
  if (doc.links) out.links = doc.links;
  return out;
}

/** Storefront visibility: a customer user sees its own customer's records only (PROTOCOL §7.2). */
function isVisible(q: ReadRequest, r: ResourceDef, row: Row): boolean {
  if (q.view.view !== 'storefront' || !r.ownerCustomer) return true;
  const p = q.ctx.principal;
  if (p.kind !== 'customerUser') return false;
  return r.ownerCustomer(row) === p.customerId;
}

function loadRow(q: ReadRequest, r: ResourceDef, rawId: string): Row {
  const id = r.resolveId ? r.resolveId(rawId, q.ctx) : rawId;
  if (id === null) throw ApiError.of(404, 'not found http exception', 'An entity with the requested identifier does not exist.');
  if (r.idType === 'integer' && !/^-?\d+$/.test(id)) {
    throw new ApiError([{ status: '400', title: 'entity identifier constraint', detail: `Expected integer value. Given "${id}".` }]);
  }
  const row = q.ctx.store.tables[r.table]!.get(id);
  if (!row) throw ApiError.of(404, 'not found http exception', 'An entity with the requested identifier does not exist.');
  if (!isVisible(q, r, row)) throw ApiError.of(403, 'access denied exception', 'No access to the entity.');
  return row;
}

// ---- query parameters ------------------------------------------------------------------------

interface ReadParams {
  filters: Array<(row: Row) => boolean>;
  idCandidates: string[] | null;
  sort: Array<{ field: string; desc: boolean }> | null;
  pageNumber: number;
  pageSize: number;
  include: string[][];
  fields: Map<string, Set<string>>;
  meta: boolean;
}

function parseReadParams(q: ReadRequest, r: ResourceDef, allow: { filters: boolean; paging: boolean; sorting: boolean; include: boolean; fieldsets?: boolean; meta?: boolean }): ReadParams {
  const out: ReadParams = { filters: [], idCandidates: null, sort: null, pageNumber: 1, pageSize: DEFAULT_PAGE_SIZE, include: [], fields: new Map(), meta: false };
  const errors: ApiError[] = [];
  const fieldsParams: QueryParam[] = [];
  const hasRelationships = r.relationships.length > 0;
  for (const p of q.params) {
    if (p.ignored) continue;
    try {
      if (p.name === 'filter' && allow.filters && p.path) {
        out.filters.push(compileFilter(q.view, r, p.path, p.operator, p.value, p.raw, q.ctx));
        // A to-one id filter the store can answer from an index narrows the scan; the predicate still applies.
        const rel = r.relationships.find((x) => x.name === p.path && !x.toMany && x.field);
        if (rel && (p.operator === null || p.operator === 'eq') && !p.value.includes('..')) {
          const found = q.ctx.store.lookup(r.table, rel.field!, p.value.split(','));
          if (found) out.idCandidates = out.idCandidates ? out.idCandidates.filter((x) => found.includes(x)) : found;
        }
        if (p.path === 'id' && (p.operator === null || p.operator === 'eq') && !p.value.includes('..')) {
          const ids = p.value.split(',');
          out.idCandidates = out.idCandidates ? out.idCandidates.filter((x) => ids.includes(x)) : ids;
        }
      } else if (p.name === 'page' && allow.paging && (p.path === 'number' || p.path === 'size')) {
        if (p.path === 'number') {
          // page[number] is an unsigned integer filter (PROTOCOL §3.5).
          if (!/^\d+$/.test(p.value)) throw ApiError.param(400, FILTER, `Expected unsigned integer value. Given "${p.value}".`, p.raw);
          if (Number(p.value) < 1) throw ApiError.param(400, FILTER, 'The value should be greater than or equals to 1.', p.raw);
          out.pageNumber = Number(p.value);
        } else {
          if (!/^-?\d+$/.test(p.value)) throw ApiError.param(400, FILTER, `Expected integer value. Given "${p.value}".`, p.raw);
          if (Number(p.value) < -1) throw ApiError.param(400, FILTER, 'The value should be greater than or equals to -1.', p.raw);
          out.pageSize = Number(p.value);
        }
      } else if (p.name === 'sort' && !p.path && allow.sorting) {
        out.sort = parseSort(r, p);
      } else if (p.name === 'include' && !p.path && allow.include && hasRelationships) {
        if (p.value === '') throw ApiError.param(400, FILTER, 'Expected not empty string value. Given "".', p.raw);
        if (p.value.split(',').some((x) => x === '')) throw ApiError.param(400, FILTER, `Expected an array of not empty strings. Given "${p.value}".`, p.raw);
        out.include = p.value.split(',').map((x) => x.split('.'));
      } else if (p.name === 'fields' && allow.fieldsets !== false) {
        fieldsParams.push(p);
      } else if (p.name === 'meta' && !p.path && allow.meta !== false) {
        if (p.value === '') throw ApiError.param(400, FILTER, 'Expected not empty string value. Given "".', p.raw);
        const names = p.value.split(',');
        if (names.some((x) => x === '')) throw ApiError.param(400, FILTER, `Expected an array of not empty strings. Given "${p.value}".`, p.raw);
        const unknown = names.find((x) => x !== 'title');
        if (unknown) throw ApiError.param(400, FILTER, `The "${unknown}" is not known meta property. Known properties: title.`, p.raw);
        out.meta = true;
      } else {
        throw ApiError.param(400, FILTER, NOT_SUPPORTED, p.raw);
      }
    } catch (e) {
      if (e instanceof ApiError) errors.push(e);
      else throw e;
    }
  }
  // fields[...] is checked against the types the response can contain (PROTOCOL §3.3).
  const reachable = reachableTypes(q.view, r, out.include);
  for (const p of fieldsParams) {
    try {
      if (!p.path) throw ApiError.param(400, FILTER, 'An entity type is not specified.', p.raw);
      if (!q.view.resources.has(p.path)) throw ApiError.param(400, FILTER, 'An entity type is not known.', p.raw);
      if (!reachable.has(p.path)) throw ApiError.param(400, FILTER, NOT_SUPPORTED, p.raw);
      if (p.value !== '' && p.value.split(',').some((x) => x === '')) throw ApiError.param(400, FILTER, `Expected an array of not empty strings. Given "${p.value}".`, p.raw);
      out.fields.set(p.path, new Set(p.value === '' ? [] : p.value.split(',')));
    } catch (e) {
      if (e instanceof ApiError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length > 0) throw new ApiError(errors.flatMap((e) => e.errors));
  return out;
}

function reachableTypes(view: ViewDef, r: ResourceDef, include: string[][]): Set<string> {
  const out = new Set([r.type]);
  for (const path of include) {
    let current: ResourceDef[] = [r];
    for (const name of path) {
      const next: ResourceDef[] = [];
      for (const res of current) {
        const rel = res.relationships.find((x) => x.name === name);
        if (!rel) continue;
        for (const t of rel.targets) {
          const tr = view.resources.get(t);
          if (tr) {
            out.add(t);
            next.push(tr);
          }
        }
      }
      current = next;
    }
  }
  return out;
}

function parseSort(r: ResourceDef, p: QueryParam): Array<{ field: string; desc: boolean }> {
  if (!/^-?[\w.]+(,-?[\w.]+)*$/.test(p.value)) throw ApiError.param(400, 'sort constraint', `Sorting by "${p.value}" field is not supported.`, p.raw);
  const allowed = new Set(sortersOf(r));
  const items = p.value.split(',').map((s) => ({ field: s.replace(/^-/, ''), desc: s.startsWith('-') }));
  const bad = items.filter((i) => !allowed.has(i.field)).map((i) => i.field);
  if (bad.length === 1) throw ApiError.param(400, 'sort constraint', `Sorting by "${bad[0]}" field is not supported.`, p.raw);
  if (bad.length > 1) throw ApiError.param(400, 'sort constraint', `Sorting by "${bad.join(', ')}" fields are not supported.`, p.raw);
  return items;
}

// ---- selecting, sorting, paging --------------------------------------------------------------

function selectRows(q: ReadRequest, r: ResourceDef, p: ReadParams, restrictIds: string[] | null): Row[] {
  const table = q.ctx.store.tables[r.table]!;
  let candidates: Iterable<Row>;
  let ids = restrictIds;
  if (p.idCandidates) ids = ids ? ids.filter((x) => p.idCandidates!.includes(x)) : p.idCandidates;
  const principal = q.ctx.principal;
  if (!ids && q.view.view === 'storefront' && r.table === 'orders' && principal.kind === 'customerUser') ids = q.ctx.store.ordersOfCustomer(principal.customerId);
  if (ids) {
    const seen = new Set<string>();
    const list: Row[] = [];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const row = table.get(id);
      if (row) list.push(row);
    }
    if (!restrictIds) list.sort(compareIds);
    candidates = list;
  } else {
    candidates = table.rows();
  }
  const out: Row[] = [];
  const checkVisibility = q.view.view === 'storefront' && r.ownerCustomer !== undefined;
  // Default order on an unfiltered generated table is id order already: stop early.
  const limit = !p.sort && p.filters.length === 0 && !checkVisibility && !q.xInclude.has('totalCount') && p.pageSize !== -1 && !ids ? p.pageNumber * p.pageSize + 1 : Infinity;
  for (const row of candidates) {
    if (checkVisibility && !isVisible(q, r, row)) continue;
    if (p.filters.every((f) => f(row))) out.push(row);
    if (out.length >= limit) break;
  }
  const sort = p.sort ?? (r.defaultSort === 'id' ? null : [{ field: r.defaultSort, desc: false }]);
  if (sort) sortRows(q, r, out, sort);
  return out;
}

function compareIds(a: Row, b: Row): number {
  const na = Number(a.id);
  const nb = Number(b.id);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sortRows(q: ReadRequest, r: ResourceDef, rows: Row[], sort: Array<{ field: string; desc: boolean }>): void {
  const keyOf = sort.map(({ field }) => sortKey(q, r, field));
  const decorated = rows.map((row) => ({ row, keys: keyOf.map((k) => k(row)) }));
  decorated.sort((a, b) => {
    for (let i = 0; i < sort.length; i++) {
      const x = a.keys[i];
      const y = b.keys[i];
      if (x === y) continue;
      // NULLs first ascending, like PostgreSQL's NULLS LAST reversed? Oro uses Doctrine defaults: NULL sorts last ascending.
      if (x === null) return sort[i]!.desc ? -1 : 1;
      if (y === null) return sort[i]!.desc ? 1 : -1;
      const c = x! < y! ? -1 : 1;
      return sort[i]!.desc ? -c : c;
    }
    return compareIds(a.row, b.row);
  });
  for (let i = 0; i < rows.length; i++) rows[i] = decorated[i]!.row;
}

function sortKey(q: ReadRequest, r: ResourceDef, field: string): (row: Row) => string | number | null {
  const [head, ...rest] = field.split('.');
  if (head === 'id') return (row) => (r.idType === 'integer' ? Number(row.id) : row.id);
  const attr = r.attributes.find((a) => a.name === head);
  if (attr && rest.length === 0) {
    const numeric = ['money', 'decimal', 'float', 'integer', 'percent', 'bigint'].includes(attr.dataType);
    return (row) => {
      const v = attr.get(row, q.ctx);
      if (v === null || v === undefined) return null;
      return numeric ? Number(v) : typeof v === 'boolean' ? (v ? 1 : 0) : String(v);
    };
  }
  const rel = r.relationships.find((x) => x.name === head)!;
  const target = q.view.resources.get(rel.targets[0]!)!;
  if (rest.length === 0) return (row) => {
    const v = rel.get(row, q.ctx);
    const id = Array.isArray(v) ? (v[0] as string | undefined) ?? null : (v as string | null);
    return id === null ? null : target.idType === 'integer' ? Number(id) : id;
  };
  const inner = sortKey(q, target, rest.join('.'));
  const table = q.ctx.store.tables[target.table]!;
  return (row) => {
    const id = rel.get(row, q.ctx) as string | null;
    const t = id === null ? undefined : table.get(id);
    return t ? inner(t) : null;
  };
}

function paginate<T>(rows: T[], p: ReadParams, paging: boolean): { page: T[]; hasMore: boolean; total: () => number } {
  if (!paging || p.pageSize === -1) return { page: rows, hasMore: false, total: () => rows.length };
  const start = (p.pageNumber - 1) * p.pageSize;
  return { page: rows.slice(start, start + p.pageSize), hasMore: rows.length > start + p.pageSize, total: () => rows.length };
}

/** `first`/`prev` only after page 1, `next` only when more rows exist, never `last`; params sorted and encoded (PROTOCOL §4.3). */
function pagingLinks(self: string, params: QueryParam[], pageNumber: number, hasMore: boolean, withSelf = true): Record<string, string> {
  // Pairs Oro's parser never matched (symbol operators) are not filters, so links do not carry them.
  const rest = params.filter((p) => !p.ignored && !(p.name === 'page' && p.path === 'number'));
  const url = (n: number): string => {
    const pairs = rest.map((p) => [p.raw, p.value] as [string, string]);
    if (n > 1) pairs.push(['page[number]', String(n)]);
    pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    return qs ? `${self}?${qs}` : self;
  };
  const links: Record<string, string> = withSelf ? { self } : {};
  if (pageNumber > 1) {
    links.first = url(1);
    links.prev = url(pageNumber - 1);
  }
  if (hasMore) links.next = url(pageNumber + 1);
  return links;
}

// ---- rendering ---------------------------------------------------------------------------------

function toLinkages(rel: RelationshipDef, value: ReturnType<RelationshipDef['get']>): Linkage[] {
  const one = (v: string | Linkage): Linkage => (typeof v === 'string' ? { type: rel.targets[0]!, id: v } : v);
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return (value as Array<string | Linkage>).map(one);
  return [one(value as string | Linkage)];
}

function linkageWithLink(q: ReadRequest, l: Linkage, hateoas: boolean): Record<string, unknown> {
  const tr = q.view.resources.get(l.type);
  if (!hateoas || !tr?.actions.includes('get')) return { type: l.type, id: l.id };
  return { type: l.type, id: l.id, links: { self: `${q.origin}${q.view.basePath}/${l.type}/${l.id}` } };
}

function relationshipLinks(r: ResourceDef, rel: RelationshipDef, base: string, id: string): Record<string, string> {
  const links: Record<string, string> = {};
  if (rel.relationshipRoute && r.actions.includes('get_relationship')) links.self = `${base}/${id}/relationships/${rel.name}`;
  if (rel.subresource && r.actions.includes('get_subresource')) links.related = `${base}/${id}/${rel.name}`;
  return links;
}

/** A resource object: all attributes (nulls kept), relationships with `data` and links (PROTOCOL §4.2). */
function renderResource(q: ReadRequest, r: ResourceDef, row: Row, fields: Map<string, Set<string>>, meta: boolean, hateoas: boolean): Record<string, unknown> {
  const fieldset = fields.get(r.type);
  const base = `${q.origin}${q.view.basePath}/${r.type}`;
  const obj: Record<string, unknown> = { type: r.type, id: row.id };
  if (meta) obj.meta = { title: r.title(row, q.ctx) };
  if (hateoas && r.actions.includes('get')) obj.links = { self: `${base}/${row.id}` };
  const attributes: Record<string, unknown> = {};
  for (const a of r.attributes) if (!fieldset || fieldset.has(a.name)) attributes[a.name] = a.get(row, q.ctx) ?? null;
  if (Object.keys(attributes).length > 0) obj.attributes = attributes;
  const relationships: Record<string, unknown> = {};
  for (const rel of r.relationships) {
    if (fieldset && !fieldset.has(rel.name)) continue;
    const linkages = toLinkages(rel, rel.get(row, q.ctx));
    const links = hateoas ? relationshipLinks(r, rel, base, row.id) : {};
    let data: unknown;
    if (rel.toMany) {
      data = linkages.slice(0, MAX_RELATED).map((l) => ({ type: l.type, id: l.id }));
      if (hateoas && linkages.length > MAX_RELATED) links.next = `${base}/${row.id}/relationships/${rel.name}?page%5Bnumber%5D=2`;
    } else {
      data = linkages[0] ? { type: linkages[0].type, id: linkages[0].id } : null;
    }
    relationships[rel.name] = Object.keys(links).length ? { links, data } : { data };
  }
  if (Object.keys(relationships).length > 0) obj.relationships = relationships;
  return obj;
}

/** `included`: nested dotted paths, unknown names ignored, de-duplicated, primary never repeated (PROTOCOL §3.2). */
function addIncluded(q: ReadRequest, r: ResourceDef, primary: Row[], p: ReadParams, doc: Record<string, unknown>, hateoas: boolean): void {
  if (p.include.length === 0) return;
  const inc: Included = { order: [], byKey: new Map() };
  const primaryKeys = new Set(primary.map((row) => `${r.type}:${row.id}`));
  for (const path of p.include) {
    let level: Array<{ res: ResourceDef; row: Row }> = primary.map((row) => ({ res: r, row }));
    for (const name of path) {
      const next: Array<{ res: ResourceDef; row: Row }> = [];
      for (const { res, row } of level) {
        const rel = res.relationships.find((x) => x.name === name);
        if (!rel) continue;
        const fieldset = p.fields.get(res.type);
        if (fieldset && !fieldset.has(rel.name)) continue;
        for (const l of toLinkages(rel, rel.get(row, q.ctx)).slice(0, MAX_RELATED)) {
          const tr = q.view.resources.get(l.type);
          if (!tr) continue;
          const target = q.ctx.store.tables[tr.table]!.get(l.id);
          if (!target || !isVisible(q, tr, target)) continue;
          const key = `${l.type}:${l.id}`;
          if (!primaryKeys.has(key) && !inc.byKey.has(key)) {
            inc.byKey.set(key, renderResource(q, tr, target, p.fields, false, hateoas));
            inc.order.push(key);
          }
          next.push({ res: tr, row: target });
        }
      }
      level = next;
    }
  }
  if (inc.order.length > 0) doc.included = inc.order.map((k) => inc.byKey.get(k));
}
