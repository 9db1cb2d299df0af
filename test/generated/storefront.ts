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
  id?: InputMaybe<BrandIdFilter>;
};

/** Conditions on the id of Brand; several conditions all apply. */
export type BrandIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
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
  id?: InputMaybe<CountryIdFilter>;
  /** Filter by "name". */
  name?: InputMaybe<CountryNameFilter>;
  /** Filter by the id(s) of "regions". */
  regions?: InputMaybe<CountryRegionsFilter>;
};

/** Conditions on the id of Country; several conditions all apply. */
export type CountryIdFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Country; several conditions all apply. */
export type CountryNameFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "regions" of Country; several conditions all apply. */
export type CountryRegionsFilter = {
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
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

/** Conditions on "addresses" of Customer; several conditions all apply. */
export type CustomerAddressesFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "children" of Customer; several conditions all apply. */
export type CustomerChildrenFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Customer records; all of them apply (Oro filter[...]). */
export type CustomerFilter = {
  /** Filter by the id(s) of "addresses". */
  addresses?: InputMaybe<CustomerAddressesFilter>;
  /** Filter by the id(s) of "children". */
  children?: InputMaybe<CustomerChildrenFilter>;
  /** Filter by the id(s) of "group". */
  group?: InputMaybe<CustomerGroupFilter>;
  /** Filter by id. */
  id?: InputMaybe<CustomerIdFilter>;
  /** Filter by "name". */
  name?: InputMaybe<CustomerNameFilter>;
  /** Filter by the id(s) of "parent". */
  parent?: InputMaybe<CustomerParentFilter>;
  /** Filter by the id(s) of "users". */
  users?: InputMaybe<CustomerUsersFilter>;
};

/** Conditions on "group" of Customer; several conditions all apply. */
export type CustomerGroupFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on the id of Customer; several conditions all apply. */
export type CustomerIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Customer; several conditions all apply. */
export type CustomerNameFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "parent" of Customer; several conditions all apply. */
export type CustomerParentFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
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

/** Conditions on "users" of Customer; several conditions all apply. */
export type CustomerUsersFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "city" of Customeraddress; several conditions all apply. */
export type CustomeraddressCityFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "country" of Customeraddress; several conditions all apply. */
export type CustomeraddressCountryFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "customer" of Customeraddress; several conditions all apply. */
export type CustomeraddressCustomerFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Customeraddress records; all of them apply (Oro filter[...]). */
export type CustomeraddressFilter = {
  /** Filter by "city". */
  city?: InputMaybe<CustomeraddressCityFilter>;
  /** Filter by the id(s) of "country". */
  country?: InputMaybe<CustomeraddressCountryFilter>;
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<CustomeraddressCustomerFilter>;
  /** Filter by id. */
  id?: InputMaybe<CustomeraddressIdFilter>;
  /** Filter by "postalCode". */
  postalCode?: InputMaybe<CustomeraddressPostalCodeFilter>;
  /** Filter by the id(s) of "region". */
  region?: InputMaybe<CustomeraddressRegionFilter>;
};

/** Conditions on the id of Customeraddress; several conditions all apply. */
export type CustomeraddressIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "postalCode" of Customeraddress; several conditions all apply. */
export type CustomeraddressPostalCodeFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "region" of Customeraddress; several conditions all apply. */
export type CustomeraddressRegionFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomeraddressSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomeraddressSortField;
};

/** Fields Customeraddress records can be ordered by. */
export type CustomeraddressSortField =
  /** The default order. */
  | 'id';

/** Conditions on Customergroup records; all of them apply (Oro filter[...]). */
export type CustomergroupFilter = {
  /** Filter by id. */
  id?: InputMaybe<CustomergroupIdFilter>;
  /** Filter by "name". */
  name?: InputMaybe<CustomergroupNameFilter>;
};

/** Conditions on the id of Customergroup; several conditions all apply. */
export type CustomergroupIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Customergroup; several conditions all apply. */
export type CustomergroupNameFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomergroupSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomergroupSortField;
};

