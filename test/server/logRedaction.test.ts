import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/server/createLogger.ts';

test('tokens, passwords, secrets and variables never appear in log lines', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger('info', sink);
  logger.info({ headers: { authorization: 'Bearer SECRET1' }, body: { password: 'SECRET2', clientSecret: 'SECRET3' }, token: { accessToken: 'SECRET4', refreshToken: 'SECRET5' }, request: { variables: { p: 'SECRET6' } } }, 'x');
  const out = lines.join('');
  assert.ok(out.length > 0);
  for (let i = 1; i <= 6; i++) assert.ok(!out.includes(`SECRET${i}`), `SECRET${i} leaked: ${out}`);
});
