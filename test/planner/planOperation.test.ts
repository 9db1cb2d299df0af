import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'graphql';
import { planOperation } from '../../src/planner/planOperation.ts';
import { GatewayError } from '../../src/errors.ts';
import { encodeCursor } from '../../src/planner/pagination.ts';
import { buildFixtureSchema } from './fixtureSchema.ts';

const schema = buildFixtureSchema();
const lines = (query: string, variables: Record<string, unknown> = {}, options = {}): string[] =>
  planOperation(schema, parse(query), variables, undefined, { basePath: '/api', ...options }).requests.map(
    (r) => `${r.stage} ${r.method} ${r.path} [${r.headers['X-Include']}]${r.note ? ` (${r.note})` : ''}`,
  );

const cases: Array<{ name: string; query: string; variables?: Record<string, unknown>; options?: Record<string, unknown>; expected: string[] }> = [
  {
    name: 'a list with nested to-one and to-many compiles to one request with include and fields',
    query: '{ orders(first: 20) { nodes { poNumber customer { name } lineItems { nodes { quantity product { sku } } } } } }',
    expected: [
      '1 GET /api/orders?fields%5Bcustomers%5D=name&fields%5Borderlineitems%5D=product,quantity&fields%5Borders%5D=customer,lineItems,poNumber&fields%5Bproducts%5D=sku&include=customer,lineItems,lineItems.product&page%5Bnumber%5D=1&page%5Bsize%5D=21 [noHateoas]',
    ],
  },
  {
    name: 'totalCount adds the totalCount X-Include key only when selected',
    query: '{ brands(first: 2) { totalCount nodes { name } } }',
    expected: ['1 GET /api/brands?fields%5Bbrands%5D=name&page%5Bnumber%5D=1&page%5Bsize%5D=3 [noHateoas;totalCount]'],
  },
  {
    name: 'a nested connection with filter and sort becomes one batched second-stage request',
    query: '{ products(first: 50) { nodes { sku variants(first: 2, filter: { sku: { neq: "X" } }, sort: [NAME_DESC]) { nodes { name } } } } }',
    expected: [
      '1 GET /api/products?fields%5Bproducts%5D=sku,variants&page%5Bnumber%5D=1&page%5Bsize%5D=51 [noHateoas]',
      '2 GET /api/products?fields%5Bproducts%5D=name&filter%5Bid%5D={ids of products.variants}&filter%5Bsku%5D%5Bneq%5D=X&page%5Bsize%5D=-1&sort=-name [noHateoas]',
    ],
  },
  {
    name: 'only ids under a relationship need neither include nor a later request',
    query: '{ products { nodes { brand { id __typename } images { totalCount nodes { id } } } } }',
    expected: ['1 GET /api/products?fields%5Bproducts%5D=brand,images&page%5Bnumber%5D=1&page%5Bsize%5D=11 [noHateoas]'],
  },
  {
    name: 'include paths stop at the depth limit and the rest is fetched by id in the next stage',
    query: '{ menuitems { nodes { target { ... on Products { brand { name } } } } } }',
    options: { maxIncludeDepth: 1 },
    expected: [
      '1 GET /api/menuitems?fields%5Bmenuitems%5D=target&fields%5Bproducts%5D=brand&include=target&page%5Bnumber%5D=1&page%5Bsize%5D=11 [noHateoas]',
      '2 GET /api/brands?fields%5Bbrands%5D=name&filter%5Bid%5D={ids of menuitems.target.brand}&page%5Bsize%5D=-1 [noHateoas]',
    ],
  },
  {
    name: 'union members each get their own fieldset through one include',
    query: '{ menuitems(first: 3) { nodes { label target { __typename ... on Products { sku } ... on Categories { title } } } } }',
    expected: [
      '1 GET /api/menuitems?fields%5Bcategories%5D=title&fields%5Bmenuitems%5D=label,target&fields%5Bproducts%5D=sku&include=target&page%5Bnumber%5D=1&page%5Bsize%5D=4 [noHateoas]',
    ],
  },
  {
    name: 'aliases of one relationship with different arguments become separate branches',
    query: '{ products(first: 5) { nodes { a: variants(first: 1) { nodes { sku } } b: variants(filter: { sku: { eq: "Z" } }) { nodes { name } } } } }',
    expected: [
      '1 GET /api/products?fields%5Bproducts%5D=sku,variants&include=variants&page%5Bnumber%5D=1&page%5Bsize%5D=6 [noHateoas]',
      '2 GET /api/products?fields%5Bproducts%5D=name&filter%5Bid%5D={ids of products.b}&filter%5Bsku%5D=Z&page%5Bsize%5D=-1 [noHateoas]',
    ],
  },
  {
    name: 'fragments and skip and include directives shape the fieldsets',
    query: 'query Q($s: Boolean!) { orders { nodes { ...O } } } fragment O on Orders { poNumber totalValue @skip(if: $s) customer @include(if: $s) { name } }',
    variables: { s: true },
    expected: ['1 GET /api/orders?fields%5Bcustomers%5D=name&fields%5Borders%5D=customer,poNumber&include=customer&page%5Bnumber%5D=1&page%5Bsize%5D=11 [noHateoas]'],
  },
  {
    name: 'an unaligned after cursor picks one page that covers the window',
    query: `{ products(first: 5, after: "${encodeCursor(6)}") { nodes { sku } } }`,
    expected: ['1 GET /api/products?fields%5Bproducts%5D=sku&page%5Bnumber%5D=2&page%5Bsize%5D=7 [noHateoas]'],
  },
  {
    name: 'filters with lists, ranges and booleans use the bracket syntax',
    query: '{ products(filter: { id: { in: ["1", "2"] }, createdAt: { between: { from: "2024-01", to: "2024-03" } }, name: { exists: true } }) { nodes { sku } } }',
    expected: [
      '1 GET /api/products?fields%5Bproducts%5D=sku&filter%5BcreatedAt%5D=2024-01..2024-03&filter%5Bid%5D=1,2&filter%5Bname%5D%5Bexists%5D=true&page%5Bnumber%5D=1&page%5Bsize%5D=11 [noHateoas]',
    ],
  },
  {
    name: 'an item root reads one record by id with its includes',
    query: '{ productsItem(id: "7") { sku brand { name } } }',
    expected: ['1 GET /api/products/7?fields%5Bbrands%5D=name&fields%5Bproducts%5D=brand,sku&include=brand [noHateoas]'],
  },
  {
    name: 'a relationship without a list route falls back to per-parent sub-resource requests',
    query: '{ ordersItem(id: "1") { discounts(filter: { amount: { eq: "5" } }) { nodes { amount } } } }',
    expected: [
      '1 GET /api/orders/1?fields%5Borders%5D=discounts [noHateoas]',
      '2 GET /api/orders/{id of ordersItem}/discounts?fields%5Borderdiscounts%5D=amount&filter%5Bamount%5D=5&page%5Bnumber%5D=1&page%5Bsize%5D=11 [noHateoas] (one request per parent (no batchable route), at most 1)',
    ],
  },
  {
    name: 'three levels with arguments at each level take three stages',
    query:
      '{ orders(first: 3, sort: [PONUMBER_ASC]) { nodes { lineItems(sort: [QUANTITY_DESC]) { nodes { product { variants(filter: { sku: { neq: "A" } }) { nodes { sku } } } } } } } }',
    expected: [
      '1 GET /api/orders?fields%5Borders%5D=lineItems&page%5Bnumber%5D=1&page%5Bsize%5D=4&sort=poNumber [noHateoas]',
      '2 GET /api/orderlineitems?fields%5Borderlineitems%5D=product&fields%5Bproducts%5D=variants&filter%5Bid%5D={ids of orders.lineItems}&include=product&page%5Bsize%5D=-1&sort=-quantity [noHateoas]',
      '3 GET /api/products?fields%5Bproducts%5D=sku&filter%5Bid%5D={ids of orders.lineItems.product.variants}&filter%5Bsku%5D%5Bneq%5D=A&page%5Bsize%5D=-1 [noHateoas]',
    ],
  },
];