/** Fields Customergroup records can be ordered by. */
export type CustomergroupSortField =
  /** The default order. */
  | 'id'
  | 'name';

/** Conditions on "customer" of Customeruser; several conditions all apply. */
export type CustomeruserCustomerFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "email" of Customeruser; several conditions all apply. */
export type CustomeruserEmailFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on Customeruser records; all of them apply (Oro filter[...]). */
export type CustomeruserFilter = {
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<CustomeruserCustomerFilter>;
  /** Filter by "email". */
  email?: InputMaybe<CustomeruserEmailFilter>;
  /** Filter by id. */
  id?: InputMaybe<CustomeruserIdFilter>;
  /** Filter by the id(s) of "userRoles". */
  userRoles?: InputMaybe<CustomeruserUserRolesFilter>;
};

/** Conditions on the id of Customeruser; several conditions all apply. */
export type CustomeruserIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomeruserSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomeruserSortField;
};

/** Fields Customeruser records can be ordered by. */
export type CustomeruserSortField =
  | 'email'
  | 'firstName'
  /** The default order. */
  | 'id'
  | 'lastName';

/** Conditions on "userRoles" of Customeruser; several conditions all apply. */
export type CustomeruserUserRolesFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Customeruserrole records; all of them apply (Oro filter[...]). */
export type CustomeruserroleFilter = {
  /** Filter by id. */
  id?: InputMaybe<CustomeruserroleIdFilter>;
};

/** Conditions on the id of Customeruserrole; several conditions all apply. */
export type CustomeruserroleIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type CustomeruserroleSort = {
  direction?: InputMaybe<SortDirection>;
  field: CustomeruserroleSortField;
};

/** Fields Customeruserrole records can be ordered by. */
export type CustomeruserroleSortField =
  /** The default order. */
  | 'id';

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

/** Conditions on Landingpage records; all of them apply (Oro filter[...]). */
export type LandingpageFilter = {
  /** Filter by id. */
  id?: InputMaybe<LandingpageIdFilter>;
};

/** Conditions on the id of Landingpage; several conditions all apply. */
export type LandingpageIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type LandingpageSort = {
  direction?: InputMaybe<SortDirection>;
  field: LandingpageSortField;
};

/** Fields Landingpage records can be ordered by. */
export type LandingpageSortField =
  /** The default order. */
  | 'id'
  | 'title';

/** Conditions on Localization records; all of them apply (Oro filter[...]). */
export type LocalizationFilter = {
  /** Filter by id. */
  id?: InputMaybe<LocalizationIdFilter>;
};

/** Conditions on the id of Localization; several conditions all apply. */
export type LocalizationIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
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

/** Conditions on "createdAt" of Mastercatalogcategory; several conditions all apply. */
export type MastercatalogcategoryCreatedAtFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on Mastercatalogcategory records; all of them apply (Oro filter[...]). */
export type MastercatalogcategoryFilter = {
  /** Filter by "createdAt". */
  createdAt?: InputMaybe<MastercatalogcategoryCreatedAtFilter>;
  /** Filter by id. */
  id?: InputMaybe<MastercatalogcategoryIdFilter>;
  /** Filter by "updatedAt". */
  updatedAt?: InputMaybe<MastercatalogcategoryUpdatedAtFilter>;
};

/** Conditions on the id of Mastercatalogcategory; several conditions all apply. */
export type MastercatalogcategoryIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type MastercatalogcategorySort = {
  direction?: InputMaybe<SortDirection>;
  field: MastercatalogcategorySortField;
};

/** Fields Mastercatalogcategory records can be ordered by. */
export type MastercatalogcategorySortField =
  | 'createdAt'
  /** The default order. */
  | 'id'
  | 'title'
  | 'updatedAt';

