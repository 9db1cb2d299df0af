import { GatewayError } from '../errors.ts';
import type { GatewayErrorCode } from '../errors.ts';
import { UpstreamError } from '../upstream/types.ts';

/** Where a failed upstream request came from, to point the client at the right input. */
export interface ErrorOrigin {
  /** Query parameter key sent to Oro → GraphQL argument path (`products.filter.sku`). */
  parameterPaths?: ReadonlyMap<string, string>;
}

/**
 * Maps a non-2xx Oro response to a GatewayError (PROTOCOL §5): 401 UNAUTHENTICATED, 403
 * FORBIDDEN, 404 NOT_FOUND, 409 CONFLICT, 429 RATE_LIMITED, other 4xx BAD_USER_INPUT, 5xx
 * UPSTREAM_UNAVAILABLE. For 400s, each error object's `source.parameter` (PROTOCOL §5.1) is mapped
 * back to the GraphQL argument that produced it when the plan knows it. The upstream body never
 * reaches the message (ARCHITECTURE "Conventions"); only our own parameter names are echoed.
 */
export function mapUpstreamStatus(status: number, body: unknown, origin: ErrorOrigin = {}): GatewayError {
  const code = codeForStatus(status);
  const details: Record<string, unknown> = { upstreamStatus: status };
  if (code === 'BAD_USER_INPUT') {
    const argumentPaths: string[] = [];
    for (const parameter of errorParameters(body)) {
      const argPath = origin.parameterPaths?.get(parameter) ?? origin.parameterPaths?.get(normalizeParameter(parameter));
      if (argPath !== undefined && !argumentPaths.includes(argPath)) argumentPaths.push(argPath);
    }
    if (argumentPaths.length > 0) {
      details.argumentPaths = argumentPaths;
      return new GatewayError(code, `Oro rejected the value of argument ${argumentPaths.join(', ')}.`, { details });
    }
  }
  return new GatewayError(code, MESSAGES[code] ?? 'Oro returned an error.', { details });
}

/** Maps a transport failure (UpstreamError) or anything else thrown by the client. */
export function mapUpstreamFailure(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  if (err instanceof UpstreamError) {
    switch (err.failure) {
      case 'timeout':
      case 'aborted':
        return new GatewayError('UPSTREAM_TIMEOUT', MESSAGES.UPSTREAM_TIMEOUT!, { cause: err });
      case 'bad_response':
        return new GatewayError('UPSTREAM_BAD_RESPONSE', MESSAGES.UPSTREAM_BAD_RESPONSE!, { cause: err });
      default:
        return new GatewayError('UPSTREAM_UNAVAILABLE', MESSAGES.UPSTREAM_UNAVAILABLE!, { cause: err });
    }
  }
  return new GatewayError('UPSTREAM_UNAVAILABLE', MESSAGES.UPSTREAM_UNAVAILABLE!, { cause: err });
}

export function codeForStatus(status: number): GatewayErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'UPSTREAM_UNAVAILABLE';
  if (status >= 400) return 'BAD_USER_INPUT';
  return 'UPSTREAM_BAD_RESPONSE';
}

const MESSAGES: Partial<Record<GatewayErrorCode, string>> = {
  UNAUTHENTICATED: 'Oro requires valid credentials for this data.',
  FORBIDDEN: 'Access to this data is denied by Oro.',
  NOT_FOUND: 'The requested record does not exist in Oro.',
  CONFLICT: 'Oro reported a conflict.',
  RATE_LIMITED: 'Oro is rate limiting requests; try again later.',
  BAD_USER_INPUT: 'Oro rejected the request arguments.',
  UPSTREAM_UNAVAILABLE: 'Oro is unavailable.',
  UPSTREAM_TIMEOUT: 'Oro did not answer in time.',
  UPSTREAM_BAD_RESPONSE: 'Oro sent a response that is not valid JSON:API.',
};

function errorParameters(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors)) return [];
  const out: string[] = [];
  for (const e of errors) {
    const p = (e as { source?: { parameter?: unknown } } | null)?.source?.parameter;
    if (typeof p === 'string') out.push(p);
  }
  return out;
}

/** Oro treats `filter[a][b]` and `filter[a.b]` alike (PROTOCOL §3.1); compare in dotted form. */
function normalizeParameter(p: string): string {
  const m = /^(\w+)((?:\[[^\]]*\])+)$/.exec(p);
  if (!m) return p;
  const parts = [...m[2]!.matchAll(/\[([^\]]*)\]/g)].map((x) => x[1]!);
  return `${m[1]}[${parts.join('.')}]`;
}
