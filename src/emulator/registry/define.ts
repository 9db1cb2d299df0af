import type { AttributeDef, EmuDataType, FilterOptions, Linkage, ReadContext, RelationshipDef, ResourceAction, ResourceDef } from './types.ts';
import type { Row } from '../data/table.ts';

/** Shorthand builders so one resource is one declaration (see storefrontResources.ts). */

export interface AttrOptions {
  required?: boolean;
  readOnly?: boolean;
  description?: string;
  get?: (row: Row, ctx: ReadContext) => unknown;
  /** `true` = default operators of the data type. */
  filter?: boolean | FilterOptions;
  sort?: boolean;
}

export function attr(name: string, dataType: EmuDataType, o: AttrOptions = {}): AttributeDef {
  return {
    name, dataType, required: o.required ?? false, readOnly: o.readOnly ?? (name === 'createdAt' || name === 'updatedAt'),
    ...(o.description ? { description: o.description } : {}),
    get: o.get ?? ((row) => row[name] ?? null),
    ...(o.filter ? { filter: o.filter === true ? {} : o.filter } : {}),
    sortable: o.sort ?? false,
  };
}

/** A localized string: the storefront renders the value of the current localization (PROTOCOL §4.5). */
export function localized(name: string, field: string, o: Omit<AttrOptions, 'get'> & { dataType?: EmuDataType } = {}): AttributeDef {
  return attr(name, o.dataType ?? 'string', { ...o, get: (row, ctx) => (row[field] as string[] | undefined)?.[ctx.loc] ?? (row[field] as string[] | undefined)?.[0] ?? null });
}

export interface RelOptions {
  required?: boolean;
  readOnly?: boolean;
  description?: string;
  /** Row field holding the id(s); default `<name>Id` / `<name>Ids`. */
  field?: string;
  get?: (row: Row, ctx: ReadContext) => string | null | string[] | Linkage | null | Linkage[];
  /** Association filters are on by default (PROTOCOL §3.7.3). */
  filter?: boolean | FilterOptions;
  sort?: boolean;
  subresource?: boolean;
  relationshipRoute?: boolean;
}

export function toOne(name: string, target: string, o: RelOptions = {}): RelationshipDef {
  const field = o.field ?? `${name}Id`;
  const r = rel(name, [target], false, false, o, o.get ?? ((row) => (row[field] as string | null | undefined) ?? null));
  return o.get ? r : { ...r, field };
}

export function toMany(name: string, target: string, o: RelOptions = {}): RelationshipDef {
  const field = o.field ?? `${name.replace(/s$/, '')}Ids`;
  return rel(name, [target], true, false, o, o.get ?? ((row) => (row[field] as string[] | undefined) ?? []));
}

export function polymorphicToOne(name: string, targets: string[], get: RelationshipDef['get'], o: RelOptions = {}): RelationshipDef {
  return rel(name, targets, false, true, o, get);
}

function rel(name: string, targets: string[], many: boolean, polymorphic: boolean, o: RelOptions, get: RelationshipDef['get']): RelationshipDef {
  const filter = o.filter ?? !polymorphic;
  return {
    name, targets, polymorphic, toMany: many, required: o.required ?? false, readOnly: o.readOnly ?? false,
    ...(o.description ? { description: o.description } : {}),
    get,
    ...(filter ? { filter: filter === true ? {} : filter } : {}),
    sortable: o.sort ?? false,
    subresource: o.subresource ?? true,
    relationshipRoute: o.relationshipRoute ?? true,
  };
}

export const READ_ONLY: ResourceAction[] = ['get_list', 'get', 'get_subresource', 'get_relationship'];
export const GET_ONLY: ResourceAction[] = ['get', 'get_subresource', 'get_relationship'];
export const CRUD: ResourceAction[] = [
  'get_list', 'get', 'create', 'update', 'delete', 'delete_list', 'get_subresource', 'get_relationship',
  'update_relationship', 'add_relationship', 'delete_relationship',
];

export interface ResourceOptions {
  type: string;
  table: string;
  label: [string, string];
  description?: string;
  idType?: 'integer' | 'string';
  actions?: ResourceAction[];
  attributes?: AttributeDef[];
  relationships?: RelationshipDef[];
  idFilter?: FilterOptions;
  extraSorters?: string[];
  defaultSort?: string;
  paging?: boolean;
  sorting?: boolean;
  publicAccess?: boolean;
  ownerCustomer?: ResourceDef['ownerCustomer'];
  title?: ResourceDef['title'];
  resolveId?: ResourceDef['resolveId'];
}

export function resource(o: ResourceOptions): ResourceDef {
  const idType = o.idType ?? 'integer';
  return {
    type: o.type, table: o.table, idType, label: o.label,
    ...(o.description ? { description: o.description } : {}),
    actions: o.actions ?? READ_ONLY,
    attributes: o.attributes ?? [],
    relationships: o.relationships ?? [],
    idFilter: o.idFilter ?? (idType === 'integer' ? { operators: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'], allowArray: true, allowRange: true } : { operators: ['eq', 'neq'], allowArray: true, allowRange: false }),
    extraSorters: o.extraSorters ?? [],
    defaultSort: o.defaultSort ?? 'id',
    paging: o.paging ?? true,
    sorting: o.sorting ?? true,
    publicAccess: o.publicAccess ?? false,
    ...(o.ownerCustomer ? { ownerCustomer: o.ownerCustomer } : {}),
    title: o.title ?? ((row) => String(row.name ?? row.title ?? row.id)),
    ...(o.resolveId ? { resolveId: o.resolveId } : {}),
  };
}
