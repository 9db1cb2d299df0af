/**
 * The intermediate model (IR) of one Oro API view, read from Oro's OpenAPI 3.1 document
 * (shared METADATA.md §2, §5). Everything downstream (schema, planner, executor) works from this
 * model and from the `extensions.oro` the schema derives from it, never from OpenAPI directly.
 *
 * All names are Oro's own wire names (JSON:API `type`, attribute and relationship names).
 */

/** Oro data types as far as the OpenAPI document lets us tell them apart (METADATA §2.6). */
export type OroDataType =
  | 'string'
  | 'text'
  | 'integer'
  | 'unsignedInteger'
  | 'bigint'
  | 'boolean'
  | 'float'
  /** `type: number` in OpenAPI: Oro sends decimal and money as strings (METADATA §2.13). */
  | 'decimal'
  | 'money'
  | 'percent'
  | 'currency'
  | 'datetime'
  | 'date'
  | 'time'
  | 'guid'
  | 'uuid'
  | 'enum'
  | 'entityType'
  | 'object'
  | 'array'
  | 'scalar'
  | 'mixed'
  | 'scalarArray'
  | 'stringArray'
  | 'objectArray';

/** Filter operator names as Oro 6.1 takes them in `filter[field][op]` (PROTOCOL §3.7.2). */
export type FilterOperator =
  | 'eq'
  | 'neq'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'exists'
  | 'neq_or_null'
  | 'contains'
  | 'not_contains'
  | 'starts_with'
  | 'not_starts_with'
  | 'ends_with'
  | 'not_ends_with'
  | 'empty';

export type ResourceAction =
  | 'get_list'
  | 'get'
  | 'create'
  | 'update'
  | 'delete'
  | 'delete_list'
  | 'update_list'
  | 'get_subresource'
  | 'get_relationship'
  | 'update_relationship'
  | 'add_relationship'
  | 'delete_relationship';

export interface Attribute {
  /** Oro wire name, e.g. `sku`, `createdAt`. */
  name: string;
  dataType: OroDataType;
  /** In the response model's `attributes.required` (not nullable in Oro's metadata). */
  required: boolean;
  description?: string;
  deprecated?: boolean;
  /** Hidden by the project config. */
  hidden?: boolean;
  /** GraphQL field name chosen by the project config (`rename`). */
  graphqlName?: string;
}

export interface Relationship {
  name: string;
  toMany: boolean;
  /** Target resource types. One entry for a plain relationship; several (or none known) when polymorphic. */
  targets: string[];
  /** The spec links to the generic `relationshipToOne/ToMany` (no type enum in the linkage). */
  polymorphic: boolean;
  required: boolean;
  /** `GET /{type}/{id}/{name}` exists. */
  subresource: boolean;
  /** `GET /{type}/{id}/relationships/{name}` exists. */
  relationshipRoute: boolean;
  /**
   * Known only from a `GET /{type}/{id}/{name}` route: the association is not in the resource
   * object's `relationships`, so it cannot be requested with `include`/`fields[...]`
   * (e.g. back-office `asyncoperations/{id}/errors`, METADATA §2.2).
   */
  subresourceOnly?: boolean;
  /**
   * Where the polymorphic targets came from when they are not in the spec (METADATA §2.13):
   * `builtin` = stock Oro's known targets (src/metadata/knownPolymorphicTargets.ts).
   */
  targetsSource?: 'spec' | 'config' | 'builtin';
  description?: string;
  deprecated?: boolean;
  /** Hidden by the project config. */
  hidden?: boolean;
  /** GraphQL field name chosen by the project config (`rename`). */
  graphqlName?: string;
}

