import type { GatewayError } from '../errors.ts';
import type { TracedRequest } from '../executor/types.ts';
import { mapUpstreamFailure, mapUpstreamStatus } from '../jsonapi/mapUpstreamError.ts';
import type { UpstreamClient, UpstreamResponse } from '../upstream/types.ts';

export interface RunnerOptions {
  upstream: UpstreamClient;
  maxConcurrency: number;
  trace?: TracedRequest[];
  signal?: AbortSignal;
}

export interface OroGet {
  path: string;
  headers: Record<string, string>;
  stage: number;
  resource: string;
  parameterPaths?: ReadonlyMap<string, string>;
}

/**
 * Sends the GET requests of one GraphQL operation: identical requests (same path and headers)
 * are made once and shared, at most `maxConcurrency` run at a time (RELIABILITY "Defaults": 8
 * per operation), every call is appended to the operation's trace, and any failure comes back as
 * a GatewayError with a stable code (PROTOCOL §5). Lives for one GraphQL request only.
 */
export class RequestRunner {
  readonly #cache = new Map<string, Promise<UpstreamResponse>>();
  readonly #queue: Array<() => void> = [];
  #active = 0;

  constructor(readonly options: RunnerOptions) {}

  /** Resolves with a 2xx response; rejects with a mapped GatewayError otherwise. */
  get(req: OroGet): Promise<UpstreamResponse> {
    const key = `${req.path}\n${JSON.stringify(Object.entries(req.headers).sort())}`;
    let pending = this.#cache.get(key);
    if (!pending) {
      pending = this.#limit(() => this.#send(req));
      this.#cache.set(key, pending);
    }
    return pending;
  }

  async #send(req: OroGet): Promise<UpstreamResponse> {
    const started = performance.now();
    const traced: TracedRequest = { stage: req.stage, method: 'GET', path: req.path };
    this.options.trace?.push(traced);
    let res: UpstreamResponse;
    try {
      res = await this.options.upstream.request({ method: 'GET', path: req.path, headers: req.headers, signal: this.options.signal, resource: req.resource, stage: req.stage });
    } catch (err) {
      throw mapUpstreamFailure(err);
    } finally {
      traced.durationMs = Math.round(performance.now() - started);
    }
    traced.status = res.status;
    if (res.status < 200 || res.status >= 300) throw mapUpstreamStatus(res.status, res.body, { parameterPaths: req.parameterPaths });
    return res;
  }

  async #limit<T>(task: () => Promise<T>): Promise<T> {
    if (this.#active >= this.options.maxConcurrency) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#active++;
    try {
      return await task();
    } finally {
      this.#active--;
      this.#queue.shift()?.();
    }
  }
}

export type { GatewayError };
