import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readOpenApi, OpenApiError } from '../../src/metadata/readOpenApi.ts';
import { parseSortDescription } from '../../src/metadata/parseSortDescription.ts';
import { parseOpenApiText } from '../../src/metadata/parseOpenApiText.ts';
import type { OroDataType } from '../../src/metadata/model.ts';
import { syntheticSpec } from './syntheticSpec.ts';

// METADATA §2.6: OpenAPI property schema → Oro data type.
const dataTypeCases: Array<[string, Record<string, unknown>, OroDataType]> = [
  ['string', { type: 'string' }, 'string'],
  ['text', { type: 'string', format: 'text' }, 'text'],
  ['integer', { type: 'integer' }, 'integer'],
  ['unsignedInteger', { type: 'integer', minimum: 0 }, 'unsignedInteger'],
  ['bigint', { type: 'string', format: 'bigint', pattern: '-?\\d+' }, 'bigint'],
  ['boolean', { type: 'boolean' }, 'boolean'],
  ['number (decimal, money, float)', { type: 'number' }, 'decimal'],
  ['currency', { type: 'string', format: 'currency' }, 'currency'],
  ['datetime', { type: 'string', format: 'datetime' }, 'datetime'],
  ['date', { type: 'string', format: 'date' }, 'date'],
  ['time', { type: 'string', format: 'time' }, 'time'],
  ['guid', { type: 'string', format: 'guid' }, 'guid'],
  ['enum', { type: 'string', format: 'word', pattern: '\\w+' }, 'enum'],
  ['entityType', { type: 'string', format: 'entityType' }, 'entityType'],
  ['object', { type: 'object', additionalProperties: true }, 'object'],
  ['objectArray', { type: 'array', items: { type: 'object', additionalProperties: true } }, 'objectArray'],
  ['stringArray', { type: 'array', items: { type: 'string' } }, 'stringArray'],
  ['scalarArray', { type: 'array', items: { type: 'object', oneOf: [{ type: 'string' }, { type: 'integer' }] } }, 'scalarArray'],
  ['array of mixed', { type: 'array', items: { type: 'object', anyOf: [{ type: 'string' }, { type: 'null' }] } }, 'array'],
  ['mixed', { type: 'object', anyOf: [{ type: 'string' }, { type: 'null' }] }, 'mixed'],
  ['scalar', { type: 'object', oneOf: [{ type: 'string' }, { type: 'null' }] }, 'scalar'],
];

for (const [label, schema, expected] of dataTypeCases) {
  test(`an attribute with a ${label} schema is read as Oro data type ${expected}`, () => {
    const model = readOpenApi(syntheticSpec([{ type: 'things', attributes: [{ name: 'value', schema }] }]));
    assert.equal(model.resources.things!.attributes[0]!.dataType, expected);
    assert.deepEqual(model.warnings, []);
  });
}

test('an attribute schema of an unknown shape is reported with a JSON pointer', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'things', attributes: [{ name: 'odd', schema: { type: 'string', format: 'nonsense' } }] }]));
  assert.equal(model.warnings.length, 1);
  assert.match(model.warnings[0]!.message, /attribute "odd"/);
  assert.match(model.warnings[0]!.pointer, /^\/components\/schemas\/c\d+\/properties\/attributes\/properties\/odd$/);
});

