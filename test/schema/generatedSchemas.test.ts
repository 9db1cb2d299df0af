import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, validateSchema, type GraphQLSchema } from 'graphql';
import { parseOpenApiText, readOpenApi } from '../../src/metadata/readOpenApi.ts';
import { parseSortDescription } from '../../src/metadata/parseSortDescription.ts';
import { buildSchema } from '../../src/schema/buildSchema.ts';
import { oroExtension, type OroFieldExtension, type OroFilterFieldExtension, type OroFilterOperatorExtension } from '../../src/schema/extensions.ts';
import { buildOpenApiDocument } from '../../src/emulator/openapi/buildOpenApiDocument.ts';
import { generateSchemaFiles } from '../../src/commands/schemaFilesCommand.ts';

const fixtureDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'oro', 'openapi-fixtures');
const documents: Array<[string, () => unknown]> = [
  ...readdirSync(fixtureDir).filter((f) => f.endsWith('.yml')).sort().map((f): [string, () => unknown] => [`fixture ${f}`, () => parseOpenApiText(readFileSync(join(fixtureDir, f), 'utf8'))]),
  ['emulator storefront view', () => buildOpenApiDocument('storefront')],
  ['emulator back-office view', () => buildOpenApiDocument('back-office')],
];

type Json = Record<string, any>;
const OPERATORS = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists', 'neq_or_null', 'contains', 'not_contains', 'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with', 'empty'];

function deref(doc: Json, node: Json): Json {
  while (node && typeof node.$ref === 'string') node = node.$ref.slice(2).split('/').reduce((n: Json, k: string) => n?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc);
  return node;
}

/** Every get_list operation's `filter[...]` and `sort` parameters, straight from the document. */
function listParameters(doc: Json): Array<{ type: string; filters: string[]; sort?: string[] }> {
  const out = [];
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    if (path.includes('{') || !item.get) continue;
    const params = (item.get.parameters ?? []).map((p: Json) => deref(doc, p));
    const sort = params.find((p: Json) => p.name === 'sort');
    out.push({
      type: path.split('/').pop()!,
      filters: params.map((p: Json) => p.name).filter((n: string) => n.startsWith('filter[')),
      sort: sort ? parseSortDescription(sort.description) : undefined,
    });
  }
  return out;
}

function unwrap(type: unknown): unknown {
  while (type instanceof GraphQLNonNull || type instanceof GraphQLList) type = type.ofType;
  return type;
}

function listFieldOf(schema: GraphQLSchema, resource: string) {
  return Object.values(schema.getQueryType()!.getFields()).find((f) => {
    const ext = oroExtension<OroFieldExtension>(f);
    return ext?.kind === 'list' && ext.resource === resource;
  });
}

