import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema as buildSdlSchema, parse, validate } from 'graphql';
import { generate } from '@graphql-codegen/cli';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

test('the committed generated client types are what codegen.yml produces from the committed SDL', async () => {
  const config = parseYaml(read('codegen.yml')) as { generates: Record<string, unknown> };
  // Writing nothing: `generate(config, false)` returns the files instead.
  const outputs: Array<{ filename: string; content: string }> = await generate({ ...config, cwd: root, silent: true } as Parameters<typeof generate>[0], false);
  const stale = outputs.filter((o) => o.content !== read(o.filename.startsWith(root) ? o.filename.slice(root.length + 1) : o.filename)).map((o) => o.filename);
  assert.deepEqual(Object.keys(config.generates).sort(), outputs.map((o) => (o.filename.startsWith(root) ? o.filename.slice(root.length + 1) : o.filename)).sort());
  assert.deepEqual(stale, [], 'run `npm run codegen` and commit the result');
});

test('the example product listing operation validates against the storefront schema', () => {
  const schema = buildSdlSchema(read('schema/storefront.graphql'));
  const errors = validate(schema, parse(read('docs/examples/productListing.graphql')));
  assert.deepEqual(errors.map((e) => e.message), []);
});
