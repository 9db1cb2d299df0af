/**
 * The contract between the executor and the network. `src/upstream/` implements it with undici;
 * tests may implement it in memory. Paths are absolute on the Oro origin and already include the
 * view prefix and query string: `/api/products?include=brand&page%5Bsize%5D=20`.
 */
export type OroView = 'storefront' | 'back-office';

export interface UpstreamRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  /** Extra request headers, e.g. `X-Include`. Auth, Accept, localization and request id are added by the client. */
  headers?: Record<string, string>;
  /** JSON body for writes (sent as `application/vnd.api+json`, never with a charset). */
  body?: unknown;
  signal?: AbortSignal;
  /** For metrics and logs only. */
  resource?: string;
  /** Plan stage the request belongs to; copied into the trace (`TracedRequest.stage`), default 1. */
  stage?: number;
}

export interface UpstreamResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body, or null for an empty body. */
  body: unknown;
}

/**
 * A client bound to one GraphQL request: it already knows the view, the Oro origin, the caller's
 * credentials, localization/currency context and request id. It resolves with any HTTP status;
 * it rejects only with `UpstreamError` (timeouts, socket errors, invalid JSON, open breaker).
 */
export interface UpstreamClient {
  readonly view: OroView;
  request(req: UpstreamRequest): Promise<UpstreamResponse>;
}

export type UpstreamFailure = 'timeout' | 'unavailable' | 'bad_response' | 'aborted';

export class UpstreamError extends Error {
  constructor(
    readonly failure: UpstreamFailure,
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'UpstreamError';
  }
}
