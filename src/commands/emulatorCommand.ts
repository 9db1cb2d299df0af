import { parseArgs } from 'node:util';
import { stringify as toYaml } from 'yaml';
import { buildOpenApiDocument } from '../emulator/openapi/buildOpenApiDocument.ts';
import { startEmulator } from '../emulator/startEmulator.ts';

const HELP = `Usage: oro-graphql emulator [options]

Runs the Oro 6.1 JSON:API emulator with its demo OroCommerce catalogue.

Options:
  --port N                 port to listen on (default 8081; 0 = random)
  --host H                 interface to bind (default 127.0.0.1)
  --latency MS             fixed delay added to every API response (default 0)
  --scale N                multiplies catalogue and orders (default 1: 300 products, 500 orders)
  --seed N                 demo data seed (default 1)
  --token-ttl S            access token lifetime in seconds (default 3600)
  --no-guest-api           refuse anonymous storefront requests
  --dump-openapi VIEW      print the OpenAPI document of 'storefront' or 'back-office' and exit
  --format json|yaml       format for --dump-openapi (default json)
  -h, --help               show this help`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: {
      port: { type: 'string' }, host: { type: 'string' }, latency: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' },
      'token-ttl': { type: 'string' }, 'no-guest-api': { type: 'boolean' }, 'dump-openapi': { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' },
    } }));
  } catch (e) {
    console.error(`oro-graphql emulator: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values['dump-openapi'] !== undefined) {
    const view = values['dump-openapi'];
    if (view !== 'storefront' && view !== 'back-office') {
      console.error("oro-graphql emulator: --dump-openapi takes 'storefront' or 'back-office'");
      return 2;
    }
    const doc = buildOpenApiDocument(view);
    process.stdout.write(values.format === 'yaml' ? toYaml(doc) : `${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  const num = (v: string | undefined, name: string, fallback: number): number => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number`);
    return n;
  };
  let emulator;
  try {
    const started = Date.now();
    emulator = await startEmulator({
      port: num(values.port, 'port', 8081), ...(values.host ? { host: values.host } : {}), latencyMs: num(values.latency, 'latency', 0),
      scale: num(values.scale, 'scale', 1), seed: num(values.seed, 'seed', 1), tokenTtlSeconds: num(values['token-ttl'], 'token-ttl', 3600),
      guestApi: !values['no-guest-api'],
    });
    const u = emulator.url;
    console.log([
      `Oro JSON:API emulator listening on ${u} (started in ${Date.now() - started} ms)`,
      `  storefront API:   ${u}/api/products`,
      `  back-office API:  ${u}/admin/api/products`,
      `  token endpoint:   POST ${u}/oauth2-token`,
      `  OpenAPI:          ${u}/public-openapi-specification/1/storefront`,
      `                    ${u}/public-openapi-specification/1/back-office`,
      `  accounts:         ${u}/_emulator/accounts`,
      `  request log:      ${u}/_emulator/requests`,
    ].join('\n'));
  } catch (e) {
    console.error(`oro-graphql emulator: ${(e as Error).message}`);
    return 1;
  }
  const running = emulator;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