export interface Filter {
  /** The key inside `filter[...]`, e.g. `sku`, `id`, `customer.name`. */
  key: string;
  kind: 'id' | 'field' | 'relationship' | 'custom';
  /** Operators the spec lists (the bare `filter[key]` form counts as `eq`). */
  operators: FilterOperator[];
  /** Comma lists accepted (`…Array` value schema). */
  allowArray: boolean;
  /** `a..b` ranges accepted (`…Range` value schema). */
  allowRange: boolean;
  /** Scalar type of one value. */
  valueType: OroDataType;
  description?: string;
  /** JSON pointer of the bare (or first) `filter[...]` parameter in the OpenAPI document. */
  pointer?: string;
  /**
   * A multi-target (polymorphic) association filter: `key` is the association and Oro takes it as
   * `filter[<key>.<targetType>]` (PROTOCOL §3.7.7), one target type per parameter. The document
   * writes the target type as a literal `type` placeholder (`filter[activityTargets][type]`).
   */
  multiTarget?: boolean;
}

export interface InputField {
  name: string;
  required: boolean;
  /** The description carried Oro's read-only note (METADATA §2.10). */
  readOnly: boolean;
}

export interface InputShape {
  attributes: Array<InputField & { dataType: OroDataType }>;
  relationships: Array<InputField & { toMany: boolean; targets: string[]; polymorphic: boolean }>;
  /** `data.id` is required (update bodies, or create on resources without an id generator). */
  idRequired: boolean;
}

export interface Resource {
  /** JSON:API type, also the URL segment: `products`. */
  type: string;
  description?: string;
  /** Path parameter schema of `/{type}/{id}`: Oro ids are always strings on the wire either way. */
  idType: 'integer' | 'string';
  actions: ResourceAction[];
  attributes: Attribute[];
  relationships: Relationship[];
  /** Filters of the get_list operation. */
  filters: Filter[];
  /** Parsed from the `sort` description "Allowed fields: …"; empty when sorting is disabled. */
  sortableFields: string[];
  defaultSort?: string;
  /** `page[number]`/`page[size]` are accepted on get_list. */
  paging: boolean;
  defaultPageSize?: number;
  /** `include` parameter exists on get/get_list. */
  include: boolean;
  /** `fields[<type>]` parameters exist. */
  fieldsets: boolean;
  /** `meta` parameter exists. */
  meta: boolean;
  create?: InputShape;
  update?: InputShape;
  /**
   * The type is known only as a relationship target or from a sub-resource response, not from
   * its own routes (a spec dumped with `--entity=...`, METADATA §2.12). It has no root fields;
   * its attributes are whatever those responses describe (possibly none).
   */
  referenceOnly?: boolean;
  /** `page[size]` upper bound from the project config (Oro does not publish `max_results`). */
  maxPageSize?: number;
  /** Hidden by the project config: no GraphQL type or field is generated for it. */
  hidden?: boolean;
  /** GraphQL object type name chosen by the project config (`rename`). */
  graphqlName?: string;
  /** Oro marked the resource's read operations `deprecated`. */
  deprecated?: boolean;
  /**
   * Oro's title words from the read operations' `summary` "Get <Title Words>" (METADATA §2.2):
   * `single` from `get` ("Product Image"), `list` from `get_list` ("Product Images").
   */
  titles?: { single?: string; list?: string };
}

export interface MetadataWarning {
  /** JSON pointer into the OpenAPI document (or into the config file when `source` is `config`). */
  pointer: string;
  message: string;
  /** What `pointer` points into; absent means the OpenAPI document. */
  source?: 'openapi' | 'config' | 'schema';
  /**
   * `notice`: a documented, deterministic naming rule was applied (e.g. an uncountable type such
   * as `webcatalogtree` gets `webcatalogtreeById`); nothing is wrong with the input. Absent means
   * a real warning.
   */
  severity?: 'notice';
}

export interface ResourceModel {
  /** `info.title` of the document. */
  title: string;
  /** Path prefix of every route: `/api` (storefront, or platform-only back office) or `/admin/api`. */
  basePath: string;
  /** Header parameters the view declares, e.g. `X-Localization-ID`, `X-Currency`. */
  headers: string[];
  /** Keyed by JSON:API type, sorted by type. */
  resources: Record<string, Resource>;
  warnings: MetadataWarning[];
}
