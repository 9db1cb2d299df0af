/**
 * Delay before the next try of an idempotent Oro call (RELIABILITY.md "Defaults": 100 ms → 1 s,
 * jittered). A `Retry-After` header (seconds or HTTP date) wins when present; Oro itself never
 * sends one (PROTOCOL §8.18) but proxies in front of it do. Returns undefined when the wait would
 * pass the deadline, so the caller gives up instead of retrying late.
 */
export function retryDelay(options: {
  attempt: number;
  baseMs: number;
  maxMs: number;
  retryAfter?: string;
  now: number;
  deadline: number;
  random?: () => number;
}): number | undefined {
  const random = options.random ?? Math.random;
  let delay: number;
  const fromHeader = parseRetryAfter(options.retryAfter, options.now);
  if (fromHeader !== undefined) {
    delay = fromHeader;
  } else {
    const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** options.attempt);
    // "Equal jitter": half fixed, half random, so retries never bunch at zero.
    delay = ceiling / 2 + random() * (ceiling / 2);
  }
  if (options.now + delay >= options.deadline) return undefined;
  return Math.round(delay);
}

export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
