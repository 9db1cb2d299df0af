import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildConfig, ConfigError, DEFAULT_LIMITS, DEFAULT_UPSTREAM, loadConfig } from '../../src/config.ts';

test('without any input the config has the documented defaults', () => {
  const c = buildConfig({});
  assert.equal(c.port, 4000);
  assert.equal(c.oroUrl, undefined);
  assert.equal(c.env, 'development');
  assert.equal(c.playground, true);
  assert.equal(c.storefront.endpoint, '/graphql');
  assert.equal(c.backOffice.endpoint, '/admin/graphql');
  assert.deepEqual(c.limits, DEFAULT_LIMITS);
  assert.deepEqual(c.upstream, DEFAULT_UPSTREAM);
});

test('PORT, ORO_URL and NODE_ENV are honoured', () => {
  const c = buildConfig({ env: { PORT: '8080', ORO_URL: 'https://shop.example.com/', NODE_ENV: 'production' } });
  assert.equal(c.port, 8080);
  assert.equal(c.oroUrl, 'https://shop.example.com');
  assert.equal(c.playground, false);
  assert.equal(c.introspection, false);
  assert.equal(c.trace, false);
});

test('command-line overrides win over the environment, which wins over the config file', () => {
  const c = buildConfig({ env: { PORT: '1', LOG_LEVEL: 'warn' }, file: { gateway: { port: 2, logLevel: 'debug', oroUrl: 'http://a.example' } }, overrides: { oroUrl: 'http://b.example' } });
  assert.equal(c.port, 1);
  assert.equal(c.logLevel, 'warn');
  assert.equal(c.oroUrl, 'http://b.example');
});

test('nested gateway settings are read from the file and the schema section is kept as is', () => {
  const c = buildConfig({ file: { gateway: { upstream: { callTimeoutMs: 5000, breaker: { minimumCalls: 3 } }, limits: { maxDepth: 12 } }, schema: { pageSize: { default: 5 } } } });
  assert.equal(c.upstream.callTimeoutMs, 5000);
  assert.equal(c.upstream.breaker.minimumCalls, 3);
  assert.equal(c.upstream.breaker.windowMs, DEFAULT_UPSTREAM.breaker.windowMs);
  assert.equal(c.limits.maxDepth, 12);
  assert.deepEqual(c.schemaSettings, { pageSize: { default: 5 } });
});

test('invalid values are all reported at once', () => {
  assert.throws(
    () => buildConfig({ env: { ORO_URL: 'ftp://x' }, file: { gateway: { port: 'abc', limits: { maxDepth: -1 }, serviceAccountEnabled: true } } }),
    (err: unknown) => err instanceof ConfigError && err.problems.length >= 3,
  );
});

test('an unknown gateway setting is reported instead of silently ignored', () => {
  assert.throws(
    () => buildConfig({ file: { gateway: { prot: 8080, upstream: { callTimeoutMS: 5 } } } }),
    (err: unknown) => err instanceof ConfigError && err.problems.includes('gateway.prot is not a known setting') && err.problems.includes('gateway.upstream.callTimeoutMS is not a known setting'),
  );
});

test('a YAML config file is read with its gateway and schema sections', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'oro-graphql-config-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'oro-graphql.yml');
  writeFileSync(file, 'gateway:\n  oroUrl: https://shop.example.com\n  limits:\n    maxDepth: 6\nschema:\n  pageSize: { default: 20 }\n');
  const c = loadConfig({ configFile: file }, {});
  assert.equal(c.oroUrl, 'https://shop.example.com');
  assert.equal(c.limits.maxDepth, 6);
  assert.deepEqual(c.schemaSettings, { pageSize: { default: 20 } });
});
