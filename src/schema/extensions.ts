import type { FilterOperator, OroDataType } from '../metadata/model.ts';

/**
 * The Oro mapping every generated schema element carries in `extensions.oro`. The planner and
 * the resolvers are generic: they read these, never type or field names.
 *
 * Object types:      `GraphQLObjectType.extensions.oro: OroObjectTypeExtension`
 * Fields:            `GraphQLField.extensions.oro: OroFieldExtension`
 * Filter inputs:     `GraphQLInputField.extensions.oro: OroFilterFieldExtension | OroFilterOperatorExtension`
 * Sort enums:        each `GraphQLEnumValue.value` is the Oro sort field name (e.g. `createdAt`).
 */

export interface OroObjectTypeExtension {
  kind: 'resource' | 'connection' | 'edge' | 'pageInfo';
  /** JSON:API type of the resource (for connections and edges: of their nodes). */
  resource?: string;
}

export type OroFieldExtension =
  /** Root `products(first, after, last, before, filter, sort)`: returns a connection. */
  | {
      kind: 'list';
      resource: string;
      /** Page size when the client gives no `first`/`last` (config, else Oro's `page[size]` default). */
      defaultPageSize?: number;
      /** Largest accepted `first`/`last` (config). */
      maxPageSize?: number;
      /** Oro accepts `page[number]`/`page[size]` (false: the list is returned whole). */
      paging?: boolean;
    }
  /** Root `product(id: ID!)`: returns the resource or null. */
  | { kind: 'item'; resource: string }
  /** The resource's `id` field. */
  | { kind: 'id' }
  | { kind: 'attribute'; name: string; dataType: OroDataType }
  | {
      kind: 'relationship';
      /** Oro relationship name (`fields[...]`/`include` path segment). */
      name: string;
      toMany: boolean;
      targets: string[];
      polymorphic: boolean;
      /** To-many returned as a connection with `first/after/filter/sort` arguments. */
      connection: boolean;
      /** `GET /{type}/{id}/{name}` exists. */
      subresource: boolean;
      /** Not in the resource object: reachable only through the sub-resource route (no `include`). */
      subresourceOnly?: boolean;
      defaultPageSize?: number;
      maxPageSize?: number;
    }
  /** `OroResource.type`: the JSON:API type of a resource whose type is not in the schema. */
  | { kind: 'resourceType' }
  /** Fields of connection, edge and page-info types. */
  | { kind: 'nodes' | 'edges' | 'node' | 'cursor' | 'pageInfo' | 'totalCount' | 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor' };

/** A field of a resource's filter input, e.g. `ProductFilter.sku`. */
export interface OroFilterFieldExtension {
  kind: 'filterField';
  /** The key inside `filter[...]`. */
  key: string;
  valueType: OroDataType;
}

/** A field of a per-field operator input, e.g. `ProductSkuFilter.in`. */
export interface OroFilterOperatorExtension {
  kind: 'filterOperator';
  /** Oro operator the value is sent with. */
  operator: FilterOperator;
  /** `list`: value is a list joined with commas; `range`: `{from, to}` sent as `from..to`; `boolean`: exists/empty. */
  form: 'single' | 'list' | 'range' | 'boolean';
}

/**
 * `extensions.oro` of the abstract types: the `Node` interface every resource type implements,
 * and the union generated for a polymorphic relationship with known targets. The executor's
 * `resolveType` maps the JSON:API `type` of a linkage to the object type whose
 * `OroObjectTypeExtension.resource` equals it, and falls back to `fallback` (`OroResource`,
 * when present) for a type the schema does not know.
 */
export interface OroAbstractTypeExtension {
  kind: 'node' | 'polymorphic';
  /** JSON:API types of the members (for `node`: every resource in the schema). */
  targets: string[];
  /** Object type name for resources whose type has no object type of its own. */
  fallback?: string;
}

/**
 * `extensions.oro` of generated input object types: a resource's filter input (`ProductFilter`),
 * one filterable key's operator input (`ProductSkuFilter`), a range (`IntRange`) or a sort input.
 */
export interface OroInputTypeExtension {
  kind: 'filter' | 'filterOperators' | 'range' | 'sort';
  resource?: string;
  /** For `filterOperators`: the key inside `filter[...]`. */
  key?: string;
}

/**
 * `extensions.oro` of the sort input's fields: `field` carries the enum of Oro sort field names,
 * `direction` is `ASC` (sent as `name`) or `DESC` (sent as `-name`), PROTOCOL §3.4.
 */
export interface OroSortFieldExtension {
  kind: 'sortField' | 'sortDirection';
}

export function oroExtension<T>(element: { extensions?: unknown } | null | undefined): T | undefined {
  const ext = element?.extensions as { oro?: T } | undefined;
  return ext?.oro;
}
