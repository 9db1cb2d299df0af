import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startEmulatorGateway } from '../server/emulatorGateway.ts';

const CHROMIUM = '/usr/bin/chromium';

test('the playground loads in a browser without any external request, runs a query and shows the result', async (t) => {
  // Fails rather than skips: CI installs chromium (.ci/run), and a missing browser must not pass silently.
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  const g = await startEmulatorGateway({ env: { NODE_ENV: 'development' } });
  t.after(() => g.close());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(g.url) && !req.url().startsWith('data:')) foreign.push(req.url());
  });
  const query = '{ products(first: 2) { nodes { sku } } }';
  await page.goto(`${g.url}/playground?query=${encodeURIComponent(query)}`);
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response');
  await result.getByText('"sku"').first().waitFor({ timeout: 20_000 });
  const text = await result.innerText();
  assert.match(text, /"products"/);
  assert.match(text, /"nodes"/);
  assert.deepEqual(foreign, []);
});

test('the playground view switch sends queries to the back-office endpoint', async (t) => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`);
  const g = await startEmulatorGateway({ env: { NODE_ENV: 'development' } });
  t.after(() => g.close());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  t.after(() => browser.close());
  const page = await browser.newPage();
  const posted: string[] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST') posted.push(new URL(req.url()).pathname);
  });
  await page.goto(`${g.url}/playground?query=${encodeURIComponent('{ __typename }')}`);
  await page.locator('#view').selectOption('backOffice');
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.graphiql-response').getByText('"Query"').first().waitFor({ timeout: 20_000 });
  assert.ok(posted.includes('/admin/graphql'), posted.join(','));
});
