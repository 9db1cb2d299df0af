/**
 * `npm run bench`: runs every benchmark script in turn and prints their tables. Each script also
 * runs on its own (`npm run bench:<name>`). Numbers are only comparable within one run: the
 * machines are shared, so read the ratios, not the absolute times.
 */
import { spawnSync } from 'node:child_process';

const suites: Array<{ name: string; file: string; args?: string[] }> = [
  { name: 'schema build', file: 'bench/schema.ts' },
  { name: 'emulator', file: 'bench/emulator.ts' },
  { name: 'query compiler vs direct JSON:API', file: 'bench/queries.ts' },
  { name: 'gateway server throughput', file: 'bench/server.ts', args: ['--seconds', '3'] },
];

const only = process.argv.slice(2);
let failed = 0;
for (const suite of suites) {
  if (only.length > 0 && !only.some((o) => suite.file.includes(o))) continue;
  console.log(`\n## ${suite.name} (${suite.file})\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', suite.file, ...(suite.args ?? [])], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.error(`${suite.file} exited with ${result.status ?? result.signal}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