/** Conditions on "updatedAt" of Mastercatalogcategory; several conditions all apply. */
export type MastercatalogcategoryUpdatedAtFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "billingAddress" of Order; several conditions all apply. */
export type OrderBillingAddressFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "createdAt" of Order; several conditions all apply. */
export type OrderCreatedAtFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "customer" of Order; several conditions all apply. */
export type OrderCustomerFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "customerUser" of Order; several conditions all apply. */
export type OrderCustomerUserFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Order records; all of them apply (Oro filter[...]). */
export type OrderFilter = {
  /** Filter by the id(s) of "billingAddress". */
  billingAddress?: InputMaybe<OrderBillingAddressFilter>;
  /** Filter by "createdAt". */
  createdAt?: InputMaybe<OrderCreatedAtFilter>;
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<OrderCustomerFilter>;
  /** Filter by the id(s) of "customerUser". */
  customerUser?: InputMaybe<OrderCustomerUserFilter>;
  /** Filter by id. */
  id?: InputMaybe<OrderIdFilter>;
  /** Filter by "identifier". */
  identifier?: InputMaybe<OrderIdentifierFilter>;
  /** Filter by the id(s) of "lineItems". */
  lineItems?: InputMaybe<OrderLineItemsFilter>;
  /** Filter by "poNumber". */
  poNumber?: InputMaybe<OrderPoNumberFilter>;
  /** Filter by the id(s) of "shippingAddress". */
  shippingAddress?: InputMaybe<OrderShippingAddressFilter>;
  /** Filter by the id(s) of "shippingStatus". */
  shippingStatus?: InputMaybe<OrderShippingStatusFilter>;
  /** Filter by the id(s) of "status". */
  status?: InputMaybe<OrderStatusFilter>;
  /** Filter by "totalValue". */
  totalValue?: InputMaybe<OrderTotalValueFilter>;
  /** Filter by "updatedAt". */
  updatedAt?: InputMaybe<OrderUpdatedAtFilter>;
};

/** Conditions on the id of Order; several conditions all apply. */
export type OrderIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "identifier" of Order; several conditions all apply. */
export type OrderIdentifierFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "lineItems" of Order; several conditions all apply. */
export type OrderLineItemsFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "poNumber" of Order; several conditions all apply. */
export type OrderPoNumberFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "shippingAddress" of Order; several conditions all apply. */
export type OrderShippingAddressFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "shippingStatus" of Order; several conditions all apply. */
export type OrderShippingStatusFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
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
export type OrderStatusFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "totalValue" of Order; several conditions all apply. */
export type OrderTotalValueFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DecimalRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** Conditions on "updatedAt" of Order; several conditions all apply. */
export type OrderUpdatedAtFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on Orderlineitem records; all of them apply (Oro filter[...]). */
export type OrderlineitemFilter = {
  /** Filter by id. */
  id?: InputMaybe<OrderlineitemIdFilter>;
  /** Filter by the id(s) of "orders". */
  orders?: InputMaybe<OrderlineitemOrdersFilter>;
  /** Filter by the id(s) of "parentProduct". */
  parentProduct?: InputMaybe<OrderlineitemParentProductFilter>;
  /** Filter by "price". */
  price?: InputMaybe<OrderlineitemPriceFilter>;
  /** Filter by the id(s) of "product". */
  product?: InputMaybe<OrderlineitemProductFilter>;
  /** Filter by "productSku". */
  productSku?: InputMaybe<OrderlineitemProductSkuFilter>;
  /** Filter by the id(s) of "productUnit". */
  productUnit?: InputMaybe<OrderlineitemProductUnitFilter>;
  /** Filter by "quantity". */
  quantity?: InputMaybe<OrderlineitemQuantityFilter>;
};

/** Conditions on the id of Orderlineitem; several conditions all apply. */
export type OrderlineitemIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "orders" of Orderlineitem; several conditions all apply. */
export type OrderlineitemOrdersFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "parentProduct" of Orderlineitem; several conditions all apply. */
export type OrderlineitemParentProductFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "price" of Orderlineitem; several conditions all apply. */
export type OrderlineitemPriceFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DecimalRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** Conditions on "product" of Orderlineitem; several conditions all apply. */
export type OrderlineitemProductFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "productSku" of Orderlineitem; several conditions all apply. */
export type OrderlineitemProductSkuFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "productUnit" of Orderlineitem; several conditions all apply. */
export type OrderlineitemProductUnitFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "quantity" of Orderlineitem; several conditions all apply. */
export type OrderlineitemQuantityFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DecimalRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['Decimal']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['Decimal']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Decimal']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['Decimal']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['Decimal']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['Decimal']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type OrderlineitemSort = {
  direction?: InputMaybe<SortDirection>;
  field: OrderlineitemSortField;
};

