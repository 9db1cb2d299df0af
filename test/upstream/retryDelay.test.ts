import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retryDelay } from '../../src/upstream/retryDelay.ts';

test('the backoff doubles from the base delay and is capped at the maximum', () => {
  const at = (attempt: number): number | undefined => retryDelay({ attempt, baseMs: 100, maxMs: 1000, now: 0, deadline: 100_000, random: () => 1 });
  assert.deepEqual([at(0), at(1), at(2), at(3), at(4)], [100, 200, 400, 800, 1000]);
});

test('jitter keeps the delay between half and all of the backoff', () => {
  assert.equal(retryDelay({ attempt: 2, baseMs: 100, maxMs: 1000, now: 0, deadline: 100_000, random: () => 0 }), 200);
});

test('Retry-After in seconds wins over the backoff', () => {
  assert.equal(retryDelay({ attempt: 0, baseMs: 100, maxMs: 1000, now: 0, deadline: 100_000, retryAfter: '3' }), 3000);
});

test('Retry-After as an HTTP date is honoured', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  assert.equal(retryDelay({ attempt: 0, baseMs: 100, maxMs: 1000, now, deadline: now + 100_000, retryAfter: 'Thu, 01 Jan 2026 00:00:02 GMT' }), 2000);
});

test('no retry is planned when the wait would pass the deadline', () => {
  assert.equal(retryDelay({ attempt: 0, baseMs: 100, maxMs: 1000, now: 0, deadline: 1000, retryAfter: '5' }), undefined);
});
