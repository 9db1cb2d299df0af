import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { standardSchema } from '../../src/metadata/standardSchemas.ts';
import { parseOpenApiText, readOpenApi } from '../../src/metadata/readOpenApi.ts';
import { syntheticSpec } from './syntheticSpec.ts';

const fixtureDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'oro', 'openapi-fixtures');
const dataTypes = parseOpenApiText(readFileSync(join(fixtureDir, 'platform_rest_json_api_data_types.yml'), 'utf8')) as { components: { schemas: Record<string, unknown> } };

test('every fixed-name schema of the data-types fixture equals the standard catalogue entry', () => {
  const fixed = Object.keys(dataTypes.components.schemas).filter((n) => !/Model$|Linkage$|Relationship|^links|^(error|errors|failure|meta|link|linkage)$/.test(n));
  assert.ok(fixed.length > 30);
  for (const name of fixed) assert.deepEqual(standardSchema(name), dataTypes.components.schemas[name], name);
});

test('content-numbered model names are not in the standard catalogue', () => {
  for (const name of ['productsModel', 'products1DataModel', 'sort1', 'stringRange', 'widgetUnionArray']) assert.equal(standardSchema(name), undefined, name);
});

test('a missing standard filter schema is read from the catalogue with a notice instead of a warning', () => {
  const doc = syntheticSpec([{ type: 'things', attributes: [{ name: 'code', schema: { type: 'string' } }], filters: [{ key: 'code', operators: ['eq'], value: { $ref: '#/components/schemas/stringUnionArray' } }] }]);
  const model = readOpenApi(doc);
  const filter = model.resources.things!.filters[0]!;
  assert.deepEqual([filter.valueType, filter.allowArray, filter.allowRange], ['string', true, false]);
  assert.ok(model.warnings.length > 0);
  assert.ok(model.warnings.every((w) => w.severity === 'notice'));
});

test('a standard schema the document defines itself is taken from the document', () => {
  const doc = syntheticSpec([{ type: 'things', attributes: [{ name: 'code', schema: { $ref: '#/components/schemas/text' } }] }]) as { components: { schemas: Record<string, unknown> } };
  doc.components.schemas.text = { type: 'string', format: 'guid' };
  const model = readOpenApi(doc);
  assert.equal(model.resources.things!.attributes[0]!.dataType, 'guid');
  assert.deepEqual(model.warnings, []);
});
