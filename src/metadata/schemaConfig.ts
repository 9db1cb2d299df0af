import type { OroDataType } from './model.ts';

/**
 * The project config's `schema:` section: what a team overrides because the OpenAPI document gets
 * it wrong or because they want it different (METADATA §2.13: decimal vs float, polymorphic
 * targets, page sizes). The same file may carry a `gateway:` section for server settings; this
 * module ignores it. `views.<view>` holds per-view settings merged over the shared ones.
 *
 * ```yaml
 * schema:
 *   pageSize: { default: 10, max: 100 }
 *   resources:
 *     products:
 *       rename: CatalogProduct
 *       fields: { weight: { scalar: Float }, internalNotes: { hidden: true } }
 *       relationships: { brand: { rename: manufacturer } }
 *   views:
 *     storefront:
 *       resources:
 *         webcatalogtree:
 *           relationships:
 *             content: { targets: [mastercatalogcategories, productcollection, products, systempages] }
 * ```
 */

/** GraphQL scalar names a field may be forced to, and the Oro data type each one stands for. */
export const SCALAR_OVERRIDES = {
  String: 'string',
  Int: 'integer',
  Float: 'float',
  Boolean: 'boolean',
  Decimal: 'decimal',
  BigInt: 'bigint',
  DateTime: 'datetime',
  Date: 'date',
  Time: 'time',
  JSON: 'object',
} as const satisfies Record<string, OroDataType>;

export type ScalarOverride = keyof typeof SCALAR_OVERRIDES;

export interface PageSizeConfig {
  /** `first` when the client gives none. */
  default?: number;
  /** Largest `first`/`last` accepted. */
  max?: number;
}

export interface FieldConfig {
  hidden?: boolean;
  /** GraphQL field name; the Oro name stays in `extensions.oro`. */
  rename?: string;
  /** Force the GraphQL scalar (e.g. `Float` for a `type: number` attribute that really is a float). */
  scalar?: ScalarOverride;
}

export interface RelationshipConfig {
  hidden?: boolean;
  rename?: string;
  /** Acceptable target types of a polymorphic relationship (OpenAPI does not list them). */
  targets?: string[];
}

export interface ResourceConfig {
  hidden?: boolean;
  /** GraphQL object type name. */
  rename?: string;
  fields?: Record<string, FieldConfig>;
  relationships?: Record<string, RelationshipConfig>;
  pageSize?: PageSizeConfig;
}

export interface SchemaSettings {
  resources?: Record<string, ResourceConfig>;
  pageSize?: PageSizeConfig;
}

export interface SchemaConfig extends SchemaSettings {
  /** Per-view settings (`storefront`, `back-office`), merged over the shared ones. */
  views?: Record<string, SchemaSettings>;
}

/** A config file whose shape is wrong; `path` names the bad key (`schema.resources.products.hidden`). */
export class SchemaConfigError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`Invalid config at ${path}: ${message}`);
    this.name = 'SchemaConfigError';
    this.path = path;
  }
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function expectObject(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SchemaConfigError(path, `expected an object (mapping), got ${describe(value)}`);
  }
  return value as Record<string, unknown>;
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      throw new SchemaConfigError(path ? `${path}.${key}` : key, `unknown key "${key}" (allowed: ${allowed.join(', ')})`);
    }
  }
}

function optBoolean(obj: Record<string, unknown>, key: string, path: string): boolean | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw new SchemaConfigError(`${path}.${key}`, `expected true or false, got ${describe(v)}`);
  return v;
}

function optName(obj: Record<string, unknown>, key: string, path: string): string | undefined {
  const v = obj[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !GRAPHQL_NAME.test(v) || v.startsWith('__')) {
    throw new SchemaConfigError(`${path}.${key}`, `expected a GraphQL name (letters, digits, _; not starting with a digit or "__"), got ${describe(v)}`);
  }
  return v;
}

function parsePageSize(value: unknown, path: string): PageSizeConfig {
  const obj = expectObject(value, path);
  checkKeys(obj, ['default', 'max'], path);
  const out: PageSizeConfig = {};
  for (const key of ['default', 'max'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new SchemaConfigError(`${path}.${key}`, `expected a whole number of at least 1, got ${describe(v)}`);
    }
    out[key] = v;
  }
  if (out.default !== undefined && out.max !== undefined && out.default > out.max) {
    throw new SchemaConfigError(`${path}.default`, `default (${out.default}) is larger than max (${out.max})`);
  }
  return out;
}

function parseField(value: unknown, path: string): FieldConfig {
  const obj = expectObject(value, path);
  checkKeys(obj, ['hidden', 'rename', 'scalar'], path);
  const out: FieldConfig = {};
  const hidden = optBoolean(obj, 'hidden', path);
  if (hidden !== undefined) out.hidden = hidden;
  const rename = optName(obj, 'rename', path);
  if (rename !== undefined) out.rename = rename;
  if (obj.scalar !== undefined) {
    if (typeof obj.scalar !== 'string' || !Object.hasOwn(SCALAR_OVERRIDES, obj.scalar)) {
      throw new SchemaConfigError(`${path}.scalar`, `expected one of ${Object.keys(SCALAR_OVERRIDES).join(', ')}, got ${describe(obj.scalar)}`);
    }
    out.scalar = obj.scalar as ScalarOverride;
  }
  return out;
}

