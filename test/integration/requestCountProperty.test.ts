import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getNamedType, graphql, isObjectType, isUnionType, isInputObjectType, isEnumType, parse, validate } from 'graphql';
import type { GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { readOpenApi, parseOpenApiText } from '../../src/metadata/readOpenApi.ts';
import type { ResourceModel } from '../../src/metadata/model.ts';
import { buildSchema } from '../../src/schema/buildSchema.ts';
import { oroExtension } from '../../src/schema/extensions.ts';
import type { OroFieldExtension, OroObjectTypeExtension } from '../../src/schema/extensions.ts';
import { attachResolvers } from '../../src/executor/attachResolvers.ts';
import { planOperation } from '../../src/planner/planOperation.ts';
import type { QueryPlan } from '../../src/planner/types.ts';
import { customerToken, testUpstream } from '../support/testUpstream.ts';

// The property of docs/compiler.md on the REAL generated storefront schema, executed against the
// emulator as a logged-in customer user: random operations built from the schema (attributes,
// to-one and connection relationships with and without sort, unions), every page size a hole.

let emu: RunningEmulator;
let schema: GraphQLSchema;
let model: ResourceModel;
let token: string;

before(async () => {
  emu = await startEmulator({ port: 0, seed: 5 });
  model = readOpenApi(parseOpenApiText(await (await fetch(`${emu.url}/public-openapi-specification/1/storefront`)).text()));
  schema = attachResolvers(buildSchema(model).schema, { basePath: '/api', model });
  token = await customerToken(emu.url, emu.accounts.oauthClients.storefront, emu.accounts.customerUsers[0]!);
});

after(async () => {
  await emu.close();
});

const ROOTS = ['products', 'orders', 'shoppinglists', 'webcatalogtree', 'mastercatalogcategories', 'customerusers'];

/** Builds an operation from a tape of random choices; `$PAGE` marks every page size. */
function buildOperation(tape: number[]): string {
  let i = 0;
  const pick = (n: number): number => tape[i++ % tape.length]! % n;
  const fieldsOf = (t: GraphQLObjectType) => Object.values(t.getFields()).map((f) => ({ f, ext: oroExtension<OroFieldExtension>(f) }));

  const objectSelection = (t: GraphQLObjectType, depth: number, alias?: string): string => {
    const parts: string[] = [];
    const fields = fieldsOf(t);
    for (const { f, ext } of fields) {
      if (ext?.kind === 'attribute' && pick(4) === 0 && parts.length < 4) parts.push(alias ? `${alias}_${f.name}: ${f.name}` : f.name);
    }
    if (depth > 0 && !alias) {
      let rels = 0;
      for (const { f, ext } of fields) {
        if (ext?.kind !== 'relationship' || rels >= 2 || pick(4) !== 0) continue;
        const sub = relationship(f, depth - 1);
        if (sub) {
          parts.push(sub);
          rels++;
        }
      }
    }
    if (parts.length === 0) parts.push(alias ? `${alias}_id: id` : 'id');
    return parts.join(' ');
  };

  const targetSelection = (named: GraphQLNamedType, depth: number): string => {
    if (isUnionType(named)) return `__typename ${named.getTypes().map((m) => `... on ${m.name} { ${objectSelection(m, 0, m.name)} }`).join(' ')}`;
    return isObjectType(named) ? objectSelection(named, depth) : 'id';
  };

  const connection = (f: GraphQLField<unknown, unknown>, depth: number, root: boolean): string => {
    const args: string[] = [];
    if (f.args.some((a) => a.name === 'first')) args.push('first: $PAGE');
    const sortArg = f.args.find((a) => a.name === 'sort');
    const sortType = sortArg && getNamedType(sortArg.type);
    if (sortType && isInputObjectType(sortType) && pick(root ? 3 : 2) !== 1) {
      const fieldEnum = getNamedType(sortType.getFields().field!.type);
      if (isEnumType(fieldEnum)) {
        const values = fieldEnum.getValues();
        args.push(`sort: [{ field: ${values[pick(values.length)]!.name}, direction: ${pick(2) === 0 ? 'ASC' : 'DESC'} }]`);
      }
    }
    const connType = getNamedType(f.type) as GraphQLObjectType;
    const nodesType = getNamedType(connType.getFields().nodes!.type);
    const count = pick(3) === 0 ? 'totalCount ' : '';
    return `${f.name}${args.length ? `(${args.join(', ')})` : ''} { ${count}nodes { ${targetSelection(nodesType, depth)} } }`;
  };

  const relationship = (f: GraphQLField<unknown, unknown>, depth: number): string | undefined => {
    const named = getNamedType(f.type);
    if (oroExtension<OroObjectTypeExtension>(named)?.kind === 'connection') return connection(f, depth, false);
    return `${f.name} { ${targetSelection(named, depth)} }`;
  };

  const query = schema.getQueryType()!.getFields();
  const root = query[ROOTS[pick(ROOTS.length)]!]!;
  return `{ ${connection(root, 2, true)} }`;
}

const withPage = (op: string, page: number): string => op.replaceAll('$PAGE', String(page));

function plan(op: string): QueryPlan {
  return planOperation(schema, parse(op), {}, undefined, { basePath: '/api', model });
}

async function execute(op: string): Promise<string[]> {
  emu.clearRequests();
  const result = await graphql({ schema, source: op, contextValue: { oro: { upstream: testUpstream(emu.url, { token }) } } });
  assert.equal(result.errors, undefined, `${op}\n${JSON.stringify(result.errors)}`);
  return emu.requests().filter((r) => r.path.startsWith('/api/')).map((r) => r.path);
}

/**
 * Which planned request each sent request is; a batched line (`{ids of …}`) is sent at most once
 * and only when its parents have ids (a branch with no ids makes no request).
 */
function matchPlan(p: QueryPlan, sent: string[]): { skipped: number } {
  const patterns = p.requests.map((r) => new RegExp(`^${r.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{ids of [^}]*\\?\}|\{ids of [^}]*\}/g, '[^&]+')}$`));
  const hits = new Array<number>(patterns.length).fill(0);
  for (const path of sent) {
    const index = patterns.findIndex((re, k) => hits[k] === 0 && re.test(path));
    assert.notEqual(index, -1, `sent but not planned: ${path}`);
    hits[index]!++;
  }
  p.requests.forEach((r, k) => {
    if (hits[k] === 0) assert.match(r.path, /\{ids of /, `planned request not sent: ${r.path}`);
  });
  return { skipped: hits.filter((h) => h === 0).length };
}

test('on the generated storefront schema the upstream request count does not change with page sizes', async () => {
  const seed = 20261122;
  let checked = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(), { minLength: 48, maxLength: 48 }), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), async (tape, a, b) => {
      const op = buildOperation(tape);
      assert.deepEqual(validate(schema, parse(withPage(op, a))), [], op);
      const [pa, pb] = [plan(withPage(op, a)), plan(withPage(op, b))];
      // Only operations that batch: per-parent fallbacks scale with the parents by design.
      fc.pre(pa.fetches.every((f) => f.mode !== 'perParent' && f.mode !== 'unavailable'));
      assert.equal(pa.requests.length, pb.requests.length, op);
      const [sa, sb] = [await execute(withPage(op, a)), await execute(withPage(op, b))];
      const [ma, mb] = [matchPlan(pa, sa), matchPlan(pb, sb)];
      assert.equal(sa.length + ma.skipped, sb.length + mb.skipped, op);
      if (ma.skipped === 0 && mb.skipped === 0) assert.equal(sa.length, sb.length, op);
      checked++;
    }),
    { seed, numRuns: 120, interruptAfterTimeLimit: 25_000 },
  );
  assert.ok(checked >= 30, `only ${checked} operations were checked`);
});
