import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import type { Config, ConfigOverrides } from '../config.ts';
import { createGateway } from '../server/createGateway.ts';
import type { Gateway } from '../server/createGateway.ts';
import { createLogger } from '../server/createLogger.ts';
import { loadViewSchema } from '../server/loadViewSchema.ts';

const HELP = `Usage: oro-graphql serve [options]

Runs the GraphQL gateway: storefront API at /graphql, back office at /admin/graphql.
Without an Oro URL (--oro-url, ORO_URL or gateway.oroUrl in the config file) it starts the
embedded Oro emulator with its demo catalogue first and points the gateway at it.

Options:
  --port N               port of the gateway (default: PORT or 4000; 0 = any free port)
  --host H               interface to bind (default 0.0.0.0)
  --oro-url URL          Oro origin, e.g. https://shop.example.com
  --config FILE          YAML/JSON config file (gateway: and schema: sections; docs/server.md)
  --emulator-port N      port of the embedded emulator (default 0 = any free port)
  --emulator-latency MS  delay the embedded emulator adds to every API response (default 0)
  --playground / --no-playground   serve GraphiQL at /playground (default: on unless NODE_ENV=production)
  --log-level LEVEL      pino level (default info)
  -h, --help             show this help

Signals: SIGTERM/SIGINT drain and stop; SIGHUP reloads both schemas from Oro's metadata.`;

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'oro-url': { type: 'string' },
        config: { type: 'string' },
        'emulator-port': { type: 'string' },
        'emulator-latency': { type: 'string' },
        playground: { type: 'boolean' },
        'no-playground': { type: 'boolean' },
        'log-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    console.error(`oro-graphql serve: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const int = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new ConfigError([`--${name} must be a non-negative integer`]);
    return n;
  };
  let config: Config;
  try {
    const overrides: ConfigOverrides = {
      port: int(values.port, 'port'),
      host: values.host,
      oroUrl: values['oro-url'],
      configFile: values.config,
      emulatorPort: int(values['emulator-port'], 'emulator-port'),
      emulatorLatencyMs: int(values['emulator-latency'], 'emulator-latency'),
      playground: values['no-playground'] ? false : values.playground,
      logLevel: values['log-level'],
    };
    config = loadConfig(overrides);
  } catch (err) {
    console.error(`oro-graphql serve: ${(err as Error).message}`);
    return 2;
  }

  const logger = createLogger(config.logLevel);
  const lines: string[] = [];
  let emulator: { url: string; close(): Promise<void> } | undefined;
  if (!config.oroUrl) {
    const { startEmulator } = await import('../emulator/startEmulator.ts');
    const running = await startEmulator({ port: config.emulatorPort, latencyMs: config.emulatorLatencyMs });
    emulator = running;
    const sf = running.accounts.oauthClients.storefront;
    const bo = running.accounts.oauthClients['back-office'];
    config = {
      ...config,
      oroUrl: running.url,
      storefrontClient: config.storefrontClient ?? { clientId: sf.clientId, clientSecret: sf.clientSecret },
    };
    const customers = running.accounts.customerUsers.slice(0, 3).map((c) => `      ${c.email} / ${c.password}  (${c.customerName})`);
    const admin = running.accounts.adminUsers[0];
    lines.push(
      `  Oro emulator:      ${running.url}  (embedded, demo data; set ORO_URL to use a real Oro)`,
      '  Demo storefront customers (mutation login(email, password)):',
      ...customers,
      `  Storefront OAuth client:  ${sf.clientId} / ${sf.clientSecret}`,
      `  Back-office OAuth client: ${bo.clientId} / ${bo.clientSecret}${admin ? `   admin user: ${admin.username} / ${admin.password}` : ''}`,
      '  Guest: mutation startGuestSession, or just query without a token',
    );
  }

  let gateway: Gateway;
  let url: string;
  try {
    gateway = await createGateway(config, { loadSchema: loadViewSchema, logger, defaultMetrics: true });
    url = await gateway.listen(config.port, config.host);
  } catch (err) {
    console.error(`oro-graphql serve: ${(err as Error).message}`);
    await emulator?.close();
    return 1;
  }
  console.log(
    [
      `Oro GraphQL gateway listening on ${url}`,
      `  Storefront GraphQL:  ${url}${config.storefront.endpoint}`,
      `  Back-office GraphQL: ${url}${config.backOffice.endpoint}`,
      config.playground ? `  Playground:          ${url}/playground` : '  Playground:          off',
      `  Health: ${url}/healthz   Ready: ${url}/readyz   Metrics: ${url}/metrics`,
      `  Oro: ${config.oroUrl}`,
      ...lines,
    ].join('\n'),
  );

  const onHup = (): void => {
    void gateway.reload().then((r) => logger.info(r, 'schema reload finished'));
  };
  // The handlers stay installed until shutdown is over: with no listener left, a signal handler
  // elsewhere in the process (tsx's loader) would re-raise the signal and kill the drain.
  let stopping = false;
  let requestStop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (requestStop = resolve));
  const onStop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining in-flight requests');
    requestStop();
  };
  process.on('SIGHUP', onHup);
  process.on('SIGTERM', onStop);
  process.on('SIGINT', onStop);
  await stopped;
  await gateway.close();
  await emulator?.close();
  process.off('SIGHUP', onHup);
  process.off('SIGTERM', onStop);
  process.off('SIGINT', onStop);
  logger.info('stopped');
  return 0;
}
