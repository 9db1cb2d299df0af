import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapUpstreamFailure, mapUpstreamStatus } from '../../src/jsonapi/mapUpstreamError.ts';
import { UpstreamError } from '../../src/upstream/types.ts';

test('upstream statuses map to stable codes', () => {
  const cases: Array<[number, string]> = [
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [400, 'BAD_USER_INPUT'],
    [429, 'RATE_LIMITED'],
    [500, 'UPSTREAM_UNAVAILABLE'],
    [503, 'UPSTREAM_UNAVAILABLE'],
  ];
  for (const [status, code] of cases) assert.equal(mapUpstreamStatus(status, null).code, code, String(status));
});

test('a 400 source parameter is mapped back to the GraphQL argument path', () => {
  const body = { errors: [{ status: '400', title: 'filter constraint', detail: 'secret upstream detail', source: { parameter: 'filter[sku]' } }] };
  const err = mapUpstreamStatus(400, body, { parameterPaths: new Map([['filter[sku]', 'products.filter.sku']]) });
  assert.equal(err.code, 'BAD_USER_INPUT');
  assert.deepEqual(err.extensions.argumentPaths, ['products.filter.sku']);
  assert.doesNotMatch(err.message, /secret/);
});

test('the upstream error detail never reaches the message', () => {
  const err = mapUpstreamStatus(500, { errors: [{ detail: 'SQLSTATE secret' }] });
  assert.doesNotMatch(err.message, /SQLSTATE/);
});

test('transport failures map to timeout, unavailable and bad response codes', () => {
  assert.equal(mapUpstreamFailure(new UpstreamError('timeout', 'x')).code, 'UPSTREAM_TIMEOUT');
  assert.equal(mapUpstreamFailure(new UpstreamError('unavailable', 'x')).code, 'UPSTREAM_UNAVAILABLE');
  assert.equal(mapUpstreamFailure(new UpstreamError('bad_response', 'x')).code, 'UPSTREAM_BAD_RESPONSE');
});