for (const [label, load] of documents) {
  test(`the ${label} gives a valid schema`, () => {
    const { schema } = buildSchema(readOpenApi(load()));
    assert.deepEqual(validateSchema(schema).map((e) => e.message), []);
  });

  test(`every filter parameter of the ${label} is reachable as a filter input field`, () => {
    const doc = load() as Json;
    const model = readOpenApi(doc);
    const { schema, warnings } = buildSchema(model);
    let checked = 0;
    for (const list of listParameters(doc)) {
      const field = listFieldOf(schema, list.type);
      assert.ok(field, `no list field for ${list.type}`);
      const filterType = unwrap(field.args.find((a) => a.name === 'filter')?.type) as GraphQLInputObjectType | undefined;
      for (const name of list.filters) {
        const parts = name.slice('filter['.length, -1).split('][');
        const op = parts.length > 1 && OPERATORS.includes(parts[parts.length - 1]!) ? parts.pop()! : 'eq';
        // `filter[assoc][type]` on a polymorphic relationship is Oro's placeholder for
        // `filter[assoc.<targetType>]` (PROTOCOL §3.7.7): one key per known target type, or a notice.
        const multiTarget = model.resources[list.type]!.filters.find((f) => f.multiTarget && parts.join('.') === `${f.key}.type`);
        const targets = multiTarget ? model.resources[list.type]!.relationships.find((x) => x.name === multiTarget.key)!.targets : [];
        if (multiTarget && targets.length === 0) {
          assert.ok(warnings.some((w) => w.severity === 'notice' && w.message.includes(`filter[${multiTarget.key}.<targetType>]`)), `${name}: no notice`);
          continue;
        }
        const keys = multiTarget ? targets.map((t) => `${multiTarget.key}.${t}`) : [parts.join('.')];
        assert.ok(filterType, `${list.type} has ${name} but no filter argument`);
        for (const key of keys) {
          const keyField = Object.values(filterType.getFields()).find((f) => oroExtension<OroFilterFieldExtension>(f)?.key === key);
          assert.ok(keyField, `${name}: no filter field with key ${key}`);
          const opsType = unwrap(keyField.type) as GraphQLInputObjectType;
          const opField = Object.values(opsType.getFields()).find((f) => {
            const ext = oroExtension<OroFilterOperatorExtension>(f);
            return ext?.operator === op && (ext.form === 'single' || ext.form === 'boolean' || (ext.form === 'list' && (op === 'contains' || op === 'not_contains')));
          });
          assert.ok(opField, `${name}: no operator field for ${op}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 0, 'the document has filter parameters to check');
  });

  test(`every sortable field of the ${label} is a sort enum value`, () => {
    const doc = load() as Json;
    const { schema } = buildSchema(readOpenApi(doc));
    for (const list of listParameters(doc)) {
      if (!list.sort?.length) continue;
      const sortInput = unwrap(listFieldOf(schema, list.type)!.args.find((a) => a.name === 'sort')!.type) as GraphQLInputObjectType;
      const enumType = unwrap(sortInput.getFields().field!.type) as GraphQLEnumType;
      assert.deepEqual(enumType.getValues().map((v) => v.value).sort(), [...list.sort].sort());
    }
  });
}

for (const [label, load] of documents) {
  test(`the ${label} produces no warnings`, () => {
    const model = readOpenApi(load());
    const { warnings } = buildSchema(model);
    assert.deepEqual([...model.warnings, ...warnings].filter((w) => w.severity !== 'notice'), []);
  });
}

const activities = () => parseOpenApiText(readFileSync(join(fixtureDir, 'platform_rest_json_api_activities.yml'), 'utf8'));

test('the activities fixture reads its undefined stringUnionArray from the standard catalogue with a notice', () => {
  // Oro's test fixture is a "contains" subset of real output (SOURCES.md); it omits this component.
  const model = readOpenApi(activities());
  const notice = model.warnings.find((w) => w.message.includes('#/components/schemas/stringUnionArray'));
  assert.equal(notice?.severity, 'notice');
  const externalId = model.resources.testapiactivities!.filters.find((f) => f.key === 'externalId')!;
  assert.deepEqual([externalId.valueType, externalId.allowArray, externalId.allowRange], ['string', true, false]);
});

test('the activities fixture multi-target filter becomes one filter per configured target type', () => {
  const config = { resources: { testapiactivities: { relationships: { activityTargets: { targets: ['testapiactivitytargets', 'testapitargets'] } } } } };
  const { schema, warnings } = buildSchema(readOpenApi(activities()), { config });
  const filter = schema.getType('TestapiactivityFilter') as GraphQLInputObjectType;
  const keys = Object.values(filter.getFields()).map((f) => oroExtension<OroFilterFieldExtension>(f)?.key);
  assert.deepEqual(keys.filter((k) => k?.startsWith('activityTargets')).sort(), ['activityTargets.testapiactivitytargets', 'activityTargets.testapitargets']);
  assert.deepEqual(warnings.filter((w) => w.severity !== 'notice'), []);
});

test('the activities fixture multi-target filter without known targets is left out with a notice', () => {
  const { schema, warnings } = buildSchema(readOpenApi(activities()));
  const filter = schema.getType('TestapiactivityFilter') as GraphQLInputObjectType;
  assert.ok(Object.values(filter.getFields()).every((f) => !oroExtension<OroFilterFieldExtension>(f)?.key.startsWith('activityTargets')));
  assert.ok(warnings.some((w) => w.severity === 'notice' && w.message.includes('filter[activityTargets.<targetType>]')));
});

test('the committed SDL in schema/ matches what the generator writes', async () => {
  const differing = [];
  for (const file of await generateSchemaFiles()) {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', file.path), 'utf8');
    if (committed !== file.sdl) differing.push(file.path);
  }
  assert.deepEqual(differing, []);
});
