import { DirectiveLocation, GraphQLDirective, GraphQLError, GraphQLID, GraphQLSchema, GraphQLString, getDirectiveValues } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';

/**
 * `directive @inContext(localization: ID, currency: String) on QUERY | MUTATION`: sets Oro's
 * `X-Localization-ID` and `X-Currency` (PROTOCOL §2.1, §8.17) for one operation. It wins over the
 * same headers on the GraphQL request.
 */
export const inContextDirective = new GraphQLDirective({
  name: 'inContext',
  description: 'Oro storefront context for this operation: localization id (X-Localization-ID) and currency code (X-Currency). Wins over the HTTP headers.',
  locations: [DirectiveLocation.QUERY, DirectiveLocation.MUTATION],
  args: {
    localization: { type: GraphQLID, description: 'Id of an Oro localization (`localizations` resource).' },
    currency: { type: GraphQLString, description: 'ISO 4217 currency code.' },
  },
});

/** The schema with `@inContext` declared (unchanged when it already is). */
export function withInContextDirective(schema: GraphQLSchema): GraphQLSchema {
  if (schema.getDirective('inContext')) return schema;
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, directives: [...config.directives, inContextDirective] });
}

/** Reads `@inContext` from an operation; values already coerced (variables applied). */
export function readInContext(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): { localizationId?: string; currency?: string } {
  const directive = schema.getDirective('inContext') ?? inContextDirective;
  const values = getDirectiveValues(directive, operation, variables) as { localization?: unknown; currency?: unknown } | undefined;
  const out: { localizationId?: string; currency?: string } = {};
  if (values?.localization !== undefined && values.localization !== null) {
    const v = String(values.localization);
    if (!isLocalizationId(v)) throw badContext('localization', 'an Oro localization id');
    out.localizationId = v;
  }
  if (values?.currency !== undefined && values.currency !== null) {
    const v = String(values.currency);
    if (!isCurrencyCode(v)) throw badContext('currency', 'a three-letter currency code');
    out.currency = v;
  }
  return out;
}

/** Oro ids are strings (PROTOCOL §8.9); header-safe characters only. */
export function isLocalizationId(v: string): boolean {
  return /^[A-Za-z0-9_.:-]{1,64}$/.test(v);
}

export function isCurrencyCode(v: string): boolean {
  return /^[A-Za-z]{3}$/.test(v);
}

function badContext(arg: string, what: string): GraphQLError {
  return new GraphQLError(`@inContext(${arg}:) must be ${what}.`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}
