import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { graphql } from 'graphql';
import { attachResolvers } from '../../src/executor/attachResolvers.ts';
import { buildFixtureSchema } from '../planner/fixtureSchema.ts';
import { FakeOro, fixtureRecords } from './fakeOro.ts';

const schema = attachResolvers(buildFixtureSchema(), { basePath: '/api' });

/** A random selection on products/orders with page sizes as holes: `first: $pN`. */
const productSel = (depth: number): fc.Arbitrary<string> =>
  fc
    .record({
      sku: fc.boolean(),
      brand: fc.boolean(),
      variants: depth > 0 ? fc.option(fc.tuple(fc.boolean(), fc.boolean(), fc.constant(null)).chain(([sorted, filtered]) => productSel(depth - 1).map((inner) => ({ sorted, filtered, inner }))), { nil: undefined }) : fc.constant(undefined),
    })
    .map((r) => {
      const parts = ['id'];
      if (r.sku) parts.push('sku');
      if (r.brand) parts.push('brand { name }');
      if (r.variants) {
        const args = ['first: $PAGE'];
        if (r.variants.sorted) args.push('sort: [SKU_DESC]');
        if (r.variants.filtered) args.push('filter: { sku: { neq: "SKU-05" } }');
        parts.push(`variants(${args.join(', ')}) { totalCount nodes { ${r.variants.inner} } }`);
      }
      return parts.join(' ');
    });

const operation = fc.oneof(
  productSel(2).map((s) => `products(first: $PAGE) { nodes { ${s} } }`),
  productSel(1).map((s) => `orders(first: $PAGE) { nodes { poNumber lineItems(first: $PAGE) { nodes { product { ${s} } } } } }`),
);

async function countRequests(query: string, page: number): Promise<number> {
  const oro = new FakeOro(fixtureRecords());
  const result = await graphql({ schema, source: `query { ${query.replaceAll('$PAGE', String(page))} }`, contextValue: { oro: { upstream: oro } } });
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return oro.paths.length;
}

test('the upstream request count of a random operation does not change with page sizes', async () => {
  const seed = Number(process.env.PROPERTY_SEED ?? 20261122);
  try {
    await fc.assert(
      fc.asyncProperty(operation, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), async (query, a, b) => {
        assert.equal(await countRequests(query, a), await countRequests(query, b), query);
      }),
      { seed, numRuns: 150, interruptAfterTimeLimit: 20_000 },
    );
  } catch (error) {
    console.error(`property failed with seed ${seed}`);
    throw error;
  }
});
