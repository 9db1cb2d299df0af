import { Pool } from 'undici';
import type { Dispatcher } from 'undici';
import type { UpstreamConfig } from '../config.ts';
import { CircuitBreaker } from './circuitBreaker.ts';
import type { BreakerState } from './circuitBreaker.ts';
import { retryDelay } from './retryDelay.ts';
import { UpstreamError } from './types.ts';
import type { UpstreamResponse } from './types.ts';

export interface OroHttpRequest {
  /** `https://shop.example.com` (no path). */
  origin: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Absolute path with query string. */
  path: string;
  headers: Record<string, string>;
  /** Serialized body; the caller sets the matching Content-Type. */
  body?: string;
  /** The operation's signal (client gone, operation deadline). */
  signal?: AbortSignal;
}

export interface OroHttpResult extends UpstreamResponse {
  /** Tries made, 1 when the first one answered. */
  attempts: number;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/**
 * The network layer shared by every request of the gateway: one undici `Pool` per Oro origin
 * (keep-alive, bounded connections, connect timeout), one circuit breaker per origin, a deadline
 * per call and retries for GET only (RELIABILITY.md "Defaults" and pitfall 6: deadlines through
 * `AbortSignal.any`, not undici's coarse timers). It resolves with any HTTP status and rejects
 * only with `UpstreamError`.
 */
export class OroHttp {
  private readonly pools = new Map<string, Pool>();
  private readonly breakers = new Map<string, CircuitBreaker>();
  private closed = false;

  constructor(
    private readonly options: UpstreamConfig,
    private readonly clock: { now: () => number; random: () => number } = { now: Date.now, random: Math.random },
  ) {}

  breakerState(origin: string): BreakerState {
    return this.breaker(origin).state;
  }

  async send(req: OroHttpRequest): Promise<OroHttpResult> {
    if (this.closed) throw new UpstreamError('unavailable', 'the upstream client is closed');
    const idempotent = req.method === 'GET';
    const deadline = this.clock.now() + this.options.callTimeoutMs;
    const breaker = this.breaker(req.origin);
    let attempt = 0;
    for (;;) {
      attempt++;
      if (req.signal?.aborted) throw abortedError(req.signal);
      if (!breaker.tryAcquire()) throw new UpstreamError('unavailable', 'Oro is unavailable (circuit open)');
      let result: OroHttpResult | undefined;
      let failure: UpstreamError | undefined;
      let retryAfter: string | undefined;
      try {
        result = await this.once(req, deadline, attempt);
        breaker.record(result.status < 500);
        retryAfter = result.headers['retry-after'];
      } catch (err) {
        failure = err as UpstreamError;
        // Only timeouts and socket errors count against Oro; a caller aborting says nothing about it.
        if (failure.failure === 'aborted') breaker.release();
        else breaker.record(failure.failure === 'bad_response');
      }
      const retriable = idempotent && attempt <= this.options.retries && (failure ? failure.failure === 'unavailable' : RETRY_STATUSES.has(result!.status));
      if (!retriable) {
        if (failure) throw failure;
        return result!;
      }
      const delay = retryDelay({
        attempt: attempt - 1,
        baseMs: this.options.retryBaseDelayMs,
        maxMs: this.options.retryMaxDelayMs,
        retryAfter,
        now: this.clock.now(),
        deadline,
        random: this.clock.random,
      });
      if (delay === undefined) {
        if (failure) throw failure;
        return result!;
      }
      await sleep(delay, req.signal);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.pools.values()].map((p) => p.close().catch(() => p.destroy())));
    this.pools.clear();
  }

  private async once(req: OroHttpRequest, deadline: number, attempt: number): Promise<OroHttpResult> {
    const remaining = deadline - this.clock.now();
    if (remaining <= 0) throw new UpstreamError('timeout', 'Oro did not answer in time');
    const timeout = AbortSignal.timeout(remaining);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    let sent = false;
    try {
      const res: Dispatcher.ResponseData = await this.pool(req.origin).request({
        method: req.method,
        path: req.path,
        headers: req.headers,
        body: req.body,
        signal,
      });
      sent = true;
      const text = await res.body.text();
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      }
      let body: unknown = null;
      // `/\S/` stops at the first character; `trim()` would copy the whole (possibly large) body.
      if (/\S/.test(text)) {
        try {
          body = JSON.parse(text);
        } catch (err) {
          throw new UpstreamError('bad_response', `Oro answered ${res.statusCode} with a body that is not JSON`, res.statusCode, { cause: err });
        }
      }
      return { status: res.statusCode, headers, body, attempts: attempt };
    } catch (err) {
      if (err instanceof UpstreamError) throw err;
      if (req.signal?.aborted) throw abortedError(req.signal);
      // A request undici refuses to send (bad header value) says nothing about Oro's health.
      if ((err as { code?: string }).code === 'UND_ERR_INVALID_ARG') throw new UpstreamError('bad_response', 'the request to Oro could not be built', undefined, { cause: err });
      if (timeout.aborted) {
        const what = req.method === 'GET' || !sent ? 'Oro did not answer in time' : 'Oro did not answer in time; the outcome of the write is unknown';
        throw new UpstreamError('timeout', what, undefined, { cause: err });
      }
      throw new UpstreamError('unavailable', 'Oro could not be reached', undefined, { cause: err });
    }
  }

  private pool(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.options.connectionsPerOrigin,
        keepAliveTimeout: this.options.keepAliveTimeoutMs,
        connect: { timeout: this.options.connectTimeoutMs },
        // The precise deadline is the AbortSignal; these are a backstop only (pitfall 6).
        headersTimeout: this.options.callTimeoutMs + 1000,
        bodyTimeout: this.options.callTimeoutMs + 1000,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  private breaker(origin: string): CircuitBreaker {
    let b = this.breakers.get(origin);
    if (!b) {
      b = new CircuitBreaker(this.options.breaker, this.clock.now);
      this.breakers.set(origin, b);
    }
    return b;
  }
}

function abortedError(signal: AbortSignal): UpstreamError {
  const reason: unknown = signal.reason;
  if (reason instanceof UpstreamError) return reason;
  const timeout = reason instanceof DOMException && reason.name === 'TimeoutError';
  return timeout
    ? new UpstreamError('timeout', 'the operation deadline passed', undefined, { cause: reason })
    : new UpstreamError('aborted', 'the request was cancelled', undefined, { cause: reason });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