for (const c of cases) {
  test(c.name, () => {
    assert.deepEqual(lines(c.query, c.variables, c.options), c.expected);
  });
}

test('first above the maximum page size is rejected before any request', () => {
  assert.throws(() => lines('{ products(first: 101) { nodes { sku } } }'), (e: unknown) => e instanceof GatewayError && e.code === 'BAD_USER_INPUT');
});

test('first of zero is rejected', () => {
  assert.throws(() => lines('{ products(first: 0) { nodes { sku } } }'), (e: unknown) => e instanceof GatewayError && e.code === 'BAD_USER_INPUT');
});

test('an operation estimated above the request limit is too complex', () => {
  assert.throws(
    () => lines('{ orders(first: 30) { nodes { discounts(filter: { amount: { eq: "1" } }) { nodes { amount } } } } }', {}, { maxUpstreamRequests: 10 }),
    (e: unknown) => e instanceof GatewayError && e.code === 'OPERATION_TOO_COMPLEX',
  );
});

test('a cursor the gateway did not issue is bad user input', () => {
  assert.throws(() => lines('{ products(after: "bm9wZQ==") { nodes { sku } } }'), (e: unknown) => e instanceof GatewayError && e.code === 'BAD_USER_INPUT');
});

test('identical branches under nodes and edges compile to the same request text', () => {
  const plan = planOperation(schema, parse('{ products { nodes { variants(sort: [SKU_ASC]) { nodes { sku } } } edges { node { variants(sort: [SKU_ASC]) { nodes { sku } } } } } }'), {}, undefined, { basePath: '/api' });
  const stage2 = plan.requests.filter((r) => r.stage === 2).map((r) => r.path.replace(/\{ids of [^}]*\}/, '{ids}'));
  assert.equal(new Set(stage2).size, 1);
});