const intRange = { oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' } }, { type: 'string', pattern: '-?\\d+\\.\\.-?\\d+' }] };
const filterCases: Array<[string, Record<string, unknown>, boolean, boolean]> = [
  ['a plain value', { type: 'string' }, false, false],
  ['a value or a list', { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, true, false],
  ['a value, a list or a range', intRange, true, true],
];
for (const [label, value, allowArray, allowRange] of filterCases) {
  test(`a filter whose value schema is ${label} allows lists ${allowArray} and ranges ${allowRange}`, () => {
    const model = readOpenApi(syntheticSpec([{ type: 'things', attributes: [{ name: 'code', schema: { type: 'string' } }], filters: [{ key: 'code', operators: ['eq', 'neq'], value }] }]));
    const filter = model.resources.things!.filters[0]!;
    assert.equal(filter.allowArray, allowArray);
    assert.equal(filter.allowRange, allowRange);
  });
}

test('filter operators come from the parameter names and the bare form counts as eq', () => {
  const ops = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists', 'neq_or_null', 'contains', 'not_contains', 'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with', 'empty'];
  const model = readOpenApi(syntheticSpec([{ type: 'things', attributes: [{ name: 'name', schema: { type: 'string' } }], filters: [{ key: 'name', operators: [...ops].reverse(), value: { type: 'string' } }] }]));
  assert.deepEqual(model.resources.things!.filters[0]!.operators, ops);
});

test('a filter on a field takes the attribute data type and a relationship filter takes ids', () => {
  const model = readOpenApi(syntheticSpec([
    { type: 'things', attributes: [{ name: 'price', schema: { type: 'number' } }], relationships: [{ name: 'owner', target: 'users' }],
      filters: [{ key: 'price', operators: ['eq'], value: { type: 'number' } }, { key: 'owner', operators: ['eq'], value: intRange, kind: 'relationship' }] },
  ]));
  const [owner, price] = model.resources.things!.filters;
  assert.deepEqual([owner!.key, owner!.kind, owner!.valueType], ['owner', 'relationship', 'integer']);
  assert.deepEqual([price!.key, price!.kind, price!.valueType], ['price', 'field', 'decimal']);
});

test('nested filter brackets become a dotted key unless the last one is an operator', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'things', relationships: [{ name: 'customer', target: 'customers' }], filters: [{ key: 'customer.name', operators: ['eq', 'neq'], value: { type: 'string' }, kind: 'relationship' }] }]));
  const filter = model.resources.things!.filters[0]!;
  assert.equal(filter.key, 'customer.name');
  assert.deepEqual(filter.operators, ['eq', 'neq']);
});

test('sortable fields are parsed from the sort description', () => {
  assert.deepEqual(parseSortDescription("Result sorting. Comma-separated fields, e.g. 'field1,-field2'. Allowed fields: id, order, product."), ['id', 'order', 'product']);
  assert.equal(parseSortDescription('Result sorting.'), undefined);
});

test('a polymorphic relationship has no targets and is marked polymorphic', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'activities', relationships: [{ name: 'targets', toMany: true }] }]));
  const rel = model.resources.activities!.relationships[0]!;
  assert.deepEqual([rel.toMany, rel.polymorphic, rel.targets], [true, true, []]);
});

test('relationship cardinality, target and sub-resource route are read', () => {
  const model = readOpenApi(syntheticSpec([
    { type: 'orders', relationships: [{ name: 'items', target: 'orderitems', toMany: true }, { name: 'customer', target: 'customers', required: true }], subresources: ['items'] },
    { type: 'orderitems' },
  ]));
  const [customer, items] = model.resources.orders!.relationships;
  assert.deepEqual([customer!.toMany, customer!.targets, customer!.required, customer!.subresource], [false, ['customers'], true, false]);
  assert.deepEqual([items!.toMany, items!.targets, items!.subresource], [true, ['orderitems'], true]);
});

test('a relationship target without routes becomes a reference-only resource', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'orders', relationships: [{ name: 'customer', target: 'customers' }] }]));
  assert.equal(model.resources.customers!.referenceOnly, true);
  assert.deepEqual(model.resources.customers!.actions, []);
});

test('create input shapes keep required fields and the read-only note', () => {
  const model = readOpenApi(syntheticSpec([{
    type: 'things',
    attributes: [{ name: 'name', schema: { type: 'string' } }, { name: 'createdAt', schema: { type: 'string', format: 'datetime' } }],
    create: { required: ['name'], readOnly: ['createdAt'] },
  }]));
  const create = model.resources.things!.create!;
  assert.deepEqual(create.attributes.map((a) => [a.name, a.required, a.readOnly]), [['name', true, false], ['createdAt', false, true]]);
  assert.equal(create.idRequired, false);
});

