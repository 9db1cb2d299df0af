import type { EmuDataType, FilterOperator, FilterOptions, RelationshipDef, ResourceDef, ViewDef } from './types.ts';

const NUMERIC_OPS: FilterOperator[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists', 'neq_or_null'];
const EQUALITY_OPS: FilterOperator[] = ['eq', 'neq', 'exists', 'neq_or_null'];

/** Default operators per data type (PROTOCOL §3.7.3). */
export function defaultOperators(t: EmuDataType): FilterOperator[] {
  switch (t) {
    case 'integer': case 'bigint': case 'decimal': case 'float': case 'percent': case 'money':
    case 'date': case 'time': case 'datetime':
      return NUMERIC_OPS;
    case 'text':
      return ['exists'];
    case 'object': case 'objectArray': case 'stringArray': case 'scalarArray':
      return [];
    default:
      return EQUALITY_OPS;
  }
}

/** Lists disallowed for string/text/boolean; ranges disallowed for string/text/boolean/enum/currency (PROTOCOL §3.7.4). */
export function defaultAllowArray(t: EmuDataType): boolean {
  return !(t === 'string' || t === 'text' || t === 'boolean');
}
export function defaultAllowRange(t: EmuDataType): boolean {
  return !(t === 'string' || t === 'text' || t === 'boolean' || t === 'currency');
}

/** A filter as the server and the OpenAPI builder see it. */
export interface EffectiveFilter {
  key: string;
  kind: 'id' | 'field' | 'relationship';
  valueType: EmuDataType;
  operators: FilterOperator[];
  allowArray: boolean;
  allowRange: boolean;
  relationship?: RelationshipDef;
}

function effective(key: string, kind: EffectiveFilter['kind'], valueType: EmuDataType, o: FilterOptions, relationship?: RelationshipDef): EffectiveFilter {
  return {
    key, kind, valueType,
    operators: o.operators ?? defaultOperators(valueType),
    allowArray: o.allowArray ?? defaultAllowArray(valueType),
    allowRange: o.allowRange ?? defaultAllowRange(valueType),
    ...(relationship ? { relationship } : {}),
  };
}

const cache = new WeakMap<ResourceDef, Map<string, EffectiveFilter>>();

/** Filters of a resource keyed by field name: id, declared attributes, associations. */
export function filtersOf(view: ViewDef, r: ResourceDef): Map<string, EffectiveFilter> {
  const hit = cache.get(r);
  if (hit) return hit;
  const out = new Map<string, EffectiveFilter>();
  out.set('id', effective('id', 'id', r.idType === 'integer' ? 'integer' : 'string', r.idFilter));
  for (const a of r.attributes) if (a.filter) out.set(a.name, effective(a.name, 'field', a.dataType, a.filter));
  for (const rel of r.relationships) {
    if (!rel.filter || rel.polymorphic) continue;
    const target = view.resources.get(rel.targets[0]!);
    const idType: EmuDataType = target?.idType === 'string' ? 'string' : 'integer';
    const ops = rel.filter.operators ?? (rel.toMany ? [...EQUALITY_OPS, 'contains', 'not_contains'] : EQUALITY_OPS);
    out.set(rel.name, effective(rel.name, 'relationship', idType, {
      operators: ops,
      allowArray: rel.filter.allowArray ?? true,
      allowRange: rel.filter.allowRange ?? idType === 'integer',
    }, rel));
  }
  cache.set(r, new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return cache.get(r)!;
}

/** Sortable field names: id, declared attributes, to-one relationships marked sortable, extras (PROTOCOL §3.4). */
export function sortersOf(r: ResourceDef): string[] {
  if (!r.sorting) return [];
  const names = ['id', ...r.attributes.filter((a) => a.sortable).map((a) => a.name), ...r.relationships.filter((x) => x.sortable).map((x) => x.name), ...r.extraSorters];
  return [...new Set(names)].sort();
}
