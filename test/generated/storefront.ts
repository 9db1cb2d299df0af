import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date "YYYY-MM-DD" (filters also accept "YYYY" and "YYYY-MM" as periods). */
  Date: { input: string; output: string; }
  /** A date and time in ISO 8601 as Oro sends it (UTC, e.g. "2024-03-01T10:11:12Z"). In filters a partial value ("2024-03") stands for the whole period. */
  DateTime: { input: string; output: string; }
  /** A decimal number (Oro decimal, money and price values) as the exact text Oro sends, e.g. "12.9900". Inputs may be strings or numbers. */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** Conditions on Brand records; all of them apply (Oro filter[...]). */
export type BrandFilter = {
  /** Filter by id. */
  id?: InputMaybe<BrandIdCondition>;
};

/** Conditions on the id of Brand; several conditions all apply. */
export type BrandIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type BrandSort = {
  direction?: InputMaybe<SortDirection>;
  field: BrandSortField;
};

/** Fields Brand records can be ordered by. */
export type BrandSortField =
  /** The default order. */
  | 'id'
  | 'name';

/** Conditions on Country records; all of them apply (Oro filter[...]). */
export type CountryFilter = {
  /** Filter by id. */
  id?: InputMaybe<CountryIdCondition>;
  /** Filter by "name". */
  name?: InputMaybe<CountryNameCondition>;
  /** Filter by the id(s) of "regions". */
  regions?: InputMaybe<CountryRegionsCondition>;
};

