import type { ResourceModel } from '../metadata/model.ts';

/** Knobs of the query compiler (RELIABILITY "Defaults"). */
export interface CompilerOptions {
  /** JSON:API base path: `/api` (storefront) or `/admin/api` (back office), PROTOCOL §1.1. */
  basePath: string;
  /** Longest dotted `include` path; deeper relationships are fetched in a later stage. Default 3. */
  maxIncludeDepth?: number;
  /** Connection page size when `first` is not given. Default 10 (Oro's own default, PROTOCOL §3.5). */
  defaultPageSize?: number;
  /** Largest accepted `first`. Default 100. */
  maxPageSize?: number;
  /** Upstream requests an operation may need, estimated before any call. Default 50. */
  maxUpstreamRequests?: number;
  /** Oro calls in flight at once for one operation. Default 8. */
  maxConcurrency?: number;
  /** Longest query string of a batched `filter[id]=…` request before it is split. Default 6000. */
  maxQueryLength?: number;
  /**
   * The IR the schema was built from. When given, the planner honours per-resource flags the
   * schema does not carry (paging, include, fieldsets disabled: PROTOCOL §3.2, §3.3, §3.5), so it
   * never sends a parameter Oro would reject (PROTOCOL §8.2).
   */
  model?: ResourceModel;
}

export type ResolvedCompilerOptions = Required<Omit<CompilerOptions, 'model'>> & { model?: ResourceModel };

export function resolveCompilerOptions(options?: Partial<CompilerOptions>): ResolvedCompilerOptions {
  return {
    basePath: (options?.basePath ?? options?.model?.basePath ?? '/api').replace(/\/$/, ''),
    maxIncludeDepth: options?.maxIncludeDepth ?? 3,
    defaultPageSize: options?.defaultPageSize ?? 10,
    maxPageSize: options?.maxPageSize ?? 100,
    maxUpstreamRequests: options?.maxUpstreamRequests ?? 50,
    maxConcurrency: options?.maxConcurrency ?? 8,
    maxQueryLength: options?.maxQueryLength ?? 6000,
    model: options?.model,
  };
}
