import type { GatewayContext } from '../executor/types.ts';
import type { OroRequestScope } from '../upstream/createUpstreamClient.ts';
import type { OroView } from '../upstream/types.ts';

/**
 * The GraphQL context the server builds for every request: the executor's `oro` part
 * (src/executor/types.ts) plus what the server itself needs (auth mutations, `@inContext`).
 */
export interface ServerContext extends GatewayContext {
  gateway: {
    view: OroView;
    requestId: string;
    /** Mutable: `@inContext` overwrites the header values once the operation is known. */
    scope: OroRequestScope;
    /** The caller's `Authorization` header, if any (never logged). */
    authorization?: string;
    signal: AbortSignal;
  };
}
