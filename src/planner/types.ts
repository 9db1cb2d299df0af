import type { QueryParam } from '../jsonapi/buildQueryString.ts';
import type { PageChoice, PageWindow } from './pagination.ts';

/** How the fields of one selection on one object type are resolved, by response key. */
export interface SelectionScope {
  /** JSON:API type of the records this scope applies to. */
  resource: string;
  fields: Map<string, FieldResolution>;
}

/** Scopes of a relationship's target, by GraphQL object type name (several for unions). */
export type NodeScopes = Map<string, SelectionScope>;

/** A relationship or root field that returns a connection. */
export interface ConnectionShape {
  window: PageWindow;
  /** Response key of each `nodes` field → scopes of its items. */
  nodes: Map<string, NodeScopes>;
  /** Response key of each `edges` field → response key of each `node` under it → scopes. */
  edges: Map<string, Map<string, NodeScopes>>;
}

/**
 * Where a relationship (or root) field finds its records at run time: in the parent record's
 * linkage (the target came in the same compound document through `include`, or only its id is
 * needed) or in the per-parent results of a later-stage fetch.
 */
export type FieldResolution =
  | { kind: 'linkage'; relationship: string; toMany: boolean; connection?: ConnectionShape; scopes: NodeScopes }
  | { kind: 'fetched'; fetchId: string; toMany: boolean; connection?: ConnectionShape; scopes: NodeScopes };

/** One step from a fetch's primary records along included linkage to the parents of a later fetch. */
export interface AnchorStep {
  /** Type of the records the step starts from (other types on a union position are skipped). */
  resource: string;
  relationship: string;
  window?: PageWindow;
}

/**
 * One upstream request (or, for `perParent`, one request per parent) of a plan.
 * - `list`: `GET {base}/{type}?…` with `page[...]` chosen from the window (PROTOCOL §3.5);
 * - `item`: `GET {base}/{type}/{id}?…`;
 * - `byIds`: `GET {base}/{type}?filter[id]=<ids from the parents' linkage>&…&page[size]=-1`,
 *   one request per branch (split only past `maxQueryLength`);
 * - `perParent`: `GET {base}/{parentType}/{id}/{relationship}?…`, one per parent, bounded
 *   concurrency — only when the target type has no list route to batch on (PROTOCOL §1.2).
 */
export interface FetchSpec {
  id: string;
  stage: number;
  /** Response path of the branch, connection segments left out: `orders.lineItems`. */
  label: string;
  resource: string;
  mode: 'list' | 'item' | 'byIds' | 'perParent' | 'unavailable';
  /** Path without query: `/api/products`, `/api/products/5`; for perParent the parent list path. */
  path: string;
  itemId?: string;
  /** Static parameters (runtime adds `filter[id]` for byIds and `page[...]` for perParent). */
  params: QueryParam[];
  headers: Record<string, string>;
  page?: PageChoice;
  window?: PageWindow;
  /** `X-Include: totalCount` sent (list, perParent). */
  totalCount: boolean;
  /** Oro query parameter → GraphQL argument path (PROTOCOL §5.1 `source.parameter`). */
  parameterPaths: Map<string, string>;
  parent?: { fetchId: string; anchor: AnchorStep[]; parentResource: string; relationship: string; toMany: boolean };
  /** Upper bound of upstream requests this fetch makes. */
  estimate: number;
  /** Upper bound of records it returns (used for estimates of its children). */
  recordBound: number;
  /** Why a field cannot be fetched (mode `unavailable`). */
  reason?: string;
}

/** A request as `explain` prints it; runtime-only values appear as `{…}` placeholders. */
export interface PlannedRequest {
  stage: number;
  method: 'GET';
  /** Path with query string, encoded exactly as sent; `{ids of orders.lineItems}` style placeholders. */
  path: string;
  headers: Record<string, string>;
  /** Set for per-parent fallbacks and unavailable branches. */
  note?: string;
}

export interface RootPlan {
  responseKey: string;
  fetchId: string;
  resolution: FieldResolution;
}

export interface QueryPlan {
  operationName?: string;
  roots: RootPlan[];
  fetches: FetchSpec[];
  /** Stage by stage, in execution order. */
  requests: PlannedRequest[];
  estimatedRequests: number;
}
