import type { GraphQLSchema } from 'graphql';
import { viewConfig } from '../config.ts';
import { attachResolvers } from '../executor/attachResolvers.ts';
import { parseOpenApiText, readOpenApi } from '../metadata/readOpenApi.ts';
import { parseSchemaConfig } from '../metadata/schemaConfig.ts';
import { buildSchema } from '../schema/buildSchema.ts';
import { loadOpenApiSource } from '../upstream/loadOpenApiSource.ts';
import type { OroView } from '../upstream/types.ts';
import type { SchemaLoaderDeps } from './createGateway.ts';

/**
 * The default schema loader: Oro's OpenAPI document for the view (the configured file/URL, or the
 * public specification URL `{oroUrl}/public-openapi-specification/{organizationId}/{slug}`,
 * METADATA §1.2) → IR → GraphQL schema → resolvers bound to the view's JSON:API base path.
 */
export async function loadViewSchema(view: OroView, deps: SchemaLoaderDeps): Promise<GraphQLSchema> {
  const { config, logger } = deps;
  const v = viewConfig(config, view);
  const source = v.spec ?? `${config.oroUrl}/public-openapi-specification/${encodeURIComponent(config.organizationId)}/${encodeURIComponent(v.slug)}`;
  // The metadata document is large (megabytes on a real Oro); the per-call deadline of API reads is too tight for it.
  const text = await loadOpenApiSource(source, { timeoutMs: Math.max(config.upstream.callTimeoutMs, 30_000) });
  const schemaConfig = config.schemaSettings !== undefined ? parseSchemaConfig({ schema: config.schemaSettings }) : undefined;
  const model = readOpenApi(parseOpenApiText(text), { config: schemaConfig, view });
  const { schema, warnings } = buildSchema(model, { config: schemaConfig, view });
  for (const w of [...model.warnings, ...warnings]) {
    if (w.severity !== 'notice') logger.warn({ view, pointer: w.pointer, source: w.source }, w.message);
  }
  return attachResolvers(schema, {
    basePath: v.apiPath,
    maxPageSize: config.limits.maxPageSize,
    maxUpstreamRequests: config.limits.maxUpstreamRequests,
    maxConcurrency: config.upstream.maxInFlightPerOperation,
    model,
  });
}