function parseRelationship(value: unknown, path: string): RelationshipConfig {
  const obj = expectObject(value, path);
  checkKeys(obj, ['hidden', 'rename', 'targets'], path);
  const out: RelationshipConfig = {};
  const hidden = optBoolean(obj, 'hidden', path);
  if (hidden !== undefined) out.hidden = hidden;
  const rename = optName(obj, 'rename', path);
  if (rename !== undefined) out.rename = rename;
  if (obj.targets !== undefined) {
    if (!Array.isArray(obj.targets) || obj.targets.length === 0) {
      throw new SchemaConfigError(`${path}.targets`, `expected a non-empty list of Oro resource types, got ${describe(obj.targets)}`);
    }
    obj.targets.forEach((t, i) => {
      if (typeof t !== 'string' || !/^[A-Za-z0-9_]+$/.test(t)) {
        throw new SchemaConfigError(`${path}.targets[${i}]`, `expected an Oro resource type such as "products", got ${describe(t)}`);
      }
    });
    out.targets = [...new Set(obj.targets as string[])].sort();
  }
  return out;
}

function parseMap<T>(value: unknown, path: string, parseItem: (v: unknown, p: string) => T): Record<string, T> {
  const obj = expectObject(value, path);
  const out: Record<string, T> = {};
  for (const [key, item] of Object.entries(obj)) out[key] = parseItem(item, `${path}.${key}`);
  return out;
}

function parseResource(value: unknown, path: string): ResourceConfig {
  const obj = expectObject(value, path);
  checkKeys(obj, ['hidden', 'rename', 'fields', 'relationships', 'pageSize'], path);
  const out: ResourceConfig = {};
  const hidden = optBoolean(obj, 'hidden', path);
  if (hidden !== undefined) out.hidden = hidden;
  const rename = optName(obj, 'rename', path);
  if (rename !== undefined) out.rename = rename;
  if (obj.fields !== undefined) out.fields = parseMap(obj.fields, `${path}.fields`, parseField);
  if (obj.relationships !== undefined) out.relationships = parseMap(obj.relationships, `${path}.relationships`, parseRelationship);
  if (obj.pageSize !== undefined) out.pageSize = parsePageSize(obj.pageSize, `${path}.pageSize`);
  return out;
}

function parseSettings(obj: Record<string, unknown>, path: string, out: SchemaSettings): void {
  if (obj.resources !== undefined) out.resources = parseMap(obj.resources, `${path}.resources`, parseResource);
  if (obj.pageSize !== undefined) out.pageSize = parsePageSize(obj.pageSize, `${path}.pageSize`);
}

/**
 * Validates a whole project config file (already parsed from JSON or YAML) and returns its
 * `schema:` section. Top-level keys other than `schema` and `gateway` are rejected; `gateway` is
 * left to the server's config module. Throws {@link SchemaConfigError} naming the bad key.
 */
export function parseSchemaConfig(file: unknown): SchemaConfig {
  if (file === null || file === undefined) return {};
  const root = expectObject(file, '(top level)');
  checkKeys(root, ['schema', 'gateway'], '');
  if (root.schema === undefined || root.schema === null) return {};
  const schema = expectObject(root.schema, 'schema');
  checkKeys(schema, ['resources', 'pageSize', 'views'], 'schema');
  const out: SchemaConfig = {};
  parseSettings(schema, 'schema', out);
  if (schema.views !== undefined) {
    out.views = parseMap(schema.views, 'schema.views', (value, path) => {
      const obj = expectObject(value, path);
      checkKeys(obj, ['resources', 'pageSize'], path);
      const settings: SchemaSettings = {};
      parseSettings(obj, path, settings);
      return settings;
    });
  }
  return out;
}

function mergeResource(base: ResourceConfig | undefined, over: ResourceConfig): ResourceConfig {
  return {
    ...base,
    ...over,
    fields: { ...base?.fields, ...over.fields },
    relationships: { ...base?.relationships, ...over.relationships },
    pageSize: { ...base?.pageSize, ...over.pageSize },
  };
}

/** The settings that apply to one view: `schema.views.<view>` merged over the shared settings. */
export function resolveViewSettings(config: SchemaConfig | undefined, view: string | undefined): SchemaSettings {
  const base: SchemaSettings = { resources: { ...config?.resources }, pageSize: { ...config?.pageSize } };
  const over = view ? config?.views?.[view] : undefined;
  if (!over) return base;
  const resources = { ...base.resources };
  for (const [type, rc] of Object.entries(over.resources ?? {})) resources[type] = mergeResource(resources[type], rc);
  return { resources, pageSize: { ...base.pageSize, ...over.pageSize } };
}
