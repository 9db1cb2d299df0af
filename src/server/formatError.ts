import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GatewayError } from '../errors.ts';
import type { GatewayErrorCode } from '../errors.ts';
import { UpstreamError } from '../upstream/types.ts';
import { TokenRefusedError } from '../upstream/requestToken.ts';

const GATEWAY_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'OPERATION_TOO_COMPLEX',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_BAD_RESPONSE',
  'UPSTREAM_ERROR',
  'INTERNAL_SERVER_ERROR',
] satisfies GatewayErrorCode[]);

/** Request-level codes Apollo Server gives to client mistakes; their messages are safe to show. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

const UPSTREAM_CODES: Record<UpstreamError['failure'], { code: GatewayErrorCode; message: string }> = {
  timeout: { code: 'UPSTREAM_TIMEOUT', message: 'Oro did not answer in time.' },
  aborted: { code: 'UPSTREAM_TIMEOUT', message: 'The operation was cancelled before Oro answered.' },
  unavailable: { code: 'UPSTREAM_UNAVAILABLE', message: 'Oro is unavailable.' },
  bad_response: { code: 'UPSTREAM_BAD_RESPONSE', message: 'Oro sent a response the gateway could not read.' },
};

// graphql-js's own MaxIntrospectionDepthRule and Apollo's recursive-selections rule: limits too, so the same code.
const INTROSPECTION_DEPTH = /^Maximum introspection depth exceeded$/;
const RECURSIVE_SELECTIONS = / recursively requests too many selections\.$/;
// graphql-js 16 spells it "more that".
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * The single masking point (RELIABILITY.md pitfall 1, ARCHITECTURE "Errors"): GatewayErrors and
 * Apollo's request-level errors keep their message and code; upstream failures get a fixed message
 * per code; anything else becomes `INTERNAL_SERVER_ERROR` with a fixed message and is reported
 * through `onInternal` for the log. No stack, upstream body or internal message reaches a client.
 */
export function createFormatError(onInternal: (error: unknown) => void): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const base = { locations: formatted.locations, path: formatted.path };
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (original instanceof GatewayError) return withoutUndefined({ ...base, message: original.message, extensions: { ...publicExtensions(original.extensions), code: original.code } });
    if (original instanceof UpstreamError) {
      const m = UPSTREAM_CODES[original.failure];
      return withoutUndefined({ ...base, message: m.message, extensions: { code: m.code } });
    }
    if (original instanceof TokenRefusedError) return withoutUndefined({ ...base, message: 'Oro refused the credentials.', extensions: { code: 'UNAUTHENTICATED' } });
    // Our validation rules set their own code; Apollo overwrites it with GRAPHQL_VALIDATION_FAILED.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    if (inner instanceof GraphQLError && typeof inner.extensions.code === 'string' && GATEWAY_CODES.has(inner.extensions.code)) {
      return withoutUndefined({ ...base, message: inner.message, extensions: publicExtensions(inner.extensions) });
    }
    if (INTROSPECTION_DEPTH.test(formatted.message)) return withoutUndefined({ ...base, message: formatted.message, extensions: { code: 'OPERATION_TOO_COMPLEX', limit: 'depth' } });
    if (RECURSIVE_SELECTIONS.test(formatted.message)) return withoutUndefined({ ...base, message: formatted.message, extensions: { code: 'OPERATION_TOO_COMPLEX', limit: 'selections' } });
    const tokens = TOKEN_LIMIT.exec(formatted.message);
    if (tokens) return withoutUndefined({ ...base, message: `The document has more than ${tokens[1]} tokens.`, extensions: { code: 'OPERATION_TOO_COMPLEX', limit: 'tokens', max: Number(tokens[1]) } });
    const fromResolver = formatted.path !== undefined;
    if (typeof code === 'string' && !fromResolver && REQUEST_CODES.has(code)) return withoutUndefined({ ...base, message: formatted.message, extensions: { code } });
    if (typeof code === 'string' && GATEWAY_CODES.has(code) && original instanceof GraphQLError) {
      return withoutUndefined({ ...base, message: original.message, extensions: publicExtensions(original.extensions) });
    }
    onInternal(original);
    return withoutUndefined({ ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}

function publicExtensions(ext: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { stacktrace: _s, http: _h, exception: _e, ...rest } = ext;
  return rest;
}

function withoutUndefined(e: GraphQLFormattedError): GraphQLFormattedError {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  return out as unknown as GraphQLFormattedError;
}
