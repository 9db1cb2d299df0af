import type { FilterOperator, ResourceAction } from '../../metadata/model.ts';
import type { DemoStore } from '../data/demoStore.ts';
import type { Row } from '../data/table.ts';

export type { FilterOperator, ResourceAction };
export type ApiView = 'storefront' | 'back-office';

/** Oro data types the emulator renders (PROTOCOL §4.4, METADATA §2.6). */
export type EmuDataType =
  | 'string' | 'text' | 'integer' | 'bigint' | 'boolean' | 'float' | 'decimal' | 'money' | 'percent'
  | 'currency' | 'datetime' | 'date' | 'time' | 'object' | 'objectArray' | 'stringArray' | 'scalarArray';

/** Who is calling; decides visibility (PROTOCOL §7.2). */
export type Principal =
  | { kind: 'admin'; username: string }
  | { kind: 'customerUser'; customerUserId: string; customerId: string }
  | { kind: 'visitor' };

export interface ReadContext {
  store: DemoStore;
  /** Position of the current localization (storefront `X-Localization-ID`), 0 = default. */
  loc: number;
  principal: Principal;
}

export interface Linkage { type: string; id: string }

export interface FilterOptions {
  /** Operators; default by data type (PROTOCOL §3.7.3). */
  operators?: FilterOperator[];
  allowArray?: boolean;
  allowRange?: boolean;
}

export interface AttributeDef {
  name: string;
  dataType: EmuDataType;
  /** Not nullable in Oro's metadata (goes into OpenAPI `required`). */
  required: boolean;
  /** Ignored on input (createdAt/updatedAt and computed fields). */
  readOnly: boolean;
  description?: string;
  get(row: Row, ctx: ReadContext): unknown;
  filter?: FilterOptions;
  sortable: boolean;
}

export interface RelationshipDef {
  name: string;
  /** Target type; for a polymorphic relationship the acceptable target types. */
  targets: string[];
  polymorphic: boolean;
  toMany: boolean;
  required: boolean;
  readOnly: boolean;
  description?: string;
  /** Ids (same-typed) or linkages (polymorphic). */
  get(row: Row, ctx: ReadContext): string | null | string[] | Linkage | null | Linkage[];
  /** Row field holding the id(s), when the relationship reads one; lets the store answer filters from an index. */
  field?: string;
  filter?: FilterOptions;
  sortable: boolean;
  subresource: boolean;
  relationshipRoute: boolean;
}

export interface ResourceDef {
  type: string;
  /** Store table the rows come from. */
  table: string;
  idType: 'integer' | 'string';
  /** Human names for OpenAPI summaries: ['Product', 'Products']. */
  label: [string, string];
  description?: string;
  actions: ResourceAction[];
  attributes: AttributeDef[];
  relationships: RelationshipDef[];
  /** Filter on the identifier (always present). */
  idFilter: FilterOptions;
  /** Extra sorters with dot paths, e.g. `brand.name`. */
  extraSorters: string[];
  defaultSort: string;
  paging: boolean;
  sorting: boolean;
  /** Storefront: readable without credentials (guest whitelist, PROTOCOL §7.2). */
  publicAccess: boolean;
  /** Storefront: the customer that owns a row; rows of other customers are invisible. */
  ownerCustomer?: (row: Row) => string | null;
  /** `meta=title` text. */
  title(row: Row, ctx: ReadContext): string;
  /** Predefined ids such as `mine` (storefront customers/customerusers). */
  resolveId?: (id: string, ctx: ReadContext) => string | null;
}

export interface ViewDef {
  view: ApiView;
  basePath: string;
  title: string;
  headers: string[];
  resources: Map<string, ResourceDef>;
}
