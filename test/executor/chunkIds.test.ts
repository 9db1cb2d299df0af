import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkIds } from '../../src/loaders/runFetch.ts';

test('ids are split only when the query string would pass the length budget', () => {
  const ids = Array.from({ length: 100 }, (_, i) => String(1000 + i));
  assert.equal(chunkIds('/api/products', [], ids, 6000).length, 1);
  const chunks = chunkIds('/api/products', [], ids, 200);
  assert.ok(chunks.length > 1);
  assert.deepEqual(chunks.flat(), ids);
  for (const c of chunks) assert.ok(c.length > 0);
});

test('no ids means no chunk and so no request', () => {
  assert.deepEqual(chunkIds('/api/products', [], [], 6000), []);
});
