/** Operator names recognised as the last bracket of a filter key (PROTOCOL §3.1, §3.7.2). */
export const OPERATORS = new Set(['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists', 'neq_or_null', 'contains', 'not_contains', 'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with', 'empty']);

export interface QueryParam {
  /** The raw (decoded) key as the client sent it, used for `source.parameter`. */
  raw: string;
  /** `filter`, `fields`, `page`, `include`, `sort`, `meta`, or anything else. */
  name: string;
  /** Bracket groups joined with dots (`filter[customer][name]` → `customer.name`). */
  path: string;
  operator: string | null;
  value: string;
  /** The key had a syntax Oro's parser does not match (e.g. `filter[id]>5`): silently dropped. */
  ignored: boolean;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Parses the raw query string the way Oro 6.1's RestFilterValueAccessor does: `key=value`
 * pairs, bracket groups of `[A-Za-z0-9_.-]`, dot/bracket equivalence, the last bracket is the
 * operator when it names one, values rawurldecoded (a `+` stays a `+`).
 */
export function parseQuery(raw: string): QueryParam[] {
  const out: QueryParam[] = [];
  if (!raw) return out;
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    const m = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
    if (!m) {
      // `filter[id]>=8` style: not matched by Oro 6.1's parser, so it never reaches a filter.
      out.push({ raw: key, name: key.replace(/\[.*$/, ''), path: '', operator: null, value, ignored: /^[^[]+\[[^\]]*\][<>!~^$*]/.test(key) });
      continue;
    }
    const groups = [...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((g) => g[1]!);
    let operator: string | null = null;
    if (m[1] === 'filter' && groups.length >= 2 && OPERATORS.has(groups[groups.length - 1]!)) operator = groups.pop()!;
    out.push({ raw: key, name: m[1]!, path: groups.join('.'), operator, value, ignored: false });
  }
  return out;
}