/** Fields Orderlineitem records can be ordered by. */
export type OrderlineitemSortField =
  /** The default order. */
  | 'id'
  | 'price'
  | 'quantity';

/** Conditions on Ordershippingstatus records; all of them apply (Oro filter[...]). */
export type OrdershippingstatusFilter = {
  /** Filter by id. */
  id?: InputMaybe<OrdershippingstatusIdFilter>;
};

/** Conditions on the id of Ordershippingstatus; several conditions all apply. */
export type OrdershippingstatusIdFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Orderstatus records; all of them apply (Oro filter[...]). */
export type OrderstatusFilter = {
  /** Filter by id. */
  id?: InputMaybe<OrderstatusIdFilter>;
};

/** Conditions on the id of Orderstatus; several conditions all apply. */
export type OrderstatusIdFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "brand" of Product; several conditions all apply. */
export type ProductBrandFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "category" of Product; several conditions all apply. */
export type ProductCategoryFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "createdAt" of Product; several conditions all apply. */
export type ProductCreatedAtFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "featured" of Product; several conditions all apply. */
export type ProductFeaturedFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on Product records; all of them apply (Oro filter[...]). */
export type ProductFilter = {
  /** Filter by the id(s) of "brand". */
  brand?: InputMaybe<ProductBrandFilter>;
  /** Filter by the id(s) of "category". */
  category?: InputMaybe<ProductCategoryFilter>;
  /** Filter by "createdAt". */
  createdAt?: InputMaybe<ProductCreatedAtFilter>;
  /** Filter by "featured". */
  featured?: InputMaybe<ProductFeaturedFilter>;
  /** Filter by id. */
  id?: InputMaybe<ProductIdFilter>;
  /** Filter by the id(s) of "images". */
  images?: InputMaybe<ProductImagesFilter>;
  /** Filter by the id(s) of "inventoryStatus". */
  inventoryStatus?: InputMaybe<ProductInventoryStatusFilter>;
  /** Filter by "newArrival". */
  newArrival?: InputMaybe<ProductNewArrivalFilter>;
  /** Filter by the id(s) of "parentProducts". */
  parentProducts?: InputMaybe<ProductParentProductsFilter>;
  /** Filter by "productType". */
  productType?: InputMaybe<ProductProductTypeFilter>;
  /** Filter by "sku". */
  sku?: InputMaybe<ProductSkuFilter>;
  /** Filter by "updatedAt". */
  updatedAt?: InputMaybe<ProductUpdatedAtFilter>;
  /** Filter by the id(s) of "variantProducts". */
  variantProducts?: InputMaybe<ProductVariantProductsFilter>;
};

/** Conditions on the id of Product; several conditions all apply. */
export type ProductIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "images" of Product; several conditions all apply. */
export type ProductImagesFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "inventoryStatus" of Product; several conditions all apply. */
export type ProductInventoryStatusFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "newArrival" of Product; several conditions all apply. */
export type ProductNewArrivalFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on "parentProducts" of Product; several conditions all apply. */
export type ProductParentProductsFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "productType" of Product; several conditions all apply. */
export type ProductProductTypeFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on "sku" of Product; several conditions all apply. */
export type ProductSkuFilter = {
  /** Contains the text (to-many relationship: contains all of the values). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Ends with the text. */
  endsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
  /** Does not contain the text (to-many relationship: does not contain all of the values). */
  notContains?: InputMaybe<Scalars['String']['input']>;
  /** Does not end with the text. */
  notEndsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Does not start with the text. */
  notStartsWith?: InputMaybe<Scalars['String']['input']>;
  /** Starts with the text. */
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

/** Conditions on "updatedAt" of Product; several conditions all apply. */
export type ProductUpdatedAtFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<DateTimeRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['DateTime']['input']>>;
};

