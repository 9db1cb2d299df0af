/**
 * Schema build time (readOpenApi + buildSchema) for the emulator views, the real Oro fixtures
 * and a generated 300-resource document. Run: node --import tsx bench/schema.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseOpenApiText, readOpenApi } from '../src/metadata/readOpenApi.ts';
import { buildSchema } from '../src/schema/buildSchema.ts';
import { buildOpenApiDocument } from '../src/emulator/openapi/buildOpenApiDocument.ts';
import { syntheticSpec, type SynthResource } from '../test/metadata/syntheticSpec.ts';

function generated(count: number): unknown {
  const intRange = { oneOf: [{ type: 'integer' }, { type: 'array', items: { type: 'integer' } }, { type: 'string', pattern: '-?\\d+\\.\\.-?\\d+' }] };
  const resources: SynthResource[] = [];
  for (let i = 0; i < count; i++) {
    const type = `resource${i}items`;
    resources.push({
      type,
      attributes: Array.from({ length: 12 }, (_, j) => ({ name: `field${j}`, schema: j % 3 === 0 ? { type: 'number' } : j % 3 === 1 ? { type: 'string', format: 'datetime' } : { type: 'string' }, required: j < 2, description: `<p>Field ${j} of ${type}.</p>` })),
      relationships: [
        { name: 'parent', target: `resource${(i + 1) % count}items` },
        { name: 'children', target: `resource${(i + 7) % count}items`, toMany: true },
      ],
      filters: [
        { key: 'id', operators: ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'], value: intRange, kind: 'id' },
        { key: 'field1', operators: ['eq', 'neq', 'lt', 'gt', 'exists'], value: intRange },
        { key: 'parent', operators: ['eq', 'neq', 'exists'], value: intRange, kind: 'relationship' },
      ],
      sort: ['field0', 'field1', 'id'],
    });
  }
  return syntheticSpec(resources);
}

function time(document: unknown, view: string): { ms: number; types: number } {
  const runs = 5;
  let best = Infinity;
  let types = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const { schema } = buildSchema(readOpenApi(document), { view });
    types = Object.keys(schema.getTypeMap()).length;
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, types };
}

const fixtureDir = join(import.meta.dirname, '..', '..', 'shared', 'oro', 'openapi-fixtures');
const rows: Array<[string, unknown, string]> = [
  ['emulator storefront', buildOpenApiDocument('storefront'), 'storefront'],
  ['emulator back-office', buildOpenApiDocument('back-office'), 'back-office'],
  ...readdirSync(fixtureDir).filter((f) => f.endsWith('.yml')).sort().map((f): [string, unknown, string] => [f, parseOpenApiText(readFileSync(join(fixtureDir, f), 'utf8')), 'back-office']),
  ['generated 300 resources', generated(300), 'back-office'],
];
console.log('| document | resources | types | read + build (best of 5) |');
console.log('|---|---:|---:|---:|');
for (const [name, doc, view] of rows) {
  const resources = Object.keys(readOpenApi(doc).resources).length;
  const { ms, types } = time(doc, view);
  console.log(`| ${name} | ${resources} | ${types} | ${ms.toFixed(1)} ms |`);
}
