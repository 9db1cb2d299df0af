import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { call } from './client.ts';

let e: RunningEmulator;
let off: RunningEmulator;
before(async () => {
  e = await startEmulator({ corsOrigins: ['https://shop.example'] });
  off = await startEmulator();
});
after(async () => {
  await e.close();
  await off.close();
});

const ORIGIN = 'https://shop.example';
const EXPOSE = 'Location,X-Include-Total-Count,X-Include-Deleted-Count';

test('§7.7 CORS is off by default: no CORS headers for any origin', async () => {
  const r = await call(off, '/api/products', { headers: { origin: ORIGIN } });
  assert.equal(r.headers.get('access-control-allow-origin'), null);
});

test('§7.7 a request from an allowed origin echoes the origin and exposes the Oro headers', async () => {
  const r = await call(e, '/api/products', { headers: { origin: ORIGIN } });
  assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
  assert.equal(r.headers.get('access-control-expose-headers'), EXPOSE);
  assert.equal(r.headers.get('access-control-allow-methods'), null);
});

test('§7.7 an origin that is not allowed gets no CORS headers', async () => {
  const r = await call(e, '/api/products', { headers: { origin: 'https://evil.example' } });
  assert.equal(r.headers.get('access-control-allow-origin'), null);
});

test('§7.7 an error response to an allowed origin carries the CORS headers too', async () => {
  const r = await call(e, '/api/products?nope=1', { headers: { origin: ORIGIN } });
  assert.equal(r.status, 400);
  assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
});

test('§6.6 a preflight replaces Allow with Access-Control-Allow-Methods and adds headers and max age', async () => {
  const r = await call(e, '/admin/api/products/1/relationships/brand', { method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'PATCH' } });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('allow'), null);
  assert.equal(r.headers.get('access-control-allow-methods'), 'OPTIONS, GET, PATCH');
  assert.equal(r.headers.get('access-control-allow-headers'), 'Authorization,Content-Type,X-Include');
  assert.equal(r.headers.get('access-control-max-age'), '600');
  assert.equal(r.headers.get('access-control-allow-origin'), ORIGIN);
  assert.equal(r.headers.get('access-control-allow-credentials'), null);
});

test('§6.6 an OPTIONS with Origin but no requested method keeps Allow and is not a preflight', async () => {
  const r = await call(e, '/api/products', { method: 'OPTIONS', headers: { origin: ORIGIN } });
  assert.equal(r.headers.get('allow'), 'OPTIONS, GET');
  assert.equal(r.headers.get('access-control-allow-methods'), null);
  assert.equal(r.headers.get('access-control-max-age'), null);
  assert.equal(r.headers.get('access-control-expose-headers'), EXPOSE);
});

test('§7.7 a star in the allowed origins matches any origin and echoes it', async () => {
  const any = await startEmulator({ corsOrigins: ['*'] });
  try {
    const r = await call(any, '/api/products/1', { headers: { origin: 'https://other.example' } });
    assert.equal(r.headers.get('access-control-allow-origin'), 'https://other.example');
  } finally {
    await any.close();
  }
});