/** Conditions on "variantProducts" of Product; several conditions all apply. */
export type ProductVariantProductsFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Productimage records; all of them apply (Oro filter[...]). */
export type ProductimageFilter = {
  /** Filter by id. */
  id?: InputMaybe<ProductimageIdFilter>;
  /** Filter by the id(s) of "product". */
  product?: InputMaybe<ProductimageProductFilter>;
};

/** Conditions on the id of Productimage; several conditions all apply. */
export type ProductimageIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "product" of Productimage; several conditions all apply. */
export type ProductimageProductFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ProductimageSort = {
  direction?: InputMaybe<SortDirection>;
  field: ProductimageSortField;
};

/** Fields Productimage records can be ordered by. */
export type ProductimageSortField =
  /** The default order. */
  | 'id';

/** Conditions on Productinventorystatus records; all of them apply (Oro filter[...]). */
export type ProductinventorystatusFilter = {
  /** Filter by id. */
  id?: InputMaybe<ProductinventorystatusIdFilter>;
};

/** Conditions on the id of Productinventorystatus; several conditions all apply. */
export type ProductinventorystatusIdFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Productunit records; all of them apply (Oro filter[...]). */
export type ProductunitFilter = {
  /** Filter by id. */
  id?: InputMaybe<ProductunitIdFilter>;
};

/** Conditions on the id of Productunit; several conditions all apply. */
export type ProductunitIdFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ProductunitSort = {
  direction?: InputMaybe<SortDirection>;
  field: ProductunitSortField;
};

/** Fields Productunit records can be ordered by. */
export type ProductunitSortField =
  /** The default order. */
  | 'id';

/** Conditions on "country" of Region; several conditions all apply. */
export type RegionCountryFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Region records; all of them apply (Oro filter[...]). */
export type RegionFilter = {
  /** Filter by the id(s) of "country". */
  country?: InputMaybe<RegionCountryFilter>;
  /** Filter by id. */
  id?: InputMaybe<RegionIdFilter>;
  /** Filter by "name". */
  name?: InputMaybe<RegionNameFilter>;
};

/** Conditions on the id of Region; several conditions all apply. */
export type RegionIdFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Region; several conditions all apply. */
export type RegionNameFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
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

/** Conditions on "customer" of Shoppinglist; several conditions all apply. */
export type ShoppinglistCustomerFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "customerUser" of Shoppinglist; several conditions all apply. */
export type ShoppinglistCustomerUserFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on Shoppinglist records; all of them apply (Oro filter[...]). */
export type ShoppinglistFilter = {
  /** Filter by the id(s) of "customer". */
  customer?: InputMaybe<ShoppinglistCustomerFilter>;
  /** Filter by the id(s) of "customerUser". */
  customerUser?: InputMaybe<ShoppinglistCustomerUserFilter>;
  /** Filter by id. */
  id?: InputMaybe<ShoppinglistIdFilter>;
  /** Filter by the id(s) of "items". */
  items?: InputMaybe<ShoppinglistItemsFilter>;
  /** Filter by "name". */
  name?: InputMaybe<ShoppinglistNameFilter>;
};

/** Conditions on the id of Shoppinglist; several conditions all apply. */
export type ShoppinglistIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "items" of Shoppinglist; several conditions all apply. */
export type ShoppinglistItemsFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Related to all of these ids. */
  contains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Not related to all of these ids. */
  notContains?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "name" of Shoppinglist; several conditions all apply. */
export type ShoppinglistNameFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['String']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['String']['input']>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ShoppinglistSort = {
  direction?: InputMaybe<SortDirection>;
  field: ShoppinglistSortField;
};

/** Fields Shoppinglist records can be ordered by. */
export type ShoppinglistSortField =
  | 'createdAt'
  /** The default order. */
  | 'id'
  | 'name'
  | 'updatedAt';

