import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_UPSTREAM } from '../../src/config.ts';
import type { UpstreamConfig } from '../../src/config.ts';
import { OroHttp } from '../../src/upstream/oroHttp.ts';
import { createUpstreamClient } from '../../src/upstream/createUpstreamClient.ts';
import { createConcurrencyLimiter } from '../../src/upstream/concurrencyLimiter.ts';
import { ServiceAccount } from '../../src/upstream/serviceAccount.ts';
import { requestToken, TokenRefusedError } from '../../src/upstream/requestToken.ts';
import { UpstreamError } from '../../src/upstream/types.ts';
import type { TracedRequest } from '../../src/executor/types.ts';
import { startFakeOro, json } from './fakeOro.ts';

const fast: UpstreamConfig = { ...DEFAULT_UPSTREAM, retryBaseDelayMs: 1, retryMaxDelayMs: 2 };

test('a GET carries the JSON:API Accept header, request id, localization, currency and the caller token', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 200, { data: [] }));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const client = createUpstreamClient({
    http,
    origin: oro.origin,
    view: 'storefront',
    authorization: 'Bearer abc',
    scope: { localizationId: '3', currency: 'EUR' },
    requestId: 'req-1',
  });
  const res = await client.request({ method: 'GET', path: '/api/products?page%5Bsize%5D=2', headers: { 'X-Include': 'totalCount' } });
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, { data: [] });
  const h = oro.seen[0]!.headers;
  assert.equal(h.accept, 'application/vnd.api+json');
  assert.equal(h['x-request-id'], 'req-1');
  assert.equal(h['x-localization-id'], '3');
  assert.equal(h['x-currency'], 'EUR');
  assert.equal(h.authorization, 'Bearer abc');
  assert.equal(h['x-include'], 'totalCount');
  assert.equal(h['content-type'], undefined);
  assert.equal(oro.seen[0]!.url, '/api/products?page%5Bsize%5D=2');
});

test('a write is sent as application/vnd.api+json without a charset', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 201, { data: { type: 'x', id: '1' } }));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const client = createUpstreamClient({ http, origin: oro.origin, view: 'back-office' });
  await client.request({ method: 'POST', path: '/admin/api/x', body: { data: { type: 'x' } } });
  assert.equal(oro.seen[0]!.headers['content-type'], 'application/vnd.api+json');
  assert.deepEqual(JSON.parse(oro.seen[0]!.body), { data: { type: 'x' } });
});

test('a GET answered 503 is retried and the later 200 is returned', async (t) => {
  const oro = await startFakeOro((_r, res, n) => (n === 1 ? json(res, 503, undefined) : json(res, 200, { data: null })));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const res = await http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} });
  assert.equal(res.status, 200);
  assert.equal(oro.seen.length, 2);
});

test('a GET gives up after the configured retries and returns the last answer', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 502, undefined));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const res = await http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} });
  assert.equal(res.status, 502);
  assert.equal(oro.seen.length, 1 + fast.retries);
});

test('a POST answered 503 is never retried', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 503, undefined));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const res = await http.send({ origin: oro.origin, method: 'POST', path: '/api/x', headers: {}, body: '{}' });
  assert.equal(res.status, 503);
  assert.equal(oro.seen.length, 1);
});

test('a Retry-After that ends past the call deadline stops the retries', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 429, undefined, { 'retry-after': '30' }));
  const http = new OroHttp({ ...fast, callTimeoutMs: 2000 });
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const res = await http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} });
  assert.equal(res.status, 429);
  assert.equal(oro.seen.length, 1);
});

test('a GET whose connection is reset is retried', async (t) => {
  const oro = await startFakeOro((_r, res, n) => (n === 1 ? res.socket?.destroy() : json(res, 200, { data: [] })));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const res = await http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} });
  assert.equal(res.status, 200);
  assert.equal(oro.seen.length, 2);
});

test('a call that gets no answer before its deadline rejects with an UpstreamError timeout', async (t) => {
  const oro = await startFakeOro(() => {
    /* never answers */
  });
  const http = new OroHttp({ ...fast, callTimeoutMs: 150, retries: 0 });
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  await assert.rejects(
    http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} }),
    (err: unknown) => err instanceof UpstreamError && err.failure === 'timeout',
  );
});

test('a body that is not JSON rejects with an UpstreamError bad_response', async (t) => {
  const oro = await startFakeOro((_r, res) => {
    res.writeHead(200, { 'content-type': 'application/vnd.api+json' });
    res.end('{"data": [');
  });
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  await assert.rejects(
    http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} }),
    (err: unknown) => err instanceof UpstreamError && err.failure === 'bad_response',
  );
});

test('the circuit opens after enough 5xx answers and later calls fail without reaching Oro', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 500, undefined));
  const http = new OroHttp({ ...fast, retries: 0, breaker: { failureRatio: 0.5, minimumCalls: 4, windowMs: 60_000, halfOpenAfterMs: 60_000 } });
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  for (let i = 0; i < 4; i++) await http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} });
  assert.equal(http.breakerState(oro.origin), 'open');
  await assert.rejects(
    http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} }),
    (err: unknown) => err instanceof UpstreamError && err.failure === 'unavailable',
  );
  assert.equal(oro.seen.length, 4);
});