test('required attributes come from the response model', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'things', attributes: [{ name: 'a', schema: { type: 'string' }, required: true }, { name: 'b', schema: { type: 'string' } }] }]));
  assert.deepEqual(model.resources.things!.attributes.map((a) => a.required), [true, false]);
});

test('paging, default page size and actions are read from the routes', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'things' }, { type: 'flat', paging: false, item: false }]));
  assert.deepEqual([model.resources.things!.paging, model.resources.things!.defaultPageSize], [true, 10]);
  assert.deepEqual(model.resources.things!.actions, ['get', 'get_list']);
  assert.deepEqual([model.resources.flat!.paging, model.resources.flat!.actions], [false, ['get_list']]);
  assert.equal(model.basePath, '/admin/api');
});

test('an unknown query parameter is reported as a warning', () => {
  const doc = syntheticSpec([{ type: 'things' }]) as { paths: Record<string, { get: { parameters: unknown[] } }> };
  doc.paths['/admin/api/things']!.get.parameters.push({ name: 'debug', in: 'query', schema: { type: 'string' } });
  const model = readOpenApi(doc);
  assert.equal(model.warnings.length, 1);
  assert.match(model.warnings[0]!.message, /query parameter "debug"/);
  assert.equal(model.warnings[0]!.pointer, '/paths/~1admin~1api~1things/get/parameters/5');
});

test('a dangling $ref is reported with the pointer of the $ref', () => {
  const doc = syntheticSpec([{ type: 'things', attributes: [{ name: 'a', schema: { type: 'string' } }] }]) as { components: { schemas: Record<string, unknown> } };
  const [name] = Object.entries(doc.components.schemas).find(([, v]) => (v as { type?: string }).type === 'string')!;
  delete doc.components.schemas[name];
  const model = readOpenApi(doc);
  assert.ok(model.warnings.some((w) => w.message.includes(`#/components/schemas/${name}`) && w.pointer.endsWith('/$ref')));
});

test('a document that is not OpenAPI 3 is rejected with a pointer', () => {
  assert.throws(() => readOpenApi({ swagger: '2.0', paths: {} }), (e: unknown) => e instanceof OpenApiError && e.pointer === '/openapi');
  assert.throws(() => readOpenApi('nope'), OpenApiError);
});

test('parseOpenApiText reads both JSON and YAML', () => {
  assert.deepEqual(parseOpenApiText('{"openapi":"3.1.0"}'), { openapi: '3.1.0' });
  assert.deepEqual(parseOpenApiText('openapi: 3.1.0\npaths: {}\n'), { openapi: '3.1.0', paths: {} });
  assert.throws(() => parseOpenApiText('{"openapi": '), /not valid JSON/);
});

test('a sort parameter without "Allowed fields:" gives no sortable fields and a notice, not a warning', () => {
  const doc = syntheticSpec([{ type: 'things', sort: ['id'] }]) as { components: { parameters: Record<string, { name?: string; description?: string }> } };
  for (const p of Object.values(doc.components.parameters)) if (p.name === 'sort') p.description = "Result sorting. Comma-separated fields, e.g. 'field1,-field2'.";
  const model = readOpenApi(doc);
  assert.deepEqual(model.resources.things!.sortableFields, []);
  assert.deepEqual(model.warnings.map((w) => w.severity), ['notice']);
});

test('a filter[assoc][type] parameter on a polymorphic relationship is a multi-target filter of the association', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'activities', relationships: [{ name: 'targets', toMany: true }], filters: [{ key: 'targets.type', operators: ['eq', 'exists'], value: { type: 'integer' }, kind: 'relationship' }] }]));
  const filter = model.resources.activities!.filters[0]!;
  assert.deepEqual([filter.key, filter.multiTarget, filter.operators], ['targets', true, ['eq', 'exists']]);
});
