import { ApiError, FILTER, NOT_SUPPORTED } from './apiError.ts';
import { filtersOf } from '../registry/filterRules.ts';
import type { EffectiveFilter } from '../registry/filterRules.ts';
import type { EmuDataType, Linkage, ReadContext, RelationshipDef, ResourceDef, ViewDef } from '../registry/types.ts';
import type { Row } from '../data/table.ts';

type Norm = number | string;
/** A normalised filter value: one value, a list, a range, with partial dates as periods [start, end). */
interface Operand { list: Array<{ start: Norm; end: Norm | null }>; range: { lo: Norm; hi: Norm } | null }

const NUMERIC: ReadonlySet<EmuDataType> = new Set(['integer', 'bigint', 'decimal', 'money', 'float', 'percent']);
const TEMPORAL: ReadonlySet<EmuDataType> = new Set(['datetime', 'date']);
const MANY_VALUE_OPS = new Set(['eq', 'neq', 'neq_or_null']);
const DT = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[-+]\d{2}(?::?\d{2})?)?)?)?)?$/;

/** Parses Oro's partial datetime forms into a period (PROTOCOL §3.7.5). */
function period(v: string, t: EmuDataType): { start: number; end: number } | null {
  const m = DT.exec(t === 'date' ? v : v.replace(/ /g, '+'));
  if (!m) return null;
  if (t === 'date' && m[4] !== undefined) return null;
  const [, y, mo, d, h, mi, s, tz] = m;
  let offset = 0;
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
  }
  const parts = [Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, h ? Number(h) : 0, mi ? Number(mi) : 0, s ? Number(s) : 0];
  const start = Date.UTC(parts[0]!, parts[1]!, parts[2]!, parts[3]!, parts[4]!, parts[5]!) - offset;
  const next = [...parts];
  const depth = [y, mo, d, h, mi, s].filter((x) => x !== undefined).length - 1;
  next[depth] = next[depth]! + 1;
  const end = Date.UTC(next[0]!, next[1]!, next[2]!, next[3]!, next[4]!, next[5]!) - offset;
  return { start, end };
}

function normalizeOne(v: string, t: EmuDataType, raw: string): { start: Norm; end: Norm | null } {
  const bad = (kind: string): never => {
    throw ApiError.param(400, FILTER, `Expected ${kind} value. Given "${v}".`, raw);
  };
  if (t === 'integer' || t === 'bigint') {
    if (!/^-?\d+$/.test(v) || (t === 'integer' && String(Number(v)) !== v)) bad('integer');
    return { start: Number(v), end: null };
  }
  if (NUMERIC.has(t)) {
    if (!/^-?\d*\.?\d+$/.test(v)) bad(t === 'float' || t === 'percent' ? 'number' : 'decimal');
    return { start: Number(v), end: null };
  }
  if (t === 'boolean') {
    if (/^(true|True|yes|Yes|1)$/.test(v)) return { start: 1, end: null };
    if (/^(false|False|no|No|0)$/.test(v)) return { start: 0, end: null };
    bad('boolean');
  }
  if (TEMPORAL.has(t)) {
    const p = period(v, t);
    if (!p) bad(t);
    return { start: p!.start, end: p!.end };
  }
  if (v.trim() === '') bad('not empty string');
  return { start: v, end: null };
}

function parseOperand(f: EffectiveFilter, op: string, value: string, raw: string): Operand {
  const multi = MANY_VALUE_OPS.has(op) || (f.relationship?.toMany === true && (op === 'contains' || op === 'not_contains'));
  if (multi && f.allowRange && value.includes('..')) {
    const [a, b] = value.split('..');
    return { list: [], range: { lo: normalizeOne(a ?? '', f.valueType, raw).start, hi: normalizeOne(b ?? '', f.valueType, raw).start } };
  }
  if (multi && f.allowArray && value.includes(',')) {
    if (value.split(',').some((x) => x.trim() === '')) throw ApiError.param(400, FILTER, `Expected an array of not empty strings. Given "${value}".`, raw);
    return { list: value.split(',').map((x) => normalizeOne(x, f.valueType, raw)), range: null };
  }
  return { list: [normalizeOne(value, f.valueType, raw)], range: null };
}

function rowNorm(v: unknown, t: EmuDataType): Norm | null {
  if (v === null || v === undefined) return null;
  if (NUMERIC.has(t)) return Number(v);
  if (t === 'boolean') return v ? 1 : 0;
  if (TEMPORAL.has(t)) return Date.parse(String(v).length === 10 ? `${v}T00:00:00Z` : String(v));
  return String(v);
}

