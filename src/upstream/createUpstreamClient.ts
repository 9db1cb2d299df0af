import type { TracedRequest } from '../executor/types.ts';
import type { OroHttp } from './oroHttp.ts';
import type { ServiceAccount } from './serviceAccount.ts';
import type { OroView, UpstreamClient, UpstreamRequest, UpstreamResponse } from './types.ts';
import { UpstreamError } from './types.ts';

/** Localization and currency of one operation; mutable because `@inContext` is read after the context is built. */
export interface OroRequestScope {
  localizationId?: string;
  currency?: string;
}

/** What the client reports for every finished Oro call (metrics, logs). */
export interface UpstreamCallReport {
  view: OroView;
  method: string;
  resource: string;
  /** HTTP status, or the failure kind when there was no answer. */
  outcome: number | UpstreamError['failure'];
  durationMs: number;
}

export interface UpstreamClientOptions {
  http: OroHttp;
  origin: string;
  view: OroView;
  /** The caller's `Authorization` header, passed to Oro unchanged (PROTOCOL §7.1). */
  authorization?: string;
  /** Used only when there is no `authorization` (back-office service account). */
  serviceAccount?: ServiceAccount;
  scope?: OroRequestScope;
  requestId?: string;
  signal?: AbortSignal;
  /** Runs every call; the per-operation concurrency limit lives here. */
  limiter?: <T>(task: () => Promise<T>) => Promise<T>;
  /** Appends every call here; leave unset when the executor records the trace itself. */
  trace?: TracedRequest[];
  onCall?: (report: UpstreamCallReport) => void;
}

const JSON_API = 'application/vnd.api+json';

/**
 * The `UpstreamClient` bound to one GraphQL request. Every call carries Oro's required headers
 * (PROTOCOL §2.1, §8.1: `Accept: application/vnd.api+json`, and on writes `Content-Type:
 * application/vnd.api+json` without a charset), the caller's credentials, `X-Localization-ID` /
 * `X-Currency` and `X-Request-Id`. With the service account, a 401 drops the cached token and
 * the call is made once more with a fresh one.
 */
export function createUpstreamClient(options: UpstreamClientOptions): UpstreamClient {
  const run = options.limiter ?? (<T>(task: () => Promise<T>) => task());

  async function send(req: UpstreamRequest, token: string | undefined): Promise<UpstreamResponse> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers ?? {})) headers[k.toLowerCase()] = v;
    headers.accept = JSON_API;
    if (options.requestId) headers['x-request-id'] = options.requestId;
    const scope = options.scope ?? {};
    if (scope.localizationId !== undefined) headers['x-localization-id'] = scope.localizationId;
    if (scope.currency !== undefined) headers['x-currency'] = scope.currency;
    const authorization = token !== undefined ? `Bearer ${token}` : options.authorization;
    if (authorization !== undefined) headers.authorization = authorization;
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] = JSON_API;
    }
    const signals = [options.signal, req.signal].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const started = performance.now();
    const resource = req.resource ?? resourceOf(req.path);
    const traced: TracedRequest = { stage: req.stage ?? 1, method: req.method, path: req.path };
    try {
      const res = await options.http.send({ origin: options.origin, method: req.method, path: req.path, headers, body, signal });
      traced.status = res.status;
      report(resource, req.method, res.status, started);
      return { status: res.status, headers: res.headers, body: res.body };
    } catch (err) {
      const failure = err instanceof UpstreamError ? err.failure : 'unavailable';
      report(resource, req.method, failure, started);
      throw err instanceof UpstreamError ? err : new UpstreamError('unavailable', 'Oro could not be reached', undefined, { cause: err });
    } finally {
      traced.durationMs = Math.round(performance.now() - started);
      options.trace?.push(traced);
    }
  }

  function report(resource: string, method: string, outcome: UpstreamCallReport['outcome'], started: number): void {
    options.onCall?.({ view: options.view, method, resource, outcome, durationMs: performance.now() - started });
  }

  return {
    view: options.view,
    request(req: UpstreamRequest): Promise<UpstreamResponse> {
      return run(async () => {
        const account = options.authorization === undefined ? options.serviceAccount : undefined;
        if (!account) return send(req, undefined);
        const token = await account.getToken();
        const res = await send(req, token);
        if (res.status !== 401) return res;
        account.invalidate(token);
        return send(req, await account.getToken());
      });
    },
  };
}

/** `/admin/api/products/1/names?x` → `products`: the JSON:API type segment, for metrics labels. */
export function resourceOf(path: string): string {
  const clean = path.split('?')[0] ?? '';
  const parts = clean.split('/').filter(Boolean);
  const apiAt = parts.indexOf('api');
  return parts[apiAt + 1] ?? 'unknown';
}
