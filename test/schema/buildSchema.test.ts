import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  validateSchema,
  graphqlSync,
  type GraphQLSchema,
} from 'graphql';
import { readOpenApi } from '../../src/metadata/readOpenApi.ts';
import { buildSchema } from '../../src/schema/buildSchema.ts';
import { parseSchemaConfig } from '../../src/metadata/schemaConfig.ts';
import { oroExtension, type OroFieldExtension, type OroFilterFieldExtension, type OroFilterOperatorExtension } from '../../src/schema/extensions.ts';
import { syntheticSpec, type SynthResource } from '../metadata/syntheticSpec.ts';

function schemaOf(resources: SynthResource[], config?: unknown): { schema: GraphQLSchema; warnings: ReturnType<typeof buildSchema>['warnings'] } {
  const model = readOpenApi(syntheticSpec(resources));
  const result = buildSchema(model, config ? { config: parseSchemaConfig(config) } : {});
  assert.deepEqual(validateSchema(result.schema), []);
  return result;
}

function fieldType(schema: GraphQLSchema, type: string, field: string): string {
  return String((schema.getType(type) as GraphQLObjectType).getFields()[field]!.type);
}

const scalarCases: Array<[string, Record<string, unknown>, string]> = [
  ['string', { type: 'string' }, 'String'],
  ['integer', { type: 'integer' }, 'Int'],
  ['number', { type: 'number' }, 'Decimal'],
  ['bigint', { type: 'string', format: 'bigint' }, 'BigInt'],
  ['boolean', { type: 'boolean' }, 'Boolean'],
  ['datetime', { type: 'string', format: 'datetime' }, 'DateTime'],
  ['date', { type: 'string', format: 'date' }, 'Date'],
  ['time', { type: 'string', format: 'time' }, 'Time'],
  ['object', { type: 'object', additionalProperties: true }, 'JSON'],
  ['objectArray', { type: 'array', items: { type: 'object' } }, 'JSON'],
  ['stringArray', { type: 'array', items: { type: 'string' } }, '[String]'],
  ['guid', { type: 'string', format: 'guid' }, 'String'],
];
for (const [label, schemaNode, expected] of scalarCases) {
  test(`a ${label} attribute becomes a ${expected} field`, () => {
    const { schema } = schemaOf([{ type: 'things', attributes: [{ name: 'value', schema: schemaNode }] }]);
    assert.equal(fieldType(schema, 'Thing', 'value'), expected);
  });
}

test('a required attribute stays nullable with a note, and every relationship is nullable', () => {
  const { schema } = schemaOf([
    { type: 'things', attributes: [{ name: 'sku', schema: { type: 'string' }, required: true }], relationships: [{ name: 'owner', target: 'users', required: true }] },
  ]);
  // Oro nulls fields the caller may not see (PROTOCOL §4.2): a non-null field would null the whole record.
  assert.equal(fieldType(schema, 'Thing', 'sku'), 'String');
  assert.match((schema.getType('Thing') as GraphQLObjectType).getFields().sku!.description ?? '', /required in its metadata/);
  assert.equal(fieldType(schema, 'Thing', 'owner'), 'User');
});

test('union members can select a shared attribute that only one of them marks required', () => {
  const { schema } = schemaOf([
    { type: 'pages', attributes: [{ name: 'title', schema: { type: 'string' }, required: true }] },
    { type: 'categories', attributes: [{ name: 'title', schema: { type: 'string' } }] },
  ]);
  const pageTitle = (schema.getType('Page') as GraphQLObjectType).getFields().title!.type;
  const categoryTitle = (schema.getType('Category') as GraphQLObjectType).getFields().title!.type;
  assert.equal(String(pageTitle), String(categoryTitle));
});

test('decimal values pass through as the strings Oro sends', () => {
  const { schema } = schemaOf([{ type: 'things', attributes: [{ name: 'price', schema: { type: 'number' } }] }]);
  const result = graphqlSync({ schema, source: '{ thing(id: "1") { price } }', rootValue: { thing: { price: '12.9900' } } });
  assert.deepEqual(JSON.parse(JSON.stringify(result.data)), { thing: { price: '12.9900' } });
});

test('resources get singular PascalCase types, plural list fields and singular item fields', () => {
  const { schema } = schemaOf([{ type: 'mastercatalogcategories' }, { type: 'products' }]);
  assert.ok(schema.getType('Mastercatalogcategory'));
  const query = schema.getQueryType()!.getFields();
  assert.deepEqual(Object.keys(query).sort(), ['mastercatalogcategories', 'mastercatalogcategory', 'product', 'products']);
  assert.equal(String(query.products!.type), 'ProductConnection');
  assert.deepEqual(query.products!.args.map((a) => a.name), ['first', 'after', 'last', 'before']);
  assert.deepEqual(oroExtension(query.product), { kind: 'item', resource: 'products' });
});

test('an uncountable type keeps the list name and its item field gets a ById suffix with a notice', () => {
  const { schema, warnings } = schemaOf([{ type: 'search' }]);
  assert.ok(schema.getQueryType()!.getFields().searchById);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.severity, 'notice');
});

test('two resources with the same type name get a numbered name and a warning', () => {
  const { schema, warnings } = schemaOf([{ type: 'product' }, { type: 'products' }]);
  assert.ok(schema.getType('Product'));
  assert.ok(schema.getType('Product2'));
  assert.ok(warnings.some((w) => w.severity === undefined && /"Product"/.test(w.message)));
});

test('a resource named like a built-in type is renamed deterministically', () => {
  const { schema, warnings } = schemaOf([{ type: 'pageinfos' }, { type: 'queries' }]);
  assert.ok(schema.getType('Query2'));
  assert.equal((schema.getType('Query2') as GraphQLObjectType).extensions.oro && oroExtension<{ resource: string }>(schema.getType('Query2'))!.resource, 'queries');
  assert.ok(warnings.length >= 1);
});

test('filter inputs carry exactly the published operators with list and range forms', () => {
  const intRange = { oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' } }, { type: 'string', pattern: '-?\\d+\\.\\.-?\\d+' }] };
  const { schema } = schemaOf([{
    type: 'things',
    attributes: [{ name: 'name', schema: { type: 'string' } }],
    filters: [
      { key: 'id', operators: ['eq', 'neq', 'lt', 'gt'], value: intRange, kind: 'id' },
      { key: 'name', operators: ['eq', 'exists', 'starts_with', 'empty'], value: { type: 'string' } },
    ],
  }]);
  const filter = schema.getType('ThingFilter') as GraphQLInputObjectType;
  const idOps = (schema.getType('ThingIdCondition') as GraphQLInputObjectType).getFields();
  assert.deepEqual(Object.keys(idOps).sort(), ['between', 'eq', 'gt', 'in', 'lt', 'neq', 'notIn']);
  assert.deepEqual(oroExtension<OroFilterOperatorExtension>(idOps.in), { kind: 'filterOperator', operator: 'eq', form: 'list' });
  assert.deepEqual(oroExtension<OroFilterOperatorExtension>(idOps.between), { kind: 'filterOperator', operator: 'eq', form: 'range' });
  assert.equal(String(idOps.eq!.type), 'ID');
  const nameOps = (schema.getType('ThingNameCondition') as GraphQLInputObjectType).getFields();
  assert.deepEqual(Object.keys(nameOps).sort(), ['empty', 'eq', 'exists', 'startsWith']);
  assert.deepEqual(oroExtension<OroFilterOperatorExtension>(nameOps.startsWith), { kind: 'filterOperator', operator: 'starts_with', form: 'single' });
  assert.deepEqual(oroExtension<OroFilterOperatorExtension>(nameOps.exists), { kind: 'filterOperator', operator: 'exists', form: 'boolean' });
  assert.deepEqual(oroExtension<OroFilterFieldExtension>(filter.getFields().name), { kind: 'filterField', key: 'name', valueType: 'string' });
});

test('a dotted filter key gets an underscore name and keeps its Oro key', () => {
  const { schema } = schemaOf([{ type: 'orders', relationships: [{ name: 'customer', target: 'customers' }], filters: [{ key: 'customer.name', operators: ['eq'], value: { type: 'string' }, kind: 'relationship' }] }]);
  const field = (schema.getType('OrderFilter') as GraphQLInputObjectType).getFields().customer_name!;
  assert.equal(oroExtension<OroFilterFieldExtension>(field)!.key, 'customer.name');
});

test('sort enum values are the sortable fields with the Oro name as value', () => {
  const { schema } = schemaOf([{ type: 'things', sort: ['createdAt', 'id'] }]);
  const values = (schema.getType('ThingSortField') as GraphQLEnumType).getValues().map((v) => [v.name, v.value]);
  assert.deepEqual(values, [['createdAt', 'createdAt'], ['id', 'id']]);
  assert.equal(String(schema.getQueryType()!.getFields().things!.args.find((a) => a.name === 'sort')!.type), '[ThingSort!]');
});

test('a to-many relationship is a connection with the target resource filter and sort', () => {
  const { schema } = schemaOf([
    { type: 'orders', relationships: [{ name: 'items', target: 'orderitems', toMany: true }] },
    { type: 'orderitems', filters: [{ key: 'id', operators: ['eq'], value: { type: 'integer' }, kind: 'id' }], sort: ['id'] },
  ]);
  const items = (schema.getType('Order') as GraphQLObjectType).getFields().items!;
  assert.equal(String(items.type), 'OrderitemConnection');
  assert.deepEqual(items.args.map((a) => a.name), ['first', 'after', 'filter', 'sort']);
  assert.deepEqual(oroExtension<OroFieldExtension>(items), { kind: 'relationship', name: 'items', toMany: true, targets: ['orderitems'], polymorphic: false, connection: true, subresource: false, defaultPageSize: 10 });
});

test('a polymorphic relationship without known targets returns the Node interface', () => {
  const { schema } = schemaOf([{ type: 'activities', relationships: [{ name: 'target' }] }]);
  const field = (schema.getType('Activity') as GraphQLObjectType).getFields().target!;
  assert.ok(field.type instanceof GraphQLInterfaceType);
  assert.ok(schema.getType('OroResource'));
});

test('a polymorphic relationship with config targets becomes a union', () => {
  const { schema } = schemaOf(
    [{ type: 'nodes', relationships: [{ name: 'content' }] }, { type: 'products' }, { type: 'landingpages' }],
    { schema: { resources: { nodes: { relationships: { content: { targets: ['products', 'landingpages'] } } } } } },
  );
  const type = getNamedType((schema.getType('Node2') as GraphQLObjectType).getFields().content!.type);
  assert.ok(type instanceof GraphQLUnionType);
  assert.deepEqual(type.getTypes().map((t) => t.name).sort(), ['Landingpage', 'Product']);
});

test('the config hides, renames and forces scalars', () => {
  const { schema } = schemaOf(
    [{ type: 'products', attributes: [{ name: 'weight', schema: { type: 'number' } }, { name: 'secret', schema: { type: 'string' } }, { name: 'sku', schema: { type: 'string' } }] }, { type: 'internals' }],
    { schema: { resources: { products: { rename: 'CatalogProduct', fields: { weight: { scalar: 'Float' }, secret: { hidden: true }, sku: { rename: 'code' } } }, internals: { hidden: true } } } },
  );
  const fields = (schema.getType('CatalogProduct') as GraphQLObjectType).getFields();
  assert.equal(String(fields.weight!.type), 'Float');
  assert.equal(fields.secret, undefined);
  assert.deepEqual(oroExtension(fields.code), { kind: 'attribute', name: 'sku', dataType: 'string' });
  assert.equal(schema.getType('Internal'), undefined);
  assert.ok(schema.getQueryType()!.getFields().catalogProduct);
});

test('the config page sizes appear in the list extensions', () => {
  const { schema } = schemaOf([{ type: 'things' }], { schema: { pageSize: { default: 20, max: 50 } } });
  assert.deepEqual(oroExtension(schema.getQueryType()!.getFields().things), { kind: 'list', resource: 'things', paging: true, defaultPageSize: 20, maxPageSize: 50 });
});

test('a config naming a missing field is reported as a config warning', () => {
  const { warnings } = schemaOf([{ type: 'things' }], { schema: { resources: { things: { fields: { nope: { hidden: true } } } } } });
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.source, 'config');
  assert.equal(warnings[0]!.pointer, '/schema/resources/things/fields/nope');
});

test('view settings override the shared config for that view only', () => {
  const model = readOpenApi(syntheticSpec([{ type: 'things', attributes: [{ name: 'a', schema: { type: 'string' } }] }]));
  const config = parseSchemaConfig({ schema: { views: { storefront: { resources: { things: { fields: { a: { hidden: true } } } } } } } });
  const store = buildSchema(model, { config, view: 'storefront' }).schema;
  const office = buildSchema(model, { config, view: 'back-office' }).schema;
  assert.equal((store.getType('Thing') as GraphQLObjectType).getFields().a, undefined);
  assert.ok((office.getType('Thing') as GraphQLObjectType).getFields().a);
});

test('html descriptions become plain text', () => {
  const { schema } = schemaOf([{ type: 'things', attributes: [{ name: 'a', schema: { type: 'string' }, description: '<p>First.</p><ul><li><strong>x</strong> - y</li></ul>' }] }]);
  assert.equal((schema.getType('Thing') as GraphQLObjectType).getFields().a!.description, 'First.\n\n- x - y');
});

test('the schema has no mutation type', () => {
  const { schema } = schemaOf([{ type: 'things', create: {} }]);
  assert.equal(schema.getMutationType(), undefined);
});

test('type names follow the words of Oro operation summaries when they spell the resource type', () => {
  const doc = syntheticSpec([{ type: 'mastercatalogcategories' }, { type: 'productimages' }, { type: 'testapiorders' }]) as { paths: Record<string, Record<string, { summary?: string }>> };
  const summaries: Record<string, string> = { mastercatalogcategories: 'Master Catalog Categories', productimages: 'Product Images', testapiorders: 'Test Orders' };
  for (const [path, item] of Object.entries(doc.paths)) {
    const type = path.split('/')[3]!;
    if (item.get && !path.includes('{')) item.get.summary = `Get ${summaries[type]}`;
  }
  const { schema } = buildSchema(readOpenApi(doc));
  assert.ok(schema.getType('MasterCatalogCategory'));
  assert.ok(schema.getType('ProductImage'));
  // "Test Orders" does not spell "testapiorders": the type name falls back to the singular of the type.
  assert.ok(schema.getType('Testapiorder'));
  assert.ok(schema.getQueryType()!.getFields().mastercatalogcategories);
});