/** Conditions on the id of Country; several conditions all apply. */
export type CountryIdCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Country; several conditions all apply. */
export type CountryNameCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[name][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[name][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[name][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[name][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "regions" of Country; several conditions all apply. */
export type CountryRegionsCondition = {
  /** Related to all of these ids. Oro: filter[regions][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[regions][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[regions][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[regions][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[regions][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[regions][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[regions][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[regions][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CountrySort = {
  direction?: InputMaybe<SortDirection>;
  field: CountrySortField;
};

/** Fields Country records can be ordered by. */
export type CountrySortField =
  /** The default order. */
  | 'id'
  | 'name'
  | 'regions';

/** Conditions on "city" of CustomerAddress; several conditions all apply. */
export type CustomerAddressCityCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[city][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[city][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[city][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[city][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "country" of CustomerAddress; several conditions all apply. */
export type CustomerAddressCountryCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[country][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[country][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[country][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[country][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[country][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[country][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "customer" of CustomerAddress; several conditions all apply. */
export type CustomerAddressCustomerCondition = {
  /** Between from and to, both included. Oro: filter[customer][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[customer][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[customer][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[customer][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[customer][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[customer][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[customer][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on CustomerAddress records; all of them apply (Oro filter[...]). */
export type CustomerAddressFilter = {
  /** Filter by "city". */
  city?: InputMaybe<CustomerAddressCityCondition>;
  /** Filter by the id(s) of "country". */
  country?: InputMaybe<CustomerAddressCountryCondition>;
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<CustomerAddressCustomerCondition>;
  /** Filter by id. */
  id?: InputMaybe<CustomerAddressIdCondition>;
  /** Filter by "postalCode". */
  postalCode?: InputMaybe<CustomerAddressPostalCodeCondition>;
  /** Filter by the id(s) of "region". */
  region?: InputMaybe<CustomerAddressRegionCondition>;
};

/** Conditions on the id of CustomerAddress; several conditions all apply. */
export type CustomerAddressIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "postalCode" of CustomerAddress; several conditions all apply. */
export type CustomerAddressPostalCodeCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[postalCode][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[postalCode][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[postalCode][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[postalCode][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "region" of CustomerAddress; several conditions all apply. */
export type CustomerAddressRegionCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[region][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[region][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[region][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[region][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[region][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[region][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomerAddressSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomerAddressSortField;
};

/** Fields CustomerAddress records can be ordered by. */
export type CustomerAddressSortField =
  /** The default order. */
  | 'id';

/** Conditions on "addresses" of Customer; several conditions all apply. */
export type CustomerAddressesCondition = {
  /** Between from and to, both included. Oro: filter[addresses][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[addresses][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[addresses][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[addresses][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[addresses][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[addresses][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[addresses][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[addresses][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[addresses][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "children" of Customer; several conditions all apply. */
export type CustomerChildrenCondition = {
  /** Between from and to, both included. Oro: filter[children][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[children][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[children][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[children][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[children][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[children][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[children][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[children][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[children][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Customer records; all of them apply (Oro filter[...]). */
export type CustomerFilter = {
  /** Filter by the id(s) of "addresses". */
  addresses?: InputMaybe<CustomerAddressesCondition>;
  /** Filter by the id(s) of "children". */
  children?: InputMaybe<CustomerChildrenCondition>;
  /** Filter by the id(s) of "group". */
  group?: InputMaybe<CustomerGroupCondition>;
  /** Filter by id. */
  id?: InputMaybe<CustomerIdCondition>;
  /** Filter by "name". */
  name?: InputMaybe<CustomerNameCondition>;
  /** Filter by the id(s) of "parent". */
  parent?: InputMaybe<CustomerParentCondition>;
  /** Filter by the id(s) of "users". */
  users?: InputMaybe<CustomerUsersCondition>;
};

/** Conditions on "group" of Customer; several conditions all apply. */
export type CustomerGroupCondition = {
  /** Between from and to, both included. Oro: filter[group][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[group][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[group][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[group][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[group][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[group][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[group][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on CustomerGroup records; all of them apply (Oro filter[...]). */
export type CustomerGroupFilter = {
  /** Filter by id. */
  id?: InputMaybe<CustomerGroupIdCondition>;
  /** Filter by "name". */
  name?: InputMaybe<CustomerGroupNameCondition>;
};

/** Conditions on the id of CustomerGroup; several conditions all apply. */
export type CustomerGroupIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of CustomerGroup; several conditions all apply. */
export type CustomerGroupNameCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[name][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[name][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[name][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[name][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomerGroupSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomerGroupSortField;
};

/** Fields CustomerGroup records can be ordered by. */
export type CustomerGroupSortField =
  /** The default order. */
  | 'id'
  | 'name';

/** Conditions on the id of Customer; several conditions all apply. */
export type CustomerIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Customer; several conditions all apply. */
export type CustomerNameCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[name][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[name][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[name][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[name][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "parent" of Customer; several conditions all apply. */
export type CustomerParentCondition = {
  /** Between from and to, both included. Oro: filter[parent][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[parent][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[parent][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[parent][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[parent][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[parent][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[parent][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomerSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomerSortField;
};

/** Fields Customer records can be ordered by. */
export type CustomerSortField =
  /** The default order. */
  | 'id'
  | 'name';

/** Conditions on "customer" of CustomerUser; several conditions all apply. */
export type CustomerUserCustomerCondition = {
  /** Between from and to, both included. Oro: filter[customer][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[customer][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[customer][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[customer][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[customer][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[customer][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[customer][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "email" of CustomerUser; several conditions all apply. */
export type CustomerUserEmailCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[email][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[email][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[email][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[email][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on CustomerUser records; all of them apply (Oro filter[...]). */
export type CustomerUserFilter = {
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<CustomerUserCustomerCondition>;
  /** Filter by "email". */
  email?: InputMaybe<CustomerUserEmailCondition>;
  /** Filter by id. */
  id?: InputMaybe<CustomerUserIdCondition>;
  /** Filter by the id(s) of "userRoles". */
  userRoles?: InputMaybe<CustomerUserUserRolesCondition>;
};

/** Conditions on the id of CustomerUser; several conditions all apply. */
export type CustomerUserIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on CustomerUserRole records; all of them apply (Oro filter[...]). */
export type CustomerUserRoleFilter = {
  /** Filter by id. */
  id?: InputMaybe<CustomerUserRoleIdCondition>;
};

/** Conditions on the id of CustomerUserRole; several conditions all apply. */
export type CustomerUserRoleIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomerUserRoleSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomerUserRoleSortField;
};

/** Fields CustomerUserRole records can be ordered by. */
export type CustomerUserRoleSortField =
  /** The default order. */
  | 'id';

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomerUserSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomerUserSortField;
};

/** Fields CustomerUser records can be ordered by. */
export type CustomerUserSortField =
  | 'email'
  | 'firstName'
  /** The default order. */
  | 'id'
  | 'lastName';

/** Conditions on "userRoles" of CustomerUser; several conditions all apply. */
export type CustomerUserUserRolesCondition = {
  /** Between from and to, both included. Oro: filter[userRoles][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[userRoles][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[userRoles][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[userRoles][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[userRoles][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[userRoles][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[userRoles][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[userRoles][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[userRoles][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "users" of Customer; several conditions all apply. */
export type CustomerUsersCondition = {
  /** Between from and to, both included. Oro: filter[users][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[users][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[users][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[users][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[users][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[users][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[users][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[users][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[users][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An inclusive range; sent to Oro as "from..to" (PROTOCOL §3.7.4). */
export type DateTimeRange = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

/** An inclusive range; sent to Oro as "from..to" (PROTOCOL §3.7.4). */
export type DecimalRange = {
  from: Scalars['Decimal']['input'];
  to: Scalars['Decimal']['input'];
};

/** An inclusive range; sent to Oro as "from..to" (PROTOCOL §3.7.4). */
export type IdRange = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
};

/** An inclusive range; sent to Oro as "from..to" (PROTOCOL §3.7.4). */
export type IntRange = {
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
};

/** Conditions on LandingPage records; all of them apply (Oro filter[...]). */
export type LandingPageFilter = {
  /** Filter by id. */
  id?: InputMaybe<LandingPageIdCondition>;
};

/** Conditions on the id of LandingPage; several conditions all apply. */
export type LandingPageIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type LandingPageSort = {
  direction?: InputMaybe<SortDirection>;
  field: LandingPageSortField;
};

/** Fields LandingPage records can be ordered by. */
export type LandingPageSortField =
  /** The default order. */
  | 'id'
  | 'title';

/** Conditions on Localization records; all of them apply (Oro filter[...]). */
export type LocalizationFilter = {
  /** Filter by id. */
  id?: InputMaybe<LocalizationIdCondition>;
};

/** Conditions on the id of Localization; several conditions all apply. */
export type LocalizationIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type LocalizationSort = {
  direction?: InputMaybe<SortDirection>;
  field: LocalizationSortField;
};

/** Fields Localization records can be ordered by. */
export type LocalizationSortField =
  /** The default order. */
  | 'id';

/** Conditions on "createdAt" of MasterCatalogCategory; several conditions all apply. */
export type MasterCatalogCategoryCreatedAtCondition = {
  /** Between from and to, both included. Oro: filter[createdAt][eq]=from..to. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[createdAt][eq]. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[createdAt][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[createdAt][gt]. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. Oro: filter[createdAt][gte]. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[createdAt][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. Oro: filter[createdAt][lt]. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. Oro: filter[createdAt][lte]. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[createdAt][neq]. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. Oro: filter[createdAt][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[createdAt][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on MasterCatalogCategory records; all of them apply (Oro filter[...]). */
export type MasterCatalogCategoryFilter = {
  /** Filter by "createdAt". */
  createdAt?: InputMaybe<MasterCatalogCategoryCreatedAtCondition>;
  /** Filter by id. */
  id?: InputMaybe<MasterCatalogCategoryIdCondition>;
  /** Filter by "updatedAt". */
  updatedAt?: InputMaybe<MasterCatalogCategoryUpdatedAtCondition>;
};

/** Conditions on the id of MasterCatalogCategory; several conditions all apply. */
export type MasterCatalogCategoryIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type MasterCatalogCategorySort = {
  direction?: InputMaybe<SortDirection>;
  field: MasterCatalogCategorySortField;
};

/** Fields MasterCatalogCategory records can be ordered by. */
export type MasterCatalogCategorySortField =
  | 'createdAt'
  /** The default order. */
  | 'id'
  | 'title'
  | 'updatedAt';

/** Conditions on "updatedAt" of MasterCatalogCategory; several conditions all apply. */
export type MasterCatalogCategoryUpdatedAtCondition = {
  /** Between from and to, both included. Oro: filter[updatedAt][eq]=from..to. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[updatedAt][eq]. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[updatedAt][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[updatedAt][gt]. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. Oro: filter[updatedAt][gte]. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[updatedAt][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. Oro: filter[updatedAt][lt]. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. Oro: filter[updatedAt][lte]. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[updatedAt][neq]. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. Oro: filter[updatedAt][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[updatedAt][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "billingAddress" of Order; several conditions all apply. */
export type OrderBillingAddressCondition = {
  /** Between from and to, both included. Oro: filter[billingAddress][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[billingAddress][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[billingAddress][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[billingAddress][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[billingAddress][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[billingAddress][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[billingAddress][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "createdAt" of Order; several conditions all apply. */
export type OrderCreatedAtCondition = {
  /** Between from and to, both included. Oro: filter[createdAt][eq]=from..to. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[createdAt][eq]. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[createdAt][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[createdAt][gt]. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. Oro: filter[createdAt][gte]. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[createdAt][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. Oro: filter[createdAt][lt]. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. Oro: filter[createdAt][lte]. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[createdAt][neq]. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. Oro: filter[createdAt][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[createdAt][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "customer" of Order; several conditions all apply. */
export type OrderCustomerCondition = {
  /** Between from and to, both included. Oro: filter[customer][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[customer][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[customer][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[customer][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[customer][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[customer][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[customer][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "customerUser" of Order; several conditions all apply. */
export type OrderCustomerUserCondition = {
  /** Between from and to, both included. Oro: filter[customerUser][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[customerUser][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[customerUser][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[customerUser][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[customerUser][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[customerUser][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[customerUser][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Order records; all of them apply (Oro filter[...]). */
export type OrderFilter = {
  /** Filter by the id(s) of "billingAddress". */
  billingAddress?: InputMaybe<OrderBillingAddressCondition>;
  /** Filter by "createdAt". */
  createdAt?: InputMaybe<OrderCreatedAtCondition>;
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<OrderCustomerCondition>;
  /** Filter by the id(s) of "customerUser". */
  customerUser?: InputMaybe<OrderCustomerUserCondition>;
  /** Filter by id. */
  id?: InputMaybe<OrderIdCondition>;
  /** Filter by "identifier". */
  identifier?: InputMaybe<OrderIdentifierCondition>;
  /** Filter by the id(s) of "lineItems". */
  lineItems?: InputMaybe<OrderLineItemsCondition>;
  /** Filter by "poNumber". */
  poNumber?: InputMaybe<OrderPoNumberCondition>;
  /** Filter by the id(s) of "shippingAddress". */
  shippingAddress?: InputMaybe<OrderShippingAddressCondition>;
  /** Filter by the id(s) of "shippingStatus". */
  shippingStatus?: InputMaybe<OrderShippingStatusCondition>;
  /** Filter by the id(s) of "status". */
  status?: InputMaybe<OrderStatusCondition>;
  /** Filter by "totalValue". */
  totalValue?: InputMaybe<OrderTotalValueCondition>;
  /** Filter by "updatedAt". */
  updatedAt?: InputMaybe<OrderUpdatedAtCondition>;
};

/** Conditions on the id of Order; several conditions all apply. */
export type OrderIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "identifier" of Order; several conditions all apply. */
export type OrderIdentifierCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[identifier][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[identifier][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[identifier][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[identifier][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on OrderLineItem records; all of them apply (Oro filter[...]). */
export type OrderLineItemFilter = {
  /** Filter by id. */
  id?: InputMaybe<OrderLineItemIdCondition>;
  /** Filter by the id(s) of "orders". */
  orders?: InputMaybe<OrderLineItemOrdersCondition>;
  /** Filter by the id(s) of "parentProduct". */
  parentProduct?: InputMaybe<OrderLineItemParentProductCondition>;
  /** Filter by "price". */
  price?: InputMaybe<OrderLineItemPriceCondition>;
  /** Filter by the id(s) of "product". */
  product?: InputMaybe<OrderLineItemProductCondition>;
  /** Filter by "productSku". */
  productSku?: InputMaybe<OrderLineItemProductSkuCondition>;
  /** Filter by the id(s) of "productUnit". */
  productUnit?: InputMaybe<OrderLineItemProductUnitCondition>;
  /** Filter by "quantity". */
  quantity?: InputMaybe<OrderLineItemQuantityCondition>;
};

/** Conditions on the id of OrderLineItem; several conditions all apply. */
export type OrderLineItemIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "orders" of OrderLineItem; several conditions all apply. */
export type OrderLineItemOrdersCondition = {
  /** Between from and to, both included. Oro: filter[orders][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[orders][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[orders][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[orders][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[orders][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[orders][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[orders][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[orders][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[orders][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "parentProduct" of OrderLineItem; several conditions all apply. */
export type OrderLineItemParentProductCondition = {
  /** Between from and to, both included. Oro: filter[parentProduct][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[parentProduct][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[parentProduct][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[parentProduct][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[parentProduct][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[parentProduct][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[parentProduct][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "price" of OrderLineItem; several conditions all apply. */
export type OrderLineItemPriceCondition = {
  /** Between from and to, both included. Oro: filter[price][eq]=from..to. */
  between?: InputMaybe<DecimalRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[price][eq]. */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[price][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[price][gt]. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. Oro: filter[price][gte]. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[price][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** Less than. Oro: filter[price][lt]. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. Oro: filter[price][lte]. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[price][neq]. */
  neq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to, or null. Oro: filter[price][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[price][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** Conditions on "product" of OrderLineItem; several conditions all apply. */
export type OrderLineItemProductCondition = {
  /** Between from and to, both included. Oro: filter[product][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[product][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[product][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[product][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[product][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[product][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[product][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "productSku" of OrderLineItem; several conditions all apply. */
export type OrderLineItemProductSkuCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[productSku][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[productSku][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[productSku][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[productSku][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "productUnit" of OrderLineItem; several conditions all apply. */
export type OrderLineItemProductUnitCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[productUnit][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[productUnit][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[productUnit][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[productUnit][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[productUnit][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[productUnit][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "quantity" of OrderLineItem; several conditions all apply. */
export type OrderLineItemQuantityCondition = {
  /** Between from and to, both included. Oro: filter[quantity][eq]=from..to. */
  between?: InputMaybe<DecimalRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[quantity][eq]. */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[quantity][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[quantity][gt]. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. Oro: filter[quantity][gte]. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[quantity][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** Less than. Oro: filter[quantity][lt]. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. Oro: filter[quantity][lte]. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[quantity][neq]. */
  neq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to, or null. Oro: filter[quantity][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[quantity][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type OrderLineItemSort = {
  direction?: InputMaybe<SortDirection>;
  field: OrderLineItemSortField;
};

/** Fields OrderLineItem records can be ordered by. */
export type OrderLineItemSortField =
  /** The default order. */
  | 'id'
  | 'price'
  | 'quantity';

/** Conditions on "lineItems" of Order; several conditions all apply. */
export type OrderLineItemsCondition = {
  /** Between from and to, both included. Oro: filter[lineItems][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[lineItems][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[lineItems][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[lineItems][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[lineItems][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[lineItems][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[lineItems][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[lineItems][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[lineItems][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "poNumber" of Order; several conditions all apply. */
export type OrderPoNumberCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[poNumber][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[poNumber][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[poNumber][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[poNumber][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "shippingAddress" of Order; several conditions all apply. */
export type OrderShippingAddressCondition = {
  /** Between from and to, both included. Oro: filter[shippingAddress][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[shippingAddress][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[shippingAddress][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[shippingAddress][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[shippingAddress][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[shippingAddress][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[shippingAddress][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "shippingStatus" of Order; several conditions all apply. */
export type OrderShippingStatusCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[shippingStatus][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[shippingStatus][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[shippingStatus][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[shippingStatus][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[shippingStatus][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[shippingStatus][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on OrderShippingStatus records; all of them apply (Oro filter[...]). */
export type OrderShippingStatusFilter = {
  /** Filter by id. */
  id?: InputMaybe<OrderShippingStatusIdCondition>;
};

/** Conditions on the id of OrderShippingStatus; several conditions all apply. */
export type OrderShippingStatusIdCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type OrderSort = {
  direction?: InputMaybe<SortDirection>;
  field: OrderSortField;
};

/** Fields Order records can be ordered by. */
export type OrderSortField =
  | 'createdAt'
  /** The default order. */
  | 'id'
  | 'identifier'
  | 'poNumber'
  | 'totalValue'
  | 'updatedAt';

/** Conditions on "status" of Order; several conditions all apply. */
export type OrderStatusCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[status][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[status][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[status][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[status][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[status][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[status][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on OrderStatus records; all of them apply (Oro filter[...]). */
export type OrderStatusFilter = {
  /** Filter by id. */
  id?: InputMaybe<OrderStatusIdCondition>;
};

/** Conditions on the id of OrderStatus; several conditions all apply. */
export type OrderStatusIdCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "totalValue" of Order; several conditions all apply. */
export type OrderTotalValueCondition = {
  /** Between from and to, both included. Oro: filter[totalValue][eq]=from..to. */
  between?: InputMaybe<DecimalRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[totalValue][eq]. */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[totalValue][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[totalValue][gt]. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. Oro: filter[totalValue][gte]. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[totalValue][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** Less than. Oro: filter[totalValue][lt]. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. Oro: filter[totalValue][lte]. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[totalValue][neq]. */
  neq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to, or null. Oro: filter[totalValue][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[totalValue][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** Conditions on "updatedAt" of Order; several conditions all apply. */
export type OrderUpdatedAtCondition = {
  /** Between from and to, both included. Oro: filter[updatedAt][eq]=from..to. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[updatedAt][eq]. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[updatedAt][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[updatedAt][gt]. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. Oro: filter[updatedAt][gte]. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[updatedAt][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. Oro: filter[updatedAt][lt]. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. Oro: filter[updatedAt][lte]. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[updatedAt][neq]. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. Oro: filter[updatedAt][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[updatedAt][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "brand" of Product; several conditions all apply. */
export type ProductBrandCondition = {
  /** Between from and to, both included. Oro: filter[brand][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[brand][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[brand][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[brand][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[brand][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[brand][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[brand][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "category" of Product; several conditions all apply. */
export type ProductCategoryCondition = {
  /** Between from and to, both included. Oro: filter[category][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[category][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[category][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[category][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[category][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[category][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[category][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "createdAt" of Product; several conditions all apply. */
export type ProductCreatedAtCondition = {
  /** Between from and to, both included. Oro: filter[createdAt][eq]=from..to. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[createdAt][eq]. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[createdAt][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[createdAt][gt]. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. Oro: filter[createdAt][gte]. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[createdAt][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. Oro: filter[createdAt][lt]. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. Oro: filter[createdAt][lte]. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[createdAt][neq]. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. Oro: filter[createdAt][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[createdAt][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "featured" of Product; several conditions all apply. */
export type ProductFeaturedCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[featured][eq]. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[featured][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[featured][neq]. */
  neq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to, or null. Oro: filter[featured][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on Product records; all of them apply (Oro filter[...]). */
export type ProductFilter = {
  /** Filter by the id(s) of "brand". */
  brand?: InputMaybe<ProductBrandCondition>;
  /** Filter by the id(s) of "category". */
  category?: InputMaybe<ProductCategoryCondition>;
  /** Filter by "createdAt". */
  createdAt?: InputMaybe<ProductCreatedAtCondition>;
  /** Filter by "featured". */
  featured?: InputMaybe<ProductFeaturedCondition>;
  /** Filter by id. */
  id?: InputMaybe<ProductIdCondition>;
  /** Filter by the id(s) of "images". */
  images?: InputMaybe<ProductImagesCondition>;
  /** Filter by the id(s) of "inventoryStatus". */
  inventoryStatus?: InputMaybe<ProductInventoryStatusCondition>;
  /** Filter by "newArrival". */
  newArrival?: InputMaybe<ProductNewArrivalCondition>;
  /** Filter by the id(s) of "parentProducts". */
  parentProducts?: InputMaybe<ProductParentProductsCondition>;
  /** Filter by "productType". */
  productType?: InputMaybe<ProductProductTypeCondition>;
  /** Filter by "sku". */
  sku?: InputMaybe<ProductSkuCondition>;
  /** Filter by "updatedAt". */
  updatedAt?: InputMaybe<ProductUpdatedAtCondition>;
  /** Filter by the id(s) of "variantProducts". */
  variantProducts?: InputMaybe<ProductVariantProductsCondition>;
};

/** Conditions on the id of Product; several conditions all apply. */
export type ProductIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on ProductImage records; all of them apply (Oro filter[...]). */
export type ProductImageFilter = {
  /** Filter by id. */
  id?: InputMaybe<ProductImageIdCondition>;
  /** Filter by the id(s) of "product". */
  product?: InputMaybe<ProductImageProductCondition>;
};

/** Conditions on the id of ProductImage; several conditions all apply. */
export type ProductImageIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "product" of ProductImage; several conditions all apply. */
export type ProductImageProductCondition = {
  /** Between from and to, both included. Oro: filter[product][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[product][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[product][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[product][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[product][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[product][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[product][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ProductImageSort = {
  direction?: InputMaybe<SortDirection>;
  field: ProductImageSortField;
};

/** Fields ProductImage records can be ordered by. */
export type ProductImageSortField =
  /** The default order. */
  | 'id';

/** Conditions on "images" of Product; several conditions all apply. */
export type ProductImagesCondition = {
  /** Between from and to, both included. Oro: filter[images][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[images][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[images][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[images][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[images][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[images][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[images][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[images][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[images][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "inventoryStatus" of Product; several conditions all apply. */
export type ProductInventoryStatusCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[inventoryStatus][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[inventoryStatus][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[inventoryStatus][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[inventoryStatus][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[inventoryStatus][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[inventoryStatus][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on ProductInventoryStatus records; all of them apply (Oro filter[...]). */
export type ProductInventoryStatusFilter = {
  /** Filter by id. */
  id?: InputMaybe<ProductInventoryStatusIdCondition>;
};

/** Conditions on the id of ProductInventoryStatus; several conditions all apply. */
export type ProductInventoryStatusIdCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "newArrival" of Product; several conditions all apply. */
export type ProductNewArrivalCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[newArrival][eq]. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[newArrival][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[newArrival][neq]. */
  neq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to, or null. Oro: filter[newArrival][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on "parentProducts" of Product; several conditions all apply. */
export type ProductParentProductsCondition = {
  /** Between from and to, both included. Oro: filter[parentProducts][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[parentProducts][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[parentProducts][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[parentProducts][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[parentProducts][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[parentProducts][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[parentProducts][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[parentProducts][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[parentProducts][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "productType" of Product; several conditions all apply. */
export type ProductProductTypeCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[productType][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[productType][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[productType][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[productType][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "sku" of Product; several conditions all apply. */
export type ProductSkuCondition = {
  /** Contains the text (to-many relationship: contains all of the values). Oro: filter[sku][contains]. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Ends with the text. Oro: filter[sku][ends_with]. */
  endsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[sku][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[sku][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[sku][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[sku][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[sku][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
  /** Does not contain the text (to-many relationship: does not contain all of the values). Oro: filter[sku][not_contains]. */
  notContains?: InputMaybe<Scalars['String']['input']>;
  /** Does not end with the text. Oro: filter[sku][not_ends_with]. */
  notEndsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[sku][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Does not start with the text. Oro: filter[sku][not_starts_with]. */
  notStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Starts with the text. Oro: filter[sku][starts_with]. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ProductSort = {
  direction?: InputMaybe<SortDirection>;
  field: ProductSortField;
};

/** Fields Product records can be ordered by. */
export type ProductSortField =
  | 'brand'
  | 'brand_name'
  | 'category'
  | 'createdAt'
  /** The default order. */
  | 'id'
  | 'name'
  | 'sku'
  | 'updatedAt';

/** Conditions on ProductUnit records; all of them apply (Oro filter[...]). */
export type ProductUnitFilter = {
  /** Filter by id. */
  id?: InputMaybe<ProductUnitIdCondition>;
};

/** Conditions on the id of ProductUnit; several conditions all apply. */
export type ProductUnitIdCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ProductUnitSort = {
  direction?: InputMaybe<SortDirection>;
  field: ProductUnitSortField;
};

/** Fields ProductUnit records can be ordered by. */
export type ProductUnitSortField =
  /** The default order. */
  | 'id';

/** Conditions on "updatedAt" of Product; several conditions all apply. */
export type ProductUpdatedAtCondition = {
  /** Between from and to, both included. Oro: filter[updatedAt][eq]=from..to. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[updatedAt][eq]. */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[updatedAt][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[updatedAt][gt]. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. Oro: filter[updatedAt][gte]. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[updatedAt][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. Oro: filter[updatedAt][lt]. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. Oro: filter[updatedAt][lte]. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[updatedAt][neq]. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. Oro: filter[updatedAt][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[updatedAt][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "variantProducts" of Product; several conditions all apply. */
export type ProductVariantProductsCondition = {
  /** Between from and to, both included. Oro: filter[variantProducts][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[variantProducts][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[variantProducts][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[variantProducts][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[variantProducts][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[variantProducts][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[variantProducts][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[variantProducts][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[variantProducts][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "country" of Region; several conditions all apply. */
export type RegionCountryCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[country][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[country][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[country][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[country][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[country][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[country][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Region records; all of them apply (Oro filter[...]). */
export type RegionFilter = {
  /** Filter by the id(s) of "country". */
  country?: InputMaybe<RegionCountryCondition>;
  /** Filter by id. */
  id?: InputMaybe<RegionIdCondition>;
  /** Filter by "name". */
  name?: InputMaybe<RegionNameCondition>;
};

/** Conditions on the id of Region; several conditions all apply. */
export type RegionIdCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Region; several conditions all apply. */
export type RegionNameCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[name][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[name][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[name][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[name][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type RegionSort = {
  direction?: InputMaybe<SortDirection>;
  field: RegionSortField;
};

/** Fields Region records can be ordered by. */
export type RegionSortField =
  | 'country'
  /** The default order. */
  | 'id'
  | 'name';

/** Conditions on "customer" of ShoppingList; several conditions all apply. */
export type ShoppingListCustomerCondition = {
  /** Between from and to, both included. Oro: filter[customer][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[customer][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[customer][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[customer][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[customer][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[customer][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[customer][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "customerUser" of ShoppingList; several conditions all apply. */
export type ShoppingListCustomerUserCondition = {
  /** Between from and to, both included. Oro: filter[customerUser][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[customerUser][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[customerUser][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[customerUser][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[customerUser][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[customerUser][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[customerUser][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on ShoppingList records; all of them apply (Oro filter[...]). */
export type ShoppingListFilter = {
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<ShoppingListCustomerCondition>;
  /** Filter by the id(s) of "customerUser". */
  customerUser?: InputMaybe<ShoppingListCustomerUserCondition>;
  /** Filter by id. */
  id?: InputMaybe<ShoppingListIdCondition>;
  /** Filter by the id(s) of "items". */
  items?: InputMaybe<ShoppingListItemsCondition>;
  /** Filter by "name". */
  name?: InputMaybe<ShoppingListNameCondition>;
};

/** Conditions on the id of ShoppingList; several conditions all apply. */
export type ShoppingListIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on ShoppingListItem records; all of them apply (Oro filter[...]). */
export type ShoppingListItemFilter = {
  /** Filter by id. */
  id?: InputMaybe<ShoppingListItemIdCondition>;
  /** Filter by the id(s) of "parentProduct". */
  parentProduct?: InputMaybe<ShoppingListItemParentProductCondition>;
  /** Filter by the id(s) of "product". */
  product?: InputMaybe<ShoppingListItemProductCondition>;
  /** Filter by the id(s) of "shoppingList". */
  shoppingList?: InputMaybe<ShoppingListItemShoppingListCondition>;
  /** Filter by the id(s) of "unit". */
  unit?: InputMaybe<ShoppingListItemUnitCondition>;
};

/** Conditions on the id of ShoppingListItem; several conditions all apply. */
export type ShoppingListItemIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "parentProduct" of ShoppingListItem; several conditions all apply. */
export type ShoppingListItemParentProductCondition = {
  /** Between from and to, both included. Oro: filter[parentProduct][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[parentProduct][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[parentProduct][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[parentProduct][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[parentProduct][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[parentProduct][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[parentProduct][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "product" of ShoppingListItem; several conditions all apply. */
export type ShoppingListItemProductCondition = {
  /** Between from and to, both included. Oro: filter[product][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[product][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[product][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[product][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[product][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[product][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[product][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "shoppingList" of ShoppingListItem; several conditions all apply. */
export type ShoppingListItemShoppingListCondition = {
  /** Between from and to, both included. Oro: filter[shoppingList][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[shoppingList][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[shoppingList][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[shoppingList][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[shoppingList][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[shoppingList][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[shoppingList][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ShoppingListItemSort = {
  direction?: InputMaybe<SortDirection>;
  field: ShoppingListItemSortField;
};

/** Fields ShoppingListItem records can be ordered by. */
export type ShoppingListItemSortField =
  /** The default order. */
  | 'id';

/** Conditions on "unit" of ShoppingListItem; several conditions all apply. */
export type ShoppingListItemUnitCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[unit][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[unit][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[unit][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[unit][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[unit][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[unit][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "items" of ShoppingList; several conditions all apply. */
export type ShoppingListItemsCondition = {
  /** Between from and to, both included. Oro: filter[items][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. Oro: filter[items][contains]=a,b. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[items][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[items][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[items][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[items][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[items][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. Oro: filter[items][not_contains]=a,b. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[items][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of ShoppingList; several conditions all apply. */
export type ShoppingListNameCondition = {
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[name][eq]. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[name][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[name][neq]. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. Oro: filter[name][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ShoppingListSort = {
  direction?: InputMaybe<SortDirection>;
  field: ShoppingListSortField;
};

/** Fields ShoppingList records can be ordered by. */
export type ShoppingListSortField =
  | 'createdAt'
  /** The default order. */
  | 'id'
  | 'name'
  | 'updatedAt';

/** ASC sends the field as is, DESC with a "-" prefix (Oro `sort=-field`). */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Conditions on WebCatalogTree records; all of them apply (Oro filter[...]). */
export type WebCatalogTreeFilter = {
  /** Filter by id. */
  id?: InputMaybe<WebCatalogTreeIdCondition>;
  /** Filter by "level". */
  level?: InputMaybe<WebCatalogTreeLevelCondition>;
  /** Filter by the id(s) of "parent". */
  parent?: InputMaybe<WebCatalogTreeParentCondition>;
};

/** Conditions on the id of WebCatalogTree; several conditions all apply. */
export type WebCatalogTreeIdCondition = {
  /** Between from and to, both included. Oro: filter[id][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[id][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. Oro: filter[id][gt]. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. Oro: filter[id][gte]. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[id][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. Oro: filter[id][lt]. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. Oro: filter[id][lte]. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[id][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[id][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "level" of WebCatalogTree; several conditions all apply. */
export type WebCatalogTreeLevelCondition = {
  /** Between from and to, both included. Oro: filter[level][eq]=from..to. */
  between?: InputMaybe<IntRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[level][eq]. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[level][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. Oro: filter[level][gt]. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. Oro: filter[level][gte]. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[level][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Less than. Oro: filter[level][lt]. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. Oro: filter[level][lte]. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[level][neq]. */
  neq?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to, or null. Oro: filter[level][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[level][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Conditions on "parent" of WebCatalogTree; several conditions all apply. */
export type WebCatalogTreeParentCondition = {
  /** Between from and to, both included. Oro: filter[parent][eq]=from..to. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). Oro: filter[parent][eq]. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). Oro: filter[parent][exists]. */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). Oro: filter[parent][eq]=a,b. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. Oro: filter[parent][neq]. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. Oro: filter[parent][neq_or_null]. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). Oro: filter[parent][neq]=a,b. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type WebCatalogTreeSort = {
  direction?: InputMaybe<SortDirection>;
  field: WebCatalogTreeSortField;
};

/** Fields WebCatalogTree records can be ordered by. */
export type WebCatalogTreeSortField =
  | 'id'
  /** The default order. */
  | 'order'
  | 'title';

export type ProductListingQueryVariables = Exact<{
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<Array<ProductSort> | ProductSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductListingQuery = { __typename?: 'Query', products?: { __typename?: 'ProductConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Product', id: string, sku?: string | null, name?: string | null, prices?: unknown | null, brand?: { __typename?: 'Brand', name?: string | null } | null, category?: { __typename?: 'MasterCatalogCategory', title?: string | null } | null, images?: { __typename?: 'ProductImageConnection', nodes: Array<{ __typename?: 'ProductImage', types?: Array<string | null> | null, files?: unknown | null }> } | null, inventoryStatus?: { __typename?: 'ProductInventoryStatus', id: string, name?: string | null } | null }> } | null };


export const ProductListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"12"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prices"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"files"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventoryStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductListingQuery, ProductListingQueryVariables>;