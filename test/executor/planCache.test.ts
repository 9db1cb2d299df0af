import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execute, parse, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { attachResolvers } from '../../src/executor/attachResolvers.ts';
import { PlanCache } from '../../src/executor/planCache.ts';
import type { QueryPlan } from '../../src/planner/types.ts';
import { buildFixtureSchema } from '../planner/fixtureSchema.ts';
import { FakeOro, fixtureRecords } from './fakeOro.ts';

const plan = (n: number): QueryPlan => ({ roots: [], fetches: [], requests: [], estimatedRequests: n });
const op = (): OperationDefinitionNode => parse('{ a }').definitions[0] as OperationDefinitionNode;

test('the least recently used operation is evicted first when the cache is full', () => {
  const cache = new PlanCache(2, 4);
  const [a, b, c] = [op(), op(), op()];
  cache.set(a, '{}', plan(1));
  cache.set(b, '{}', plan(2));
  assert.equal(cache.get(a, '{}')?.estimatedRequests, 1);
  cache.set(c, '{}', plan(3));
  assert.equal(cache.get(b, '{}'), undefined);
  assert.equal(cache.get(a, '{}')?.estimatedRequests, 1);
  assert.equal(cache.get(c, '{}')?.estimatedRequests, 3);
});

test('each operation keeps at most the configured number of variable sets', () => {
  const cache = new PlanCache(10, 2);
  const a = op();
  cache.set(a, '{"n":1}', plan(1));
  cache.set(a, '{"n":2}', plan(2));
  cache.set(a, '{"n":3}', plan(3));
  assert.equal(cache.get(a, '{"n":1}'), undefined);
  assert.equal(cache.size, 2);
});

test('a repeated operation with other variables is planned for those variables', async () => {
  const schema = attachResolvers(buildFixtureSchema(), { basePath: '/api' });
  // One parsed document for every request, the way Apollo Server's document cache hands it out.
  const document = parse('query($n: Int) { products(first: $n) { nodes { sku } } }');
  assert.deepEqual(validate(schema, document), []);
  const sizes: string[] = [];
  for (const n of [2, 3, 2]) {
    const oro = new FakeOro(fixtureRecords());
    const result = await execute({ schema, document, variableValues: { n }, contextValue: { oro: { upstream: oro } } });
    assert.equal(result.errors, undefined);
    assert.equal((result.data as any).products.nodes.length, n);
    sizes.push(/page%5Bsize%5D=(\d+)/.exec(oro.paths[0]!)![1]!);
  }
  assert.deepEqual(sizes, ['3', '4', '3']);
});
