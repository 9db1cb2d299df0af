import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CircuitBreaker } from '../../src/upstream/circuitBreaker.ts';

const options = { failureRatio: 0.5, minimumCalls: 4, windowMs: 10_000, halfOpenAfterMs: 10_000 };

test('the breaker stays closed below the minimum number of calls', () => {
  const b = new CircuitBreaker(options, () => 0);
  for (let i = 0; i < 3; i++) b.record(false);
  assert.equal(b.state, 'closed');
});

test('the breaker opens at the failure ratio and refuses calls', () => {
  const b = new CircuitBreaker(options, () => 0);
  b.record(true);
  b.record(true);
  b.record(false);
  b.record(false);
  assert.equal(b.state, 'open');
  assert.equal(b.tryAcquire(), false);
});

test('failures older than the window are forgotten', () => {
  let now = 0;
  const b = new CircuitBreaker(options, () => now);
  b.record(false);
  b.record(false);
  b.record(false);
  now = 20_000;
  b.record(true);
  assert.equal(b.state, 'closed');
});

test('after the wait one trial call goes through, and its success closes the breaker', () => {
  let now = 0;
  const b = new CircuitBreaker(options, () => now);
  for (let i = 0; i < 4; i++) b.record(false);
  now = 10_000;
  assert.equal(b.state, 'half-open');
  assert.equal(b.tryAcquire(), true);
  assert.equal(b.tryAcquire(), false);
  b.record(true);
  assert.equal(b.state, 'closed');
});

test('a failed trial call opens the breaker again', () => {
  let now = 0;
  const b = new CircuitBreaker(options, () => now);
  for (let i = 0; i < 4; i++) b.record(false);
  now = 10_000;
  b.tryAcquire();
  b.record(false);
  assert.equal(b.state, 'open');
});

test('a trial call released without an outcome lets the next trial through', () => {
  let now = 0;
  const b = new CircuitBreaker(options, () => now);
  for (let i = 0; i < 4; i++) b.record(false);
  now = 10_000;
  b.tryAcquire();
  b.release();
  assert.equal(b.state, 'half-open');
  assert.equal(b.tryAcquire(), true);
});
