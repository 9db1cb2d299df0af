import type { UpstreamClient } from '../upstream/types.ts';

/** One upstream request as reported by `explain` and in a response's `extensions`. */
export interface TracedRequest {
  stage: number;
  method: string;
  path: string;
  status?: number;
  durationMs?: number;
}

/**
 * What the server puts into the GraphQL context for every request (fresh object per request).
 * Resolvers keep their per-operation state (store, DataLoaders) on this object or keyed by it,
 * so nothing is ever shared between requests or users.
 */
export interface OroRequestContext {
  upstream: UpstreamClient;
  /** When present, every upstream request of the operation is appended here. */
  trace?: TracedRequest[];
  /** Aborted when the client goes away or the operation deadline passes. */
  signal?: AbortSignal;
  /**
   * Optional: the executor calls it once per batched Oro request (`filter[id]=a,b,c`,
   * `filter[parent]=…`) with the JSON:API type and the number of keys; the server turns it into
   * the `oro_executor_batch_size` metric.
   */
  onBatch?: (resource: string, size: number) => void;
}

export interface GatewayContext {
  oro: OroRequestContext;
}
