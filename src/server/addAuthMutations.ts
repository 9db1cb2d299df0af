import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { GraphQLFieldConfigMap, GraphQLNamedType } from 'graphql';
import type { OroToken } from '../upstream/requestToken.ts';

/** What the storefront auth mutations call; the server implements it with Oro's token endpoint. */
export interface StorefrontAuth {
  login(email: string, password: string, context: unknown): Promise<OroToken>;
  refreshToken(refreshToken: string, context: unknown): Promise<OroToken>;
  startGuestSession(context: unknown): Promise<OroToken>;
}

const AUTH_TOKEN_TYPE = 'AuthToken';

/**
 * Adds `login`, `refreshToken` and `startGuestSession` to the storefront schema's Mutation type
 * (creating it when the generated schema has none). They map to Oro's password grant with the
 * customer user's email, the refresh-token grant, and the password grant with `guest`/`guest`
 * that creates a visitor (PROTOCOL §7.1, §7.2). The returned access token is then sent as
 * `Authorization: Bearer …` on later GraphQL requests and passed to Oro unchanged.
 */
export function addAuthMutations(schema: GraphQLSchema, auth: StorefrontAuth): GraphQLSchema {
  if (schema.getType(AUTH_TOKEN_TYPE)) throw new Error(`the storefront schema already has a type named ${AUTH_TOKEN_TYPE}`);
  const tokenType = new GraphQLObjectType({
    name: AUTH_TOKEN_TYPE,
    description: 'An Oro OAuth access token. Send it as `Authorization: Bearer <accessToken>`.',
    fields: {
      accessToken: { type: new GraphQLNonNull(GraphQLString) },
      refreshToken: { type: GraphQLString, description: 'Absent for guest (visitor) tokens if Oro issues none.' },
      expiresIn: { type: new GraphQLNonNull(GraphQLInt), description: 'Seconds until the access token expires.' },
    },
  });
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {
    login: {
      type: new GraphQLNonNull(tokenType),
      description: 'Log a customer user in with email and password (Oro password grant).',
      args: { email: { type: new GraphQLNonNull(GraphQLString) }, password: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: (_src, args: { email: string; password: string }, ctx) => auth.login(args.email, args.password, ctx),
    },
    refreshToken: {
      type: new GraphQLNonNull(tokenType),
      description: 'Exchange a refresh token for a new access token (Oro refresh_token grant).',
      args: { refreshToken: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: (_src, args: { refreshToken: string }, ctx) => auth.refreshToken(args.refreshToken, ctx),
    },
    startGuestSession: {
      type: new GraphQLNonNull(tokenType),
      description: 'Start a storefront visitor session (Oro password grant with guest/guest).',
      resolve: (_src, _args, ctx) => auth.startGuestSession(ctx),
    },
  };
  const config = schema.toConfig();
  const existing = config.mutation?.toConfig();
  for (const name of Object.keys(fields)) if (existing?.fields[name]) throw new Error(`the storefront schema already has a Mutation.${name}`);
  const mutation = new GraphQLObjectType({
    ...(existing ?? { name: 'Mutation', interfaces: [] }),
    fields: { ...(existing?.fields ?? {}), ...fields },
  });
  const types: GraphQLNamedType[] = config.types.filter((t) => t !== config.mutation);
  return new GraphQLSchema({ ...config, mutation, types: [...types, tokenType] });
}
