import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/oro-graphql.js', import.meta.url));

test('on SIGTERM a slow request in flight completes, then the serve process exits with code 0', async (t) => {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--emulator-latency', '1500'], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', ORO_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    void exited.then(() => reject(new Error(`serve exited early:\n${out}`)));
  });
  for (;;) {
    const ready = await fetch(`${url}/readyz`).catch(() => undefined);
    if (ready?.status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const slow = fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ products(first: 1) { nodes { sku } } }' }),
  });
  // The emulator holds every Oro answer for 1.5 s, so the request is still in flight here.
  await new Promise((r) => setTimeout(r, 400));
  child.kill('SIGTERM');
  const res = await slow.catch((err: unknown) => assert.fail(`request failed: ${String(err)}\n${out}`));
  assert.equal(res.status, 200, out);
  const body = (await res.json()) as { data?: { products: { nodes: Array<{ sku: string }> } }; errors?: unknown };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  assert.equal(body.data!.products.nodes.length, 1);
  assert.equal(await exited, 0, out);
});

test('SIGHUP reloads both schemas without a restart', async (t) => {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', ORO_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let out = '';
  const seen = (pattern: RegExp): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const m = pattern.exec(out);
        if (m) {
          child.stdout.off('data', check);
          resolve(m);
        }
      };
      child.stdout.on('data', check);
      void exited.then(() => reject(new Error(`serve exited early:\n${out}`)));
      check();
    });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  // Both views loaded (one log line each).
  await seen(/"msg":"schema loaded"[\s\S]*"msg":"schema loaded"/);
  child.kill('SIGHUP');
  const reloaded = await seen(/\{[^\n]*"msg":"schema reload finished"[^\n]*\}/);
  const line = JSON.parse(reloaded[0]) as { storefront: boolean; backOffice: boolean };
  assert.equal(line.storefront, true, out);
  assert.equal(line.backOffice, true, out);
  assert.equal(child.exitCode, null, 'still running after SIGHUP');
  child.kill('SIGTERM');
  assert.equal(await exited, 0, out);
});
