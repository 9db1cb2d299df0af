import { GatewayError } from '../errors.ts';
import { withQuery } from '../jsonapi/buildQueryString.ts';
import type { QueryParam } from '../jsonapi/buildQueryString.ts';
import { resourceKey } from '../jsonapi/resourceStore.ts';
import type { ResourceIdentifier, ResourceStore } from '../jsonapi/resourceStore.ts';
import type { FetchSpec } from '../planner/types.ts';
import type { UpstreamResponse } from '../upstream/types.ts';
import type { RequestRunner } from './requestRunner.ts';

/** The records one parent (or the root, key `''`) gets from a fetch, already windowed. */
export interface Slice {
  keys: string[];
  /** Offset of `keys[0]` in the parent's full list. */
  offset: number;
  hasNext: boolean;
  totalCount?: number;
}

export interface FetchResult {
  slices: Map<string, Slice>;
  error?: GatewayError;
}

export interface FetchEnv {
  runner: RequestRunner;
  store: ResourceStore;
  maxQueryLength: number;
  /** Told the type and key count of every batched `filter[id]` request (GatewayContext `onBatch`). */
  onBatch?: (resource: string, size: number) => void;
}

export const ROOT = '';

/**
 * Runs one planned fetch. `parents` are the `type:id` keys of the records the branch hangs on
 * (none for stage 1). Batched fetches read the ids from the parents' linkage (kept in the
 * store), request them in one `filter[id]=a,b,c` call (split only past `maxQueryLength`) with
 * `page[size]=-1` so no child is cut off by Oro's default page of 10 (PROTOCOL §3.5, §8.5), and
 * distribute rows to parents in response order with each parent's own window — the over-fetch is
 * every matching child of the batched parents, bounded by Oro's 1000-linkage cap.
 */
export async function runFetch(spec: FetchSpec, env: FetchEnv, parents: string[]): Promise<FetchResult> {
  try {
    switch (spec.mode) {
      case 'list':
      case 'item':
        return await runPrimary(spec, env);
      case 'byIds':
        return await runByIds(spec, env, parents);
      case 'perParent':
        return await runPerParent(spec, env, parents);
      default:
        throw new GatewayError('UPSTREAM_ERROR', `This field cannot be read from Oro: ${spec.reason ?? 'no route'}.`);
    }
  } catch (err) {
    return { slices: new Map(), error: err instanceof GatewayError ? err : new GatewayError('UPSTREAM_BAD_RESPONSE', 'Oro sent a response that is not valid JSON:API.', { cause: err }) };
  }
}

function get(spec: FetchSpec, env: FetchEnv, path: string): Promise<UpstreamResponse> {
  return env.runner.get({ path, headers: spec.headers, stage: spec.stage, resource: spec.resource, parameterPaths: spec.parameterPaths });
}

function primaryList(env: FetchEnv, body: unknown): ResourceIdentifier[] {
  try {
    const primary = env.store.addDocument(body);
    return primary === null ? [] : Array.isArray(primary) ? primary : [primary];
  } catch (err) {
    throw new GatewayError('UPSTREAM_BAD_RESPONSE', 'Oro sent a response that is not valid JSON:API.', { cause: err });
  }
}

function totalOf(res: UpstreamResponse): number | undefined {
  const raw = res.headers['x-include-total-count'];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

/** Cuts a page (or a full list) down to the window; one look-ahead row gives `hasNext`. */
function windowed(spec: FetchSpec, rows: ResourceIdentifier[], paged: boolean, total?: number): Slice {
  const window = spec.window ?? { offset: 0, first: rows.length };
  const skip = paged && spec.page ? spec.page.skip : window.offset;
  const keys = rows.slice(skip, skip + window.first).map((r) => resourceKey(r.type, r.id));
  return { keys, offset: window.offset, hasNext: rows.length > skip + window.first, totalCount: total };
}

async function runPrimary(spec: FetchSpec, env: FetchEnv): Promise<FetchResult> {
  const path = withQuery(spec.path, spec.params);
  if (spec.mode === 'item') {
    let res: UpstreamResponse;
    try {
      res = await get(spec, env, path);
    } catch (err) {
      // A missing record is `null`, not an error, for `product(id:)` (GraphQL convention).
      if (err instanceof GatewayError && err.code === 'NOT_FOUND') return { slices: new Map([[ROOT, { keys: [], offset: 0, hasNext: false }]]) };
      throw err;
    }
    const rows = primaryList(env, res.body);
    return { slices: new Map([[ROOT, { keys: rows.map((r) => resourceKey(r.type, r.id)), offset: 0, hasNext: false }]]) };
  }
  const res = await get(spec, env, path);
  const rows = primaryList(env, res.body);
  return { slices: new Map([[ROOT, windowed(spec, rows, spec.page !== undefined, totalOf(res))]]) };
}

function linked(env: FetchEnv, parentKey: string, relationship: string): ResourceIdentifier[] {
  const link = env.store.getByKey(parentKey)?.relationships[relationship];
  if (link === undefined || link === null) return [];
  return Array.isArray(link) ? link : [link];
}

async function runByIds(spec: FetchSpec, env: FetchEnv, parents: string[]): Promise<FetchResult> {
  const rel = spec.parent!.relationship;
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const p of parents) {
    for (const l of linked(env, p, rel)) {
      if (l.type !== spec.resource || seen.has(l.id)) continue;
      seen.add(l.id);
      ids.push(l.id);
    }
  }
  const rows: ResourceIdentifier[] = [];
  for (const chunk of chunkIds(spec.path, spec.params, ids, env.maxQueryLength)) {
    env.onBatch?.(spec.resource, chunk.length);
    const res = await get(spec, env, withQuery(spec.path, [...spec.params, { key: 'filter[id]', value: chunk.join(',') }]));
    rows.push(...primaryList(env, res.body));
  }
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const slices = new Map<string, Slice>();
  const window = spec.window;
  for (const p of parents) {
    const mine = linked(env, p, rel)
      .filter((l) => l.type === spec.resource && order.has(l.id))
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const all = mine.map((r) => resourceKey(r.type, r.id));
    const offset = window?.offset ?? 0;
    const first = window?.first ?? all.length;
    slices.set(p, { keys: all.slice(offset, offset + first), offset, hasNext: all.length > offset + first, totalCount: all.length });
  }
  return { slices };
}

/** Splits ids so every `filter[id]` request stays under the URL budget; never splits when none. */
export function chunkIds(path: string, params: QueryParam[], ids: string[], maxQueryLength: number): string[][] {
  const chunks: string[][] = [];
  const fixed = withQuery(path, params).length + 20;
  let current: string[] = [];
  let length = fixed;
  for (const id of ids) {
    const add = encodeURIComponent(id).length + 1;
    if (current.length > 0 && length + add > maxQueryLength) {
      chunks.push(current);
      current = [];
      length = fixed;
    }
    current.push(id);
    length += add;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function runPerParent(spec: FetchSpec, env: FetchEnv, parents: string[]): Promise<FetchResult> {
  const slices = new Map<string, Slice>();
  const rel = spec.parent!.relationship;
  await Promise.all(
    parents.map(async (p) => {
      const record = env.store.getByKey(p);
      if (!record) return;
      const path = withQuery(`${spec.path}/${encodeURIComponent(record.id)}/${rel}`, spec.params);
      const res = await get(spec, env, path);
      const rows = primaryList(env, res.body);
      slices.set(p, windowed(spec, rows, spec.page !== undefined, totalOf(res)));
    }),
  );
  return { slices };
}
