/** One query-string pair before encoding, e.g. `{ key: 'filter[sku]', value: 'A,B' }`. */
export interface QueryParam {
  key: string;
  value: string;
}

/**
 * Encodes JSON:API query parameters the way Oro writes its own paging links (PROTOCOL §4.3):
 * sorted by name, brackets percent-encoded (`filter%5Bid%5D`), values encoded with
 * `encodeURIComponent` except `,` which stays literal because Oro `rawurldecode`s values before
 * splitting comma lists (PROTOCOL §3.1) and a literal comma keeps plans readable. `+` in datetimes
 * becomes `%2B` (PROTOCOL §3.7.5). Repeated keys are rejected: Oro's behaviour with them is
 * undefined (PROTOCOL §11.5) — callers must join values with commas instead.
 */
export function buildQueryString(params: readonly QueryParam[]): string {
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.key)) throw new Error(`query parameter ${p.key} given twice`);
    seen.add(p.key);
  }
  return [...params]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => `${encodeKey(p.key)}=${encodeValue(p.value)}`)
    .join('&');
}

/** `path` + `?` + query, or just `path` when there are no parameters. */
export function withQuery(path: string, params: readonly QueryParam[]): string {
  const qs = buildQueryString(params);
  return qs === '' ? path : `${path}?${qs}`;
}

function encodeKey(key: string): string {
  return encodeURIComponent(key);
}

function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',');
}

/**
 * Formats one filter value for Oro 6.1 (PROTOCOL §3.7.1, §3.7.4): lists comma-joined, ranges
 * `from..to`, booleans `true`/`false`, everything else as its string form.
 */
export function formatFilterValue(value: unknown, form: 'single' | 'list' | 'range' | 'boolean'): string {
  if (form === 'list') {
    const list = Array.isArray(value) ? value : [value];
    return list.map((v) => scalarString(v)).join(',');
  }
  if (form === 'range') {
    const r = value as { from?: unknown; to?: unknown };
    return `${scalarString(r.from)}..${scalarString(r.to)}`;
  }
  if (form === 'boolean') return value ? 'true' : 'false';
  return scalarString(value);
}

function scalarString(v: unknown): string {
  if (v instanceof Date) return v.toISOString().replace(/\.000Z$/, 'Z');
  if (v === null || v === undefined) return '';
  return String(v);
}

/**
 * The `filter[...]` key for a filter and operator: the bare form for `eq` (PROTOCOL §3.7.1, the
 * OpenAPI document lists `filter[x]` whenever `eq` is supported, METADATA §2.7), the bracket
 * operator form otherwise (PROTOCOL §3.7.1: symbol operators are silently ignored on 6.1).
 */
export function filterKey(key: string, operator: string): string {
  return operator === 'eq' ? `filter[${key}]` : `filter[${key}][${operator}]`;
}

/** `X-Include` header value: keys joined with `;` (PROTOCOL §2.1, §8.4). */
export function xIncludeHeader(keys: readonly string[]): string {
  return keys.join(';');
}
