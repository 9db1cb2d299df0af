import type { GraphQLSchema } from 'graphql';
import type { OroView } from '../upstream/types.ts';
import { addAuthMutations } from './addAuthMutations.ts';
import type { StorefrontAuth } from './addAuthMutations.ts';
import { withInContextDirective } from './inContextDirective.ts';

/**
 * What the gateway adds to a generated view schema before serving it: the `@inContext`
 * directive on both views, and the storefront's auth mutations. The committed SDL in schema/ is
 * printed through this same function, so clients generate types against what is really served.
 */
export function decorateViewSchema(view: OroView, schema: GraphQLSchema, auth: StorefrontAuth): GraphQLSchema {
  const withContext = withInContextDirective(schema);
  return view === 'storefront' ? addAuthMutations(withContext, auth) : withContext;
}

/** For printing only: an auth implementation that is never called. */
export const printOnlyAuth: StorefrontAuth = {
  login: () => Promise.reject(new Error('printOnlyAuth cannot log in')),
  refreshToken: () => Promise.reject(new Error('printOnlyAuth cannot refresh')),
  startGuestSession: () => Promise.reject(new Error('printOnlyAuth cannot start a session')),
};