function matches(x: Norm, o: Operand): boolean {
  if (o.range) return x >= o.range.lo && x <= o.range.hi;
  return o.list.some((p) => (p.end === null ? x === p.start : x >= p.start && x < p.end));
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

type Getter = (row: Row) => unknown[] | null;

/**
 * Compiles one `filter[key][op]=value` into a row predicate (PROTOCOL §3.7): operator sets and
 * list/range permissions per filter, partial dates as periods, case-sensitive strings,
 * to-many semantics (eq = any, contains = all), dotted paths through relationships.
 */
export function compileFilter(view: ViewDef, r: ResourceDef, key: string, op: string | null, value: string, raw: string, ctx: ReadContext): (row: Row) => boolean {
  const segments = key.split('.');
  let resource = r;
  const hops: RelationshipDef[] = [];
  for (let i = 0; i < segments.length - 1; i++) {
    const rel = resource.relationships.find((x) => x.name === segments[i]);
    const target = rel && !rel.polymorphic ? view.resources.get(rel.targets[0]!) : undefined;
    if (!rel || !target) throw ApiError.param(400, FILTER, NOT_SUPPORTED, raw);
    hops.push(rel);
    resource = target;
  }
  const f = filtersOf(view, resource).get(segments[segments.length - 1]!);
  if (!f) throw ApiError.param(400, FILTER, NOT_SUPPORTED, raw);
  const operator = op ?? 'eq';
  if (!f.operators.includes(operator as never) && !(op === null && f.operators.length === 0)) {
    throw ApiError.param(400, FILTER, `The operator "${operator}" is not supported.`, raw);
  }

  // Value getter on the final resource: returns normalised values, or null for "no value".
  const attr = resource.attributes.find((a) => a.name === f.key);
  const finalGet = (row: Row): unknown[] | null => {
    if (f.kind === 'id') return [row.id];
    if (f.relationship) {
      const v = f.relationship.get(row, ctx);
      if (Array.isArray(v)) return (v as Array<string | Linkage>).map((x) => (typeof x === 'string' ? x : x.id));
      if (v === null) return null;
      return [typeof v === 'string' ? v : v.id];
    }
    const v = attr!.get(row, ctx);
    return v === null || v === undefined ? null : [v];
  };
  // Through relationships: collect the values of all related rows.
  let get: Getter = finalGet;
  for (let i = hops.length - 1; i >= 0; i--) {
    const rel = hops[i]!;
    const inner = get;
    const owner = i === 0 ? r : view.resources.get(hops[i - 1]!.targets[0]!)!;
    void owner;
    const targetTable = ctx.store.tables[view.resources.get(rel.targets[0]!)!.table]!;
    get = (row) => {
      const ids = rel.get(row, ctx);
      const list = Array.isArray(ids) ? (ids as string[]) : ids === null ? [] : [ids as string];
      const out: unknown[] = [];
      for (const id of list) {
        const target = targetTable.get(id);
        const v = target ? inner(target) : null;
        if (v) out.push(...v);
      }
      return out.length ? out : null;
    };
  }

  const t = f.valueType;
  const toMany = f.relationship?.toMany === true || hops.some((h) => h.toMany);
  if (operator === 'exists' || operator === 'empty') {
    const flag = normalizeOne(value, 'boolean', raw).start === 1;
    if (operator === 'exists') return (row) => (get(row) !== null && (get(row) as unknown[]).length > 0) === flag;
    return (row) => {
      const v = get(row);
      const empty = v === null || v.every(isEmptyValue);
      return empty === flag;
    };
  }
  const operand = parseOperand(f, operator, value, raw);
  const norm = (row: Row): Norm[] | null => {
    const v = get(row);
    if (v === null) return null;
    const out = v.map((x) => rowNorm(x, t)).filter((x): x is Norm => x !== null);
    return out.length ? out : null;
  };
  const cmp = (test: (x: Norm, bound: Norm) => boolean) => (row: Row): boolean => {
    const v = norm(row);
    return v !== null && v.some((x) => test(x, operand.list[0]!.start));
  };
  const str = (test: (x: string, needle: string) => boolean) => (row: Row): boolean => {
    const v = norm(row);
    return v !== null && v.some((x) => test(String(x), String(operand.list[0]!.start)));
  };
  switch (operator) {
    case 'eq': return (row) => { const v = norm(row); return v !== null && v.some((x) => matches(x, operand)); };
    case 'neq': return (row) => { const v = norm(row); return toMany ? !(v ?? []).some((x) => matches(x, operand)) : v !== null && !v.some((x) => matches(x, operand)); };
    case 'neq_or_null': return (row) => { const v = norm(row); return v === null || !v.some((x) => matches(x, operand)); };
    case 'lt': return cmp((x, b) => x < b);
    case 'lte': return cmp((x, b) => x <= b);
    case 'gt': return cmp((x, b) => x > b);
    case 'gte': return cmp((x, b) => x >= b);
    case 'contains':
      if (toMany) return (row) => { const v = norm(row) ?? []; return operand.list.every((p) => v.includes(p.start)); };
      return str((x, n) => x.includes(n));
    case 'not_contains':
      if (toMany) return (row) => { const v = norm(row) ?? []; return !operand.list.every((p) => v.includes(p.start)); };
      return str((x, n) => !x.includes(n));
    case 'starts_with': return str((x, n) => x.startsWith(n));
    case 'not_starts_with': return str((x, n) => !x.startsWith(n));
    case 'ends_with': return str((x, n) => x.endsWith(n));
    case 'not_ends_with': return str((x, n) => !x.endsWith(n));
    default: throw ApiError.param(400, FILTER, `The operator "${operator}" is not supported.`, raw);
  }
}
