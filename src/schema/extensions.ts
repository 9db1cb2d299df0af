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
  | { kind: 'list'; resource: string }
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
    }
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

export function oroExtension<T>(element: { extensions?: unknown } | null | undefined): T | undefined {
  const ext = element?.extensions as { oro?: T } | undefined;
  return ext?.oro;
}
