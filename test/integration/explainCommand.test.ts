import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';

const bin = new URL('../../bin/oro-graphql.js', import.meta.url).pathname;
let emu: RunningEmulator;
let dir: string;
let specFile: string;
let queryFile: string;

const QUERY = `query History($n: Int) {
  orders(first: $n) { nodes { identifier lineItems(sort: [{ field: quantity, direction: DESC }]) { nodes { quantity product { sku brand { name } } } } } }
}`;

before(async () => {
  emu = await startEmulator({ port: 0, seed: 3 });
  dir = await mkdtemp(join(tmpdir(), 'oro-explain-'));
  specFile = join(dir, 'storefront.json');
  queryFile = join(dir, 'history.graphql');
  const res = await fetch(`${emu.url}/public-openapi-specification/1/storefront`);
  assert.equal(res.status, 200);
  await writeFile(specFile, await res.text());
  await writeFile(queryFile, QUERY);
});

after(async () => {
  await emu.close();
  await rm(dir, { recursive: true, force: true });
});

function explain(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'explain', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const EXPECTED = [
  '# stage 1',
  'GET /api/orders?fields%5Borders%5D=identifier,lineItems&page%5Bnumber%5D=1&page%5Bsize%5D=6  [X-Include: noHateoas]',
  '# stage 2',
  'GET /api/orderlineitems?fields%5Bbrands%5D=name&fields%5Borderlineitems%5D=product,quantity&fields%5Bproducts%5D=brand,sku&filter%5Bid%5D={ids of orders.lineItems}&include=product,product.brand&page%5Bsize%5D=-1&sort=-quantity  [X-Include: noHateoas]',
  '# estimated upstream requests: 2',
];

test('explain prints the planned requests stage by stage from a dumped OpenAPI file', async () => {
  const { code, stdout, stderr } = await explain(['--openapi', specFile, '--query', queryFile, '--variables', '{"n": 5}']);
  assert.equal(code, 0, stderr);
  assert.deepEqual(stdout.trimEnd().split('\n'), EXPECTED);
  for (const line of stdout.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) assert.match(line, /^GET \//);
});

test("explain reads the emulator's public OpenAPI URL the same way", async () => {
  const { code, stdout, stderr } = await explain(['--openapi', `${emu.url}/public-openapi-specification/1/storefront`, '--query', queryFile, '--variables', '{"n": 5}']);
  assert.equal(code, 0, stderr);
  assert.deepEqual(stdout.trimEnd().split('\n'), EXPECTED);
});

test('explain exits with 1 and a coded message when the operation is invalid for the plan', async () => {
  const { code, stderr } = await explain(['--openapi', specFile, '--query', queryFile, '--variables', '{"n": 1000}']);
  assert.equal(code, 1);
  assert.match(stderr, /BAD_USER_INPUT/);
});

test('explain refuses a document that does not validate against the generated schema', async () => {
  const bad = join(dir, 'bad.graphql');
  await writeFile(bad, '{ webcatalogtrees { nodes { id } } }');
  const { code, stdout, stderr } = await explain(['--openapi', specFile, '--query', bad]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /Cannot query field "webcatalogtrees"/);
});