/** Conditions on Shoppinglistitem records; all of them apply (Oro filter[...]). */
export type ShoppinglistitemFilter = {
  /** Filter by id. */
  id?: InputMaybe<ShoppinglistitemIdFilter>;
  /** Filter by the id(s) of "parentProduct". */
  parentProduct?: InputMaybe<ShoppinglistitemParentProductFilter>;
  /** Filter by the id(s) of "product". */
  product?: InputMaybe<ShoppinglistitemProductFilter>;
  /** Filter by the id(s) of "shoppingList". */
  shoppingList?: InputMaybe<ShoppinglistitemShoppingListFilter>;
  /** Filter by the id(s) of "unit". */
  unit?: InputMaybe<ShoppinglistitemUnitFilter>;
};

/** Conditions on the id of Shoppinglistitem; several conditions all apply. */
export type ShoppinglistitemIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "parentProduct" of Shoppinglistitem; several conditions all apply. */
export type ShoppinglistitemParentProductFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "product" of Shoppinglistitem; several conditions all apply. */
export type ShoppinglistitemProductFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "shoppingList" of Shoppinglistitem; several conditions all apply. */
export type ShoppinglistitemShoppingListFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type ShoppinglistitemSort = {
  direction?: InputMaybe<SortDirection>;
  field: ShoppinglistitemSortField;
};

/** Fields Shoppinglistitem records can be ordered by. */
export type ShoppinglistitemSortField =
  /** The default order. */
  | 'id';

/** Conditions on "unit" of Shoppinglistitem; several conditions all apply. */
export type ShoppinglistitemUnitFilter = {
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** ASC sends the field as is, DESC with a "-" prefix (Oro `sort=-field`). */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Conditions on Webcatalogtree records; all of them apply (Oro filter[...]). */
export type WebcatalogtreeFilter = {
  /** Filter by id. */
  id?: InputMaybe<WebcatalogtreeIdFilter>;
  /** Filter by "level". */
  level?: InputMaybe<WebcatalogtreeLevelFilter>;
  /** Filter by the id(s) of "parent". */
  parent?: InputMaybe<WebcatalogtreeParentFilter>;
};

/** Conditions on the id of Webcatalogtree; several conditions all apply. */
export type WebcatalogtreeIdFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['ID']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['ID']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on "level" of Webcatalogtree; several conditions all apply. */
export type WebcatalogtreeLevelFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IntRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Conditions on "parent" of Webcatalogtree; several conditions all apply. */
export type WebcatalogtreeParentFilter = {
  /** Between from and to, both included. */
  between?: InputMaybe<IdRange>;
  /** Equal to (on a to-many relationship: contains any of the values). */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** true: has a value (to-many: is not empty); false: is null (to-many: is empty). */
  exists?: InputMaybe<Scalars['Boolean']['input']>;
  /** Equal to any of the values (sent comma-separated). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to; records where the value is null are not returned. */
  neq?: InputMaybe<Scalars['ID']['input']>;
  /** Not equal to, or null. */
  neqOrNull?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to none of the values (sent comma-separated). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One ordering key; a list of them orders by the first, then the next. */
export type WebcatalogtreeSort = {
  direction?: InputMaybe<SortDirection>;
  field: WebcatalogtreeSortField;
};

/** Fields Webcatalogtree records can be ordered by. */
export type WebcatalogtreeSortField =
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


export type ProductListingQuery = { __typename?: 'Query', products?: { __typename?: 'ProductConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Product', id: string, sku: string, name?: string | null, prices?: unknown | null, brand?: { __typename?: 'Brand', name?: string | null } | null, category?: { __typename?: 'Mastercatalogcategory', title?: string | null } | null, images?: { __typename?: 'ProductimageConnection', nodes: Array<{ __typename?: 'Productimage', types?: Array<string | null> | null, files?: unknown | null }> } | null, inventoryStatus?: { __typename?: 'Productinventorystatus', id: string, name: string } | null }> } | null };


export const ProductListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"12"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prices"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"}},{"kind":"Field","name":{"kind":"Name","value":"files"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inventoryStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductListingQuery, ProductListingQueryVariables>;