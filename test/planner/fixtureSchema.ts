import {
  GraphQLEnumType,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLBoolean,
  GraphQLUnionType,
} from 'graphql';
import type { GraphQLFieldConfig, GraphQLFieldConfigMap, GraphQLInputFieldConfigMap, GraphQLOutputType } from 'graphql';

/**
 * A hand-built schema that follows the `extensions.oro` contract (src/schema/extensions.ts), so
 * the planner can be tested without the generator. Shapes mirror a storefront: products with
 * brand, category, images and variants; orders with line items; a polymorphic menu target; a
 * resource without a list route (order discounts) reachable only as a sub-resource.
 */
export interface FixtureRel {
  name: string;
  toMany: boolean;
  targets: string[];
  subresource?: boolean;
}
export interface FixtureResource {
  type: string;
  attributes: string[];
  rels: FixtureRel[];
  list?: boolean;
}

export const fixtureResources: FixtureResource[] = [
  {
    type: 'products',
    attributes: ['sku', 'name', 'createdAt'],
    rels: [
      { name: 'brand', toMany: false, targets: ['brands'] },
      { name: 'category', toMany: false, targets: ['categories'] },
      { name: 'images', toMany: true, targets: ['productimages'] },
      { name: 'variants', toMany: true, targets: ['products'] },
    ],
  },
  { type: 'brands', attributes: ['name'], rels: [] },
  { type: 'categories', attributes: ['title'], rels: [{ name: 'parentCategory', toMany: false, targets: ['categories'] }] },
  { type: 'productimages', attributes: ['mimeType'], rels: [{ name: 'product', toMany: false, targets: ['products'] }] },
  {
    type: 'orders',
    attributes: ['poNumber', 'totalValue'],
    rels: [
      { name: 'lineItems', toMany: true, targets: ['orderlineitems'] },
      { name: 'customer', toMany: false, targets: ['customers'] },
      { name: 'discounts', toMany: true, targets: ['orderdiscounts'], subresource: true },
    ],
  },
  { type: 'orderlineitems', attributes: ['quantity', 'productSku'], rels: [{ name: 'product', toMany: false, targets: ['products'] }, { name: 'order', toMany: false, targets: ['orders'] }] },
  { type: 'customers', attributes: ['name'], rels: [] },
  { type: 'orderdiscounts', attributes: ['amount'], rels: [], list: false },
  { type: 'menuitems', attributes: ['label'], rels: [{ name: 'target', toMany: false, targets: ['products', 'categories'] }] },
];

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

export function buildFixtureSchema(resources: FixtureResource[] = fixtureResources): GraphQLSchema {
  const objects = new Map<string, GraphQLObjectType>();
  const connections = new Map<string, GraphQLObjectType>();
  const filters = new Map<string, GraphQLInputObjectType>();
  const sorts = new Map<string, GraphQLEnumType>();
  const unions = new Map<string, GraphQLUnionType>();
  const byType = new Map(resources.map((r) => [r.type, r]));

  const pageInfo = new GraphQLObjectType({
    name: 'PageInfo',
    extensions: { oro: { kind: 'pageInfo' } },
    fields: {
      hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean), extensions: { oro: { kind: 'hasNextPage' } } },
      hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean), extensions: { oro: { kind: 'hasPreviousPage' } } },
      startCursor: { type: GraphQLString, extensions: { oro: { kind: 'startCursor' } } },
      endCursor: { type: GraphQLString, extensions: { oro: { kind: 'endCursor' } } },
    },
  });
  const op = (operator: string, form: string, type: GraphQLOutputType | unknown) => ({ type: type as never, extensions: { oro: { kind: 'filterOperator', operator, form } } });
  const idFilter = new GraphQLInputObjectType({
    name: 'IdFilter',
    fields: { eq: op('eq', 'single', GraphQLID), in: op('eq', 'list', new GraphQLList(new GraphQLNonNull(GraphQLID))), neq: op('neq', 'single', GraphQLID) },
  });
  const stringFilter = new GraphQLInputObjectType({
    name: 'StringFilter',
    fields: { eq: op('eq', 'single', GraphQLString), neq: op('neq', 'single', GraphQLString), exists: op('exists', 'boolean', GraphQLBoolean) },
  });
  const rangeInput = new GraphQLInputObjectType({ name: 'StringRange', fields: { from: { type: new GraphQLNonNull(GraphQLString) }, to: { type: new GraphQLNonNull(GraphQLString) } } });
  const dateFilter = new GraphQLInputObjectType({
    name: 'DateTimeFilter',
    fields: { gte: op('gte', 'single', GraphQLString), lt: op('lt', 'single', GraphQLString), between: op('eq', 'range', rangeInput) },
  });

  const filterOf = (r: FixtureResource): GraphQLInputObjectType => {
    let f = filters.get(r.type);
    if (!f) {
      const fields: GraphQLInputFieldConfigMap = { id: { type: idFilter, extensions: { oro: { kind: 'filterField', key: 'id', valueType: 'integer' } } } };
      for (const a of r.attributes) fields[a] = { type: a === 'createdAt' ? dateFilter : stringFilter, extensions: { oro: { kind: 'filterField', key: a, valueType: 'string' } } };
      for (const rel of r.rels) if (!rel.toMany) fields[rel.name] = { type: idFilter, extensions: { oro: { kind: 'filterField', key: rel.name, valueType: 'integer' } } };
      f = new GraphQLInputObjectType({ name: `${cap(r.type)}Filter`, fields });
      filters.set(r.type, f);
    }
    return f;
  };
  const sortOf = (r: FixtureResource): GraphQLEnumType => {
    let s = sorts.get(r.type);
    if (!s) {
      const values: Record<string, { value: string }> = { ID_ASC: { value: 'id' }, ID_DESC: { value: '-id' } };
      for (const a of r.attributes) {
        values[`${a.toUpperCase()}_ASC`] = { value: a };
        values[`${a.toUpperCase()}_DESC`] = { value: `-${a}` };
      }
      s = new GraphQLEnumType({ name: `${cap(r.type)}Sort`, values });
      sorts.set(r.type, s);
    }
    return s;
  };
  const targetType = (targets: string[]): GraphQLOutputType => {
    if (targets.length === 1) return objectOf(byType.get(targets[0]!)!);
    const name = targets.map(cap).join('Or');
    let u = unions.get(name);
    if (!u) {
      u = new GraphQLUnionType({ name, types: () => targets.map((t) => objectOf(byType.get(t)!)) });
      unions.set(name, u);
    }
    return u;
  };
  const connectionOf = (r: FixtureResource): GraphQLObjectType => {
    let c = connections.get(r.type);
    if (!c) {
      const node = objectOf(r);
      const edge = new GraphQLObjectType({
        name: `${cap(r.type)}Edge`,
        extensions: { oro: { kind: 'edge', resource: r.type } },
        fields: {
          node: { type: new GraphQLNonNull(node), extensions: { oro: { kind: 'node' } } },
          cursor: { type: new GraphQLNonNull(GraphQLString), extensions: { oro: { kind: 'cursor' } } },
        },
      });
      c = new GraphQLObjectType({
        name: `${cap(r.type)}Connection`,
        extensions: { oro: { kind: 'connection', resource: r.type } },
        fields: {
          nodes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(node))), extensions: { oro: { kind: 'nodes' } } },
          edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(edge))), extensions: { oro: { kind: 'edges' } } },
          pageInfo: { type: new GraphQLNonNull(pageInfo), extensions: { oro: { kind: 'pageInfo' } } },
          totalCount: { type: GraphQLInt, extensions: { oro: { kind: 'totalCount' } } },
        },
      });
      connections.set(r.type, c);
    }
    return c;
  };
  const connArgs = (r: FixtureResource) => ({
    first: { type: GraphQLInt },
    after: { type: GraphQLString },
    last: { type: GraphQLInt },
    before: { type: GraphQLString },
    filter: { type: filterOf(r) },
    sort: { type: new GraphQLList(new GraphQLNonNull(sortOf(r))) },
  });
  function objectOf(r: FixtureResource): GraphQLObjectType {
    let o = objects.get(r.type);
    if (!o) {
      o = new GraphQLObjectType({
        name: cap(r.type),
        extensions: { oro: { kind: 'resource', resource: r.type } },
        fields: () => {
          const fields: GraphQLFieldConfigMap<unknown, unknown> = { id: { type: new GraphQLNonNull(GraphQLID), extensions: { oro: { kind: 'id' } } } };
          for (const a of r.attributes) fields[a] = { type: a === 'quantity' ? GraphQLInt : GraphQLString, extensions: { oro: { kind: 'attribute', name: a, dataType: 'string' } } };
          for (const rel of r.rels) {
            const ext = { kind: 'relationship', name: rel.name, toMany: rel.toMany, targets: rel.targets, polymorphic: rel.targets.length > 1, connection: rel.toMany, subresource: rel.subresource ?? true };
            const cfg: GraphQLFieldConfig<unknown, unknown> = rel.toMany
              ? { type: connectionOf(byType.get(rel.targets[0]!)!), args: connArgs(byType.get(rel.targets[0]!)!), extensions: { oro: ext } }
              : { type: targetType(rel.targets), extensions: { oro: ext } };
            fields[rel.name] = cfg;
          }
          return fields;
        },
      });
      objects.set(r.type, o);
    }
    return o;
  }

  const queryFields: GraphQLFieldConfigMap<unknown, unknown> = {};
  for (const r of resources) {
    if (r.list === false) continue;
    queryFields[r.type] = { type: connectionOf(r), args: connArgs(r), extensions: { oro: { kind: 'list', resource: r.type } } };
    queryFields[`${r.type}Item`] = { type: objectOf(r), args: { id: { type: new GraphQLNonNull(GraphQLID) } }, extensions: { oro: { kind: 'item', resource: r.type } } };
  }
  for (const r of resources) objectOf(r);
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: queryFields }), types: [...objects.values()] });
}
