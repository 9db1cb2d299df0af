import { getNamedType, getNullableType, isInputObjectType, isListType } from 'graphql';
import type { GraphQLInputType } from 'graphql';
import { GatewayError } from '../errors.ts';
import { filterKey, formatFilterValue } from '../jsonapi/buildQueryString.ts';
import type { QueryParam } from '../jsonapi/buildQueryString.ts';
import { oroExtension } from '../schema/extensions.ts';
import type { OroFilterFieldExtension, OroFilterOperatorExtension } from '../schema/extensions.ts';

/** Query parameters plus, for each, the GraphQL argument path it came from (for 400 mapping). */
export interface ArgumentParams {
  params: QueryParam[];
  parameterPaths: Map<string, string>;
}

/**
 * Turns a coerced `filter` argument into Oro 6.1 filter parameters (PROTOCOL §3.7): each input
 * field carries `extensions.oro` (`filterField` with the key, `filterOperator` with the operator
 * and value form), so this never looks at names. A scalar filter field is `eq`; a list value on it
 * is a comma list. Two inputs that would produce the same key are refused (PROTOCOL §11.5).
 */
export function filterParams(type: GraphQLInputType, value: unknown, argumentPath: string): ArgumentParams {
  const out: ArgumentParams = { params: [], parameterPaths: new Map() };
  walkFilter(type, value, argumentPath, out);
  return out;
}

function walkFilter(type: GraphQLInputType, value: unknown, path: string, out: ArgumentParams): void {
  const named = getNamedType(type);
  if (value === null || value === undefined || !isInputObjectType(named)) return;
  const fields = named.getFields();
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[name];
    if (!field || v === undefined || v === null) continue;
    const fieldPath = `${path}.${name}`;
    const ext = oroExtension<OroFilterFieldExtension>(field);
    if (ext?.kind !== 'filterField') {
      walkFilter(field.type, v, fieldPath, out);
      continue;
    }
    const fieldNamed = getNamedType(field.type);
    if (isInputObjectType(fieldNamed)) {
      const opFields = fieldNamed.getFields();
      for (const [opName, opValue] of Object.entries(v as Record<string, unknown>)) {
        const opField = opFields[opName];
        const op = oroExtension<OroFilterOperatorExtension>(opField);
        if (!opField || op?.kind !== 'filterOperator' || opValue === undefined || opValue === null) continue;
        add(out, filterKey(ext.key, op.operator), formatFilterValue(opValue, op.form), `${fieldPath}.${opName}`);
      }
    } else {
      const form = isListType(getNullableType(field.type)) ? 'list' : 'single';
      add(out, filterKey(ext.key, 'eq'), formatFilterValue(v, form), fieldPath);
    }
  }
}

function add(out: ArgumentParams, key: string, value: string, path: string): void {
  if (out.parameterPaths.has(key)) {
    throw new GatewayError('BAD_USER_INPUT', `Arguments ${out.parameterPaths.get(key)} and ${path} set the same Oro filter; give only one.`, {
      details: { argumentPath: path },
    });
  }
  out.params.push({ key, value });
  out.parameterPaths.set(key, path);
}

/**
 * The `sort` parameter (PROTOCOL §3.4) from a coerced sort argument: enum values are Oro sort
 * fields (`-` prefix = descending); a list is comma-joined; an input object `{field, direction}`
 * is also accepted in case the schema models direction separately.
 */
export function sortParam(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const items = Array.isArray(value) ? value : [value];
  const parts: string[] = [];
  for (const item of items) {
    if (typeof item === 'string') parts.push(item);
    else if (typeof item === 'object' && item !== null) {
      const o = item as { field?: unknown; direction?: unknown };
      if (typeof o.field === 'string') parts.push(`${String(o.direction).toUpperCase() === 'DESC' ? '-' : ''}${o.field}`);
    }
  }
  return parts.length > 0 ? parts.join(',') : undefined;
}