test('Oro 4xx answers never open the circuit', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 404, undefined));
  const http = new OroHttp({ ...fast, retries: 0, breaker: { failureRatio: 0.5, minimumCalls: 2, windowMs: 60_000, halfOpenAfterMs: 60_000 } });
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  for (let i = 0; i < 5; i++) await http.send({ origin: oro.origin, method: 'GET', path: '/api/x', headers: {} });
  assert.equal(http.breakerState(oro.origin), 'closed');
});

test('one operation never has more calls in flight than its limit', async (t) => {
  let inFlight = 0;
  let most = 0;
  const oro = await startFakeOro((_r, res) => {
    inFlight++;
    most = Math.max(most, inFlight);
    setTimeout(() => {
      inFlight--;
      json(res, 200, { data: [] });
    }, 20);
  });
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const client = createUpstreamClient({ http, origin: oro.origin, view: 'storefront', limiter: createConcurrencyLimiter(3) });
  await Promise.all(Array.from({ length: 12 }, (_, i) => client.request({ method: 'GET', path: `/api/x/${i}` })));
  assert.equal(oro.seen.length, 12);
  assert.equal(most, 3);
});

test('every call is appended to the operation trace with its status', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 200, { data: [] }));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const trace: TracedRequest[] = [];
  const client = createUpstreamClient({ http, origin: oro.origin, view: 'storefront', trace });
  await client.request({ method: 'GET', path: '/api/products', stage: 2 });
  assert.equal(trace.length, 1);
  assert.equal(trace[0]!.stage, 2);
  assert.equal(trace[0]!.status, 200);
  assert.equal(trace[0]!.path, '/api/products');
});

test('the service account fetches one token for many waiting calls', async (t) => {
  let tokens = 0;
  const oro = await startFakeOro((r, res) => {
    if (r.url === '/oauth2-token') {
      tokens++;
      setTimeout(() => json(res, 200, { token_type: 'Bearer', expires_in: 3600, access_token: `t${tokens}` }), 20);
    } else json(res, 200, { data: [] });
  });
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const account = new ServiceAccount(() =>
    requestToken(http, { origin: oro.origin, tokenPath: '/oauth2-token', client: { clientId: 'c', clientSecret: 's' } }, { grantType: 'client_credentials' }),
  );
  const client = createUpstreamClient({ http, origin: oro.origin, view: 'back-office', serviceAccount: account });
  await Promise.all(Array.from({ length: 5 }, () => client.request({ method: 'GET', path: '/admin/api/users' })));
  assert.equal(tokens, 1);
  const apiCalls = oro.seen.filter((r) => r.url !== '/oauth2-token');
  assert.ok(apiCalls.every((r) => r.headers.authorization === 'Bearer t1'));
  assert.equal(JSON.parse(oro.seen.find((r) => r.url === '/oauth2-token')!.body).grant_type, 'client_credentials');
});

test('the service account refreshes its token once when Oro answers 401', async (t) => {
  let tokens = 0;
  const oro = await startFakeOro((r, res) => {
    if (r.url === '/oauth2-token') {
      tokens++;
      json(res, 200, { token_type: 'Bearer', expires_in: 3600, access_token: `t${tokens}` });
    } else if (r.headers.authorization === 'Bearer t1') json(res, 401, undefined);
    else json(res, 200, { data: [] });
  });
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const account = new ServiceAccount(() =>
    requestToken(http, { origin: oro.origin, tokenPath: '/oauth2-token', client: { clientId: 'c', clientSecret: 's' } }, { grantType: 'client_credentials' }),
  );
  const client = createUpstreamClient({ http, origin: oro.origin, view: 'back-office', serviceAccount: account });
  const res = await client.request({ method: 'GET', path: '/admin/api/users' });
  assert.equal(res.status, 200);
  assert.equal(tokens, 2);
});

test('a caller token wins over the service account', async (t) => {
  const oro = await startFakeOro((_r, res) => json(res, 200, { data: [] }));
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  const account = new ServiceAccount(() => Promise.reject(new Error('must not be asked')));
  const client = createUpstreamClient({ http, origin: oro.origin, view: 'back-office', serviceAccount: account, authorization: 'Bearer mine' });
  await client.request({ method: 'GET', path: '/admin/api/users' });
  assert.equal(oro.seen[0]!.headers.authorization, 'Bearer mine');
});

test('wrong user credentials become a TokenRefusedError without Oro text', async (t) => {
  const oro = await startFakeOro((_r, res) =>
    json(res, 400, { error: 'invalid_grant', error_description: 'The user credentials were incorrect.', message: 'The user credentials were incorrect.' }),
  );
  const http = new OroHttp(fast);
  t.after(async () => {
    await http.close();
    await oro.close();
  });
  await assert.rejects(
    requestToken(http, { origin: oro.origin, tokenPath: '/oauth2-token', client: { clientId: 'c', clientSecret: 's' } }, { grantType: 'password', username: 'a', password: 'b' }),
    (err: unknown) => err instanceof TokenRefusedError && err.reason === 'invalid_credentials' && !err.message.includes('incorrect'),
  );
  assert.equal(oro.seen[0]!.headers['content-type'], 'application/json');
});
