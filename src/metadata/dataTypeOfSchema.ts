import type { OroDataType } from './model.ts';
import { isObject, str, type RefResolver } from './openApiRefs.ts';

const STRING_FORMATS: Record<string, OroDataType> = {
  text: 'text',
  bigint: 'bigint',
  currency: 'currency',
  datetime: 'datetime',
  'date-time': 'datetime',
  date: 'date',
  time: 'time',
  guid: 'guid',
  uuid: 'uuid',
  word: 'enum',
  entityType: 'entityType',
};

function primaryType(node: Record<string, unknown>): string | undefined {
  const t = node.type;
  if (Array.isArray(t)) return t.find((x): x is string => typeof x === 'string' && x !== 'null');
  return str(t);
}

/**
 * The Oro data type behind an attribute or filter-value schema, read from the schema's content
 * (METADATA §2.6): `type`, `format`, `minimum`, `items`, `anyOf`/`oneOf`. `type: number` becomes
 * `decimal` because Oro sends decimal and money as strings and OpenAPI cannot tell them from
 * floats (METADATA §2.13); a config `scalar: Float` corrects real floats. Returns undefined for a
 * shape it does not recognise (the caller reports it).
 */
export function dataTypeOfSchema(value: unknown, pointer: string, refs: RefResolver): OroDataType | undefined {
  const resolved = refs.resolve(value, pointer);
  if (!resolved) return undefined;
  const node = resolved.node;
  const type = primaryType(node);
  switch (type) {
    case 'boolean':
      return 'boolean';
    case 'integer':
      return node.minimum === 0 ? 'unsignedInteger' : 'integer';
    case 'number':
      return 'decimal';
    case 'string': {
      const format = str(node.format);
      if (format === undefined) return 'string';
      return STRING_FORMATS[format];
    }
    case 'array': {
      const items = refs.resolve(node.items, `${resolved.pointer}/items`);
      if (!items) return 'array';
      const itemType = primaryType(items.node);
      if (Array.isArray(items.node.anyOf)) return 'array';
      if (Array.isArray(items.node.oneOf)) return 'scalarArray';
      if (itemType === 'object' || itemType === undefined) return 'objectArray';
      if (itemType === 'string') return 'stringArray';
      return 'scalarArray';
    }
    case 'object':
    case undefined: {
      if (Array.isArray(node.anyOf)) return 'mixed';
      if (Array.isArray(node.oneOf)) return 'scalar';
      if (type === 'object' && (node.additionalProperties === true || isObject(node.additionalProperties) || isObject(node.properties))) return 'object';
      if (type === 'object') return 'object';
      return undefined;
    }
    default:
      return undefined;
  }
}
