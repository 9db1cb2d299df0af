import { GraphQLError } from 'graphql';

/**
 * Stable error codes a client can branch on (`extensions.code`). See README "Error codes".
 * RELIABILITY.md "Behaviour under faults" names the upstream ones.
 */
export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'OPERATION_TOO_COMPLEX'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'UPSTREAM_ERROR'
  | 'INTERNAL_SERVER_ERROR';

/**
 * The one public error family. Everything that reaches a client is either a GatewayError or is
 * masked to INTERNAL_SERVER_ERROR by the server's `formatError`.
 */
export class GatewayError extends GraphQLError {
  readonly code: GatewayErrorCode;

  constructor(
    code: GatewayErrorCode,
    message: string,
    extra: { details?: Record<string, unknown>; cause?: unknown; path?: ReadonlyArray<string | number> } = {},
  ) {
    super(message, {
      path: extra.path,
      originalError: extra.cause instanceof Error ? extra.cause : undefined,
      extensions: { code, ...(extra.details ?? {}) },
    });
    this.name = 'GatewayError';
    this.code = code;
  }
}
