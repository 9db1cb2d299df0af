import type { JsonObject } from './openApiRefs.ts';

/**
 * Oro's OpenAPI generator gives its scalar and filter-value schemas FIXED names, unlike the
 * content-numbered models (METADATA §2.3 "scalar types …; filter unions `<t>UnionArray`,
 * `<t>UnionArrayRange`, `<t>Array`, `<t>Range`"). Their content is the same in every document
 * (METADATA §2.6, the data-types fixture), so a document that refers to one without defining it
 * (Oro's own test fixtures are "contains" subsets of the real output) can still be read. The
 * reader consults this catalogue ONLY when the document lacks the component, and says so.
 */

const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });

const DATE = '\\d{4}(-\\d{2}(-\\d{2}?)?)?';
const DATETIME = '\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2})?(:\\d{2})?(\\.\\d{2})?(Z|([-+]\\d{2}(:?\\d{2})?))?)?)?)?';
const TIME = '\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?)?)?';
const INTEGER = '-?\\d+';
const NUMBER = '-?\\d*\\.?\\d+';
const GUID = '[a-f0-9]{8}\\-[a-f0-9]{4}\\-[a-f0-9]{4}\\-[a-f0-9]{4}\\-[a-f0-9]{12}';

/** Reusable type schemas, exactly as METADATA §2.6 and the data-types fixture show them. */
const SCALARS: Record<string, JsonObject> = {
  bigint: { type: 'string', format: 'bigint', pattern: INTEGER },
  currency: { type: 'string', format: 'currency' },
  date: { type: 'string', format: 'date', pattern: DATE },
  datetime: { type: 'string', format: 'datetime', pattern: DATETIME },
  time: { type: 'string', format: 'time', pattern: TIME },
  guid: { type: 'string', format: 'guid', pattern: GUID },
  uuid: { type: 'string', format: 'uuid', pattern: GUID },
  enum: { type: 'string', format: 'word', pattern: '\\w+' },
  text: { type: 'string', format: 'text' },
  entityType: { type: 'string', format: 'entityType', pattern: '[a-zA-Z][\\w\\\\]+' },
  object: { type: 'object', additionalProperties: true },
  array: { type: 'array', items: ref('mixed') },
  mixed: {
    type: 'object',
    anyOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }, { type: 'boolean' }, ref('object'), { type: 'array', items: ref('mixed') }, { type: 'null' }],
  },
  scalar: { type: 'object', oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'number' }, { type: 'boolean' }, { type: 'null' }] },
  scalarArray: { type: 'array', items: ref('scalar') },
  objectArray: { type: 'array', items: ref('object') },
};

/**
 * Filter value types: how one value is written (`<t>` itself), and the pattern of one range bound
 * when Oro allows ranges for the type (PROTOCOL §3.7.4: never for string, boolean, enum, guid,
 * currency).
 */
const FILTER_VALUES: Record<string, { value: JsonObject; bound?: string }> = {
  string: { value: { type: 'string' } },
  text: { value: ref('text') },
  boolean: { value: { type: 'boolean' } },
  enum: { value: ref('enum') },
  guid: { value: ref('guid') },
  uuid: { value: ref('uuid') },
  currency: { value: ref('currency') },
  integer: { value: { type: 'integer' }, bound: INTEGER },
  smallint: { value: { type: 'integer' }, bound: INTEGER },
  unsignedInteger: { value: { type: 'integer' }, bound: INTEGER },
  duration: { value: { type: 'integer' }, bound: INTEGER },
  bigint: { value: ref('bigint'), bound: INTEGER },
  decimal: { value: { type: 'number' }, bound: NUMBER },
  float: { value: { type: 'number' }, bound: NUMBER },
  money: { value: { type: 'number' }, bound: NUMBER },
  money_value: { value: { type: 'number' }, bound: NUMBER },
  percent: { value: { type: 'number' }, bound: NUMBER },
  percent_100: { value: { type: 'number' }, bound: NUMBER },
  date: { value: ref('date'), bound: DATE },
  datetime: { value: ref('datetime'), bound: DATETIME },
  time: { value: ref('time'), bound: TIME },
};

/**
 * Oro's standard definition of a fixed-name schema component, or undefined for any other name
 * (models, numbered variants and names this catalogue does not know). The result is a fresh
 * object; `$ref`s inside it point to other standard names, resolved the same way.
 */
export function standardSchema(name: string): JsonObject | undefined {
  const scalar = SCALARS[name];
  if (scalar) return structuredClone(scalar);
  if (name === 'stringArray') return { type: 'array', items: { type: 'string' } };
  const orderBy = /^orderBy(?:_(.+))?$/.exec(name);
  if (orderBy) {
    const node: JsonObject = { type: 'string', format: 'orderBy', pattern: '-?[\\w\\.]+(,-?[\\w\\.]+)*' };
    if (orderBy[1] !== undefined) node.default = orderBy[1];
    return node;
  }
  const pageNumber = /^unsignedInteger_(\d+)$/.exec(name);
  if (pageNumber) return { type: 'integer', default: Number(pageNumber[1]), minimum: 0 };
  const filter = /^([A-Za-z]+?(?:_[A-Za-z0-9]+)?)(UnionArrayRange|UnionArray|Array|Range)$/.exec(name);
  if (!filter) return undefined;
  const [, t, form] = filter as unknown as [string, string, string];
  const spec = FILTER_VALUES[t];
  if (!spec) return undefined;
  switch (form) {
    case 'Array':
      return { type: 'array', items: structuredClone(spec.value) };
    case 'Range':
      return spec.bound ? { type: 'string', pattern: `${spec.bound}\\.\\.${spec.bound}` } : undefined;
    case 'UnionArray':
      return { oneOf: [structuredClone(spec.value), ref(`${t}Array`)] };
    default:
      return spec.bound ? { oneOf: [structuredClone(spec.value), ref(`${t}Array`), ref(`${t}Range`)] } : undefined;
  }
}
