import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getNamedType, GraphQLUnionType, type GraphQLObjectType } from 'graphql';
import { readOpenApi } from '../../src/metadata/readOpenApi.ts';
import { parseSchemaConfig } from '../../src/metadata/schemaConfig.ts';
import { buildSchema } from '../../src/schema/buildSchema.ts';
import { buildOpenApiDocument } from '../../src/emulator/openapi/buildOpenApiDocument.ts';
import { syntheticSpec } from './syntheticSpec.ts';

// METADATA §2.5, §4.2: storefront webcatalogtree.content has no targets in OpenAPI.
const webCatalog = () => syntheticSpec([{ type: 'webcatalogtree', relationships: [{ name: 'content' }] }, { type: 'products' }, { type: 'systempages' }]);

test('webcatalogtree.content takes the stock targets that exist in the document', () => {
  const rel = readOpenApi(webCatalog()).resources.webcatalogtree!.relationships[0]!;
  assert.deepEqual([rel.targets, rel.targetsSource, rel.polymorphic], [['products', 'systempages'], 'builtin', true]);
});

test('the built-in targets are reported as a notice', () => {
  const model = readOpenApi(webCatalog());
  assert.deepEqual(model.warnings.map((w) => [w.severity, w.pointer]), [['notice', '/resources/webcatalogtree/relationships/content']]);
});

test('config targets win over the built-in targets', () => {
  const config = parseSchemaConfig({ schema: { resources: { webcatalogtree: { relationships: { content: { targets: ['products'] } } } } } });
  const rel = readOpenApi(webCatalog(), { config }).resources.webcatalogtree!.relationships[0]!;
  assert.deepEqual([rel.targets, rel.targetsSource], [['products'], 'config']);
});

test('a polymorphic relationship of another resource gets no built-in targets', () => {
  const rel = readOpenApi(syntheticSpec([{ type: 'activities', relationships: [{ name: 'content' }] }, { type: 'products' }])).resources.activities!.relationships[0]!;
  assert.deepEqual(rel.targets, []);
});

test('the emulator storefront schema types webcatalogtree content as a union of its targets', () => {
  const { schema } = buildSchema(readOpenApi(buildOpenApiDocument('storefront')));
  const webcatalogtree = Object.values(schema.getTypeMap()).find((t) => (t.extensions as { oro?: { resource?: string } }).oro?.resource === 'webcatalogtree' && 'getFields' in t) as GraphQLObjectType;
  const content = getNamedType(webcatalogtree.getFields().content!.type);
  assert.ok(content instanceof GraphQLUnionType);
  const resources = content.getTypes().map((t) => (t.extensions as { oro: { resource: string } }).oro.resource).sort();
  assert.deepEqual(resources, ['landingpages', 'mastercatalogcategories', 'products', 'systempages']);
});
