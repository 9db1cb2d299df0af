import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/**
 * The gateway's one configuration object, parsed and validated once at start-up from the
 * environment, an optional YAML/JSON config file (settings under `gateway:`; the schema
 * generator's settings under `schema:` are passed through untouched) and command-line overrides.
 * This is the only module that reads `process.env`. Every knob has a named default below and a
 * row in docs/server.md.
 */

export type RuntimeEnv = 'development' | 'production' | 'test';

export interface OAuthClientCredentials {
  clientId: string;
  clientSecret: string;
}

export interface BreakerConfig {
  /** Failure ratio (0..1) over the window that opens the breaker. */
  failureRatio: number;
  /** Calls in the window before the ratio is judged. */
  minimumCalls: number;
  windowMs: number;
  /** Time an open breaker waits before letting one trial call through. */
  halfOpenAfterMs: number;
}

export interface UpstreamConfig {
  connectTimeoutMs: number;
  /** Deadline of one Oro call, retries included. */
  callTimeoutMs: number;
  /** Deadline of one GraphQL operation (all its Oro calls). */
  operationDeadlineMs: number;
  /** Extra tries for idempotent calls (GET). */
  retries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** Connections per Oro origin. */
  connectionsPerOrigin: number;
  keepAliveTimeoutMs: number;
  /** Oro calls in flight at once for one GraphQL operation. */
  maxInFlightPerOperation: number;
  breaker: BreakerConfig;
}

export interface LimitsConfig {
  bodyLimitBytes: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxPageSize: number;
  maxUpstreamRequests: number;
}

export interface ViewSourceConfig {
  /** JSON:API base path on the Oro origin (`/api`, `/admin/api`). */
  apiPath: string;
  /** Public OpenAPI slug (`/public-openapi-specification/{org}/{slug}`). */
  slug: string;
  /** A file path or URL of the OpenAPI document; overrides the public specification URL. */
  spec?: string;
  /** Mount path of this view's GraphQL endpoint on the gateway. */
  endpoint: string;
}

export interface Config {
  env: RuntimeEnv;
  host: string;
  port: number;
  logLevel: string;
  /** Oro origin (`https://shop.example.com`); undefined = start the embedded emulator. */
  oroUrl?: string;
  organizationId: string;
  tokenPath: string;
  storefront: ViewSourceConfig;
  backOffice: ViewSourceConfig;
  /** OAuth client used for the storefront login/refresh/guest mutations. */
  storefrontClient?: OAuthClientCredentials;
  /** Back-office client-credentials account, used only when enabled and the caller sends no token. */
  serviceAccount?: OAuthClientCredentials & { enabled: boolean };
  playground: boolean;
  introspection: boolean;
  /** Add `extensions.oroRequests` (the upstream trace) to responses. */
  trace: boolean;
  /** Schema reload interval; 0 = only on SIGHUP / `reload()`. */
  schemaReloadIntervalMs: number;
  /** First delay between schema load retries while Oro is unreachable (doubles up to the max). */
  schemaRetryInitialMs: number;
  schemaRetryMaxMs: number;
  /** How long shutdown waits for in-flight requests. */
  shutdownDrainMs: number;
  /** Port of the embedded emulator (0 = any free port). */
  emulatorPort: number;
  emulatorLatencyMs: number;
  upstream: UpstreamConfig;
  limits: LimitsConfig;
  /** The config file's `schema:` section, handed to the schema generator as is. */
  schemaSettings?: unknown;
}

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_ORGANIZATION_ID = '1';
export const DEFAULT_TOKEN_PATH = '/oauth2-token';
export const DEFAULT_SCHEMA_RETRY_INITIAL_MS = 500;
export const DEFAULT_SCHEMA_RETRY_MAX_MS = 30_000;
export const DEFAULT_SHUTDOWN_DRAIN_MS = 10_000;

export const DEFAULT_UPSTREAM: UpstreamConfig = {
  connectTimeoutMs: 2_000,
  callTimeoutMs: 10_000,
  operationDeadlineMs: 25_000,
  retries: 2,
  retryBaseDelayMs: 100,
  retryMaxDelayMs: 1_000,
  connectionsPerOrigin: 32,
  keepAliveTimeoutMs: 4_000,
  maxInFlightPerOperation: 8,
  breaker: { failureRatio: 0.5, minimumCalls: 20, windowMs: 10_000, halfOpenAfterMs: 10_000 },
};

export const DEFAULT_LIMITS: LimitsConfig = {
  bodyLimitBytes: 1_048_576,
  maxTokens: 2000,
  maxDepth: 8,
  maxAliases: 20,
  maxRootFields: 10,
  maxDirectives: 20,
  maxPageSize: 100,
  maxUpstreamRequests: 50,
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Command-line values; they win over the environment, which wins over the config file. */
export interface ConfigOverrides {
  port?: number;
  host?: string;
  oroUrl?: string;
  configFile?: string;
  emulatorPort?: number;
  emulatorLatencyMs?: number;
  playground?: boolean;
  logLevel?: string;
}

type Env = Record<string, string | undefined>;

/** Reads the process environment, the config file and overrides into a validated `Config`. */
export function loadConfig(overrides: ConfigOverrides = {}, env: Env = process.env): Config {
  const file = overrides.configFile ?? env.ORO_GRAPHQL_CONFIG;
  let fileDoc: Record<string, unknown> = {};
  if (file) {
    const text = readFileSync(file, 'utf8');
    const parsed: unknown = parseYaml(text);
    if (parsed !== null && parsed !== undefined && !isRecord(parsed)) throw new ConfigError([`${file}: top level must be a mapping`]);
    fileDoc = (parsed as Record<string, unknown> | null) ?? {};
  }
  return buildConfig({ env, file: fileDoc, overrides });
}

/** Pure part of `loadConfig`, for tests: no file system, no process. */
export function buildConfig(input: { env?: Env; file?: Record<string, unknown>; overrides?: ConfigOverrides }): Config {
  const env = input.env ?? {};
  const overrides = input.overrides ?? {};
  const problems: string[] = [];
  const gw = section(input.file?.gateway, 'gateway', problems);
  const r = new Reader(gw, 'gateway', problems);

  const nodeEnv = env.NODE_ENV;
  const runtime: RuntimeEnv = nodeEnv === 'production' ? 'production' : nodeEnv === 'test' ? 'test' : 'development';
  const dev = runtime !== 'production';

  const envPort = env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : undefined;
  const port = overrides.port ?? envPort ?? r.int('port') ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`port must be an integer 0..65535, got ${String(port)}`);

  const oroUrl = trimSlash(overrides.oroUrl ?? emptyToUndef(env.ORO_URL) ?? r.str('oroUrl'));
  if (oroUrl !== undefined) {
    try {
      const u = new URL(oroUrl);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') problems.push(`oroUrl must be http(s), got ${oroUrl}`);
    } catch {
      problems.push(`oroUrl is not a URL: ${oroUrl}`);
    }
  }

  const sf = new Reader(section(gw.storefront, 'gateway.storefront', problems), 'gateway.storefront', problems);
  const bo = new Reader(section(gw.backOffice, 'gateway.backOffice', problems), 'gateway.backOffice', problems);
  const up = new Reader(section(gw.upstream, 'gateway.upstream', problems), 'gateway.upstream', problems);
  const br = new Reader(section(section(gw.upstream, 'gateway.upstream', []).breaker, 'gateway.upstream.breaker', problems), 'gateway.upstream.breaker', problems);
  const li = new Reader(section(gw.limits, 'gateway.limits', problems), 'gateway.limits', problems);

  const clientId = emptyToUndef(env.ORO_STOREFRONT_CLIENT_ID) ?? r.str('storefrontClientId');
  const clientSecret = emptyToUndef(env.ORO_STOREFRONT_CLIENT_SECRET) ?? r.str('storefrontClientSecret');
  const saId = emptyToUndef(env.ORO_SERVICE_CLIENT_ID) ?? r.str('serviceAccountClientId');
  const saSecret = emptyToUndef(env.ORO_SERVICE_CLIENT_SECRET) ?? r.str('serviceAccountClientSecret');
  const saEnabled = parseBool(env.ORO_SERVICE_ACCOUNT_ENABLED) ?? r.bool('serviceAccountEnabled') ?? false;
  if ((clientId === undefined) !== (clientSecret === undefined)) problems.push('storefront client needs both id and secret');
  if (saEnabled && (saId === undefined || saSecret === undefined)) problems.push('serviceAccountEnabled needs serviceAccountClientId and serviceAccountClientSecret');

  const config: Config = {
    env: runtime,
    host: overrides.host ?? emptyToUndef(env.HOST) ?? r.str('host') ?? DEFAULT_HOST,
    port,
    logLevel: overrides.logLevel ?? emptyToUndef(env.LOG_LEVEL) ?? r.str('logLevel') ?? (runtime === 'test' ? 'silent' : 'info'),
    oroUrl,
    organizationId: r.str('organizationId') ?? DEFAULT_ORGANIZATION_ID,
    tokenPath: r.str('tokenPath') ?? DEFAULT_TOKEN_PATH,
    storefront: {
      apiPath: sf.str('apiPath') ?? '/api',
      slug: sf.str('slug') ?? 'storefront',
      spec: emptyToUndef(env.ORO_STOREFRONT_SPEC) ?? sf.str('spec'),
      endpoint: sf.str('endpoint') ?? '/graphql',
    },
    backOffice: {
      apiPath: bo.str('apiPath') ?? '/admin/api',
      slug: bo.str('slug') ?? 'back-office',
      spec: emptyToUndef(env.ORO_BACK_OFFICE_SPEC) ?? bo.str('spec'),
      endpoint: bo.str('endpoint') ?? '/admin/graphql',
    },
    storefrontClient: clientId !== undefined && clientSecret !== undefined ? { clientId, clientSecret } : undefined,
    serviceAccount: saId !== undefined && saSecret !== undefined ? { clientId: saId, clientSecret: saSecret, enabled: saEnabled } : undefined,
    playground: overrides.playground ?? parseBool(env.ORO_GRAPHQL_PLAYGROUND) ?? r.bool('playground') ?? dev,
    introspection: r.bool('introspection') ?? dev,
    trace: r.bool('trace') ?? dev,
    schemaReloadIntervalMs: r.int('schemaReloadIntervalMs') ?? 0,
    schemaRetryInitialMs: r.int('schemaRetryInitialMs') ?? DEFAULT_SCHEMA_RETRY_INITIAL_MS,
    schemaRetryMaxMs: r.int('schemaRetryMaxMs') ?? DEFAULT_SCHEMA_RETRY_MAX_MS,
    shutdownDrainMs: r.int('shutdownDrainMs') ?? DEFAULT_SHUTDOWN_DRAIN_MS,
    emulatorPort: overrides.emulatorPort ?? r.int('emulatorPort') ?? 0,
    emulatorLatencyMs: overrides.emulatorLatencyMs ?? r.int('emulatorLatencyMs') ?? 0,
    upstream: {
      connectTimeoutMs: up.int('connectTimeoutMs') ?? DEFAULT_UPSTREAM.connectTimeoutMs,
      callTimeoutMs: up.int('callTimeoutMs') ?? DEFAULT_UPSTREAM.callTimeoutMs,
      operationDeadlineMs: up.int('operationDeadlineMs') ?? DEFAULT_UPSTREAM.operationDeadlineMs,
      retries: up.int('retries') ?? DEFAULT_UPSTREAM.retries,
      retryBaseDelayMs: up.int('retryBaseDelayMs') ?? DEFAULT_UPSTREAM.retryBaseDelayMs,
      retryMaxDelayMs: up.int('retryMaxDelayMs') ?? DEFAULT_UPSTREAM.retryMaxDelayMs,
      connectionsPerOrigin: up.int('connectionsPerOrigin') ?? DEFAULT_UPSTREAM.connectionsPerOrigin,
      keepAliveTimeoutMs: up.int('keepAliveTimeoutMs') ?? DEFAULT_UPSTREAM.keepAliveTimeoutMs,
      maxInFlightPerOperation: up.int('maxInFlightPerOperation') ?? DEFAULT_UPSTREAM.maxInFlightPerOperation,
      breaker: {
        failureRatio: br.num('failureRatio') ?? DEFAULT_UPSTREAM.breaker.failureRatio,
        minimumCalls: br.int('minimumCalls') ?? DEFAULT_UPSTREAM.breaker.minimumCalls,
        windowMs: br.int('windowMs') ?? DEFAULT_UPSTREAM.breaker.windowMs,
        halfOpenAfterMs: br.int('halfOpenAfterMs') ?? DEFAULT_UPSTREAM.breaker.halfOpenAfterMs,
      },
    },
    limits: {
      bodyLimitBytes: li.int('bodyLimitBytes') ?? DEFAULT_LIMITS.bodyLimitBytes,
      maxTokens: li.int('maxTokens') ?? DEFAULT_LIMITS.maxTokens,
      maxDepth: li.int('maxDepth') ?? DEFAULT_LIMITS.maxDepth,
      maxAliases: li.int('maxAliases') ?? DEFAULT_LIMITS.maxAliases,
      maxRootFields: li.int('maxRootFields') ?? DEFAULT_LIMITS.maxRootFields,
      maxDirectives: li.int('maxDirectives') ?? DEFAULT_LIMITS.maxDirectives,
      maxPageSize: li.int('maxPageSize') ?? DEFAULT_LIMITS.maxPageSize,
      maxUpstreamRequests: li.int('maxUpstreamRequests') ?? DEFAULT_LIMITS.maxUpstreamRequests,
    },
    schemaSettings: input.file?.schema,
  };
  r.rejectUnknown([
    'port', 'host', 'logLevel', 'oroUrl', 'organizationId', 'tokenPath', 'storefront', 'backOffice',
    'storefrontClientId', 'storefrontClientSecret', 'serviceAccountEnabled', 'serviceAccountClientId', 'serviceAccountClientSecret',
    'playground', 'introspection', 'trace', 'schemaReloadIntervalMs', 'schemaRetryInitialMs', 'schemaRetryMaxMs', 'shutdownDrainMs',
    'emulatorPort', 'emulatorLatencyMs', 'upstream', 'limits',
  ]);
  for (const view of [sf, bo]) view.rejectUnknown(['apiPath', 'slug', 'spec', 'endpoint']);
  up.rejectUnknown([...Object.keys(DEFAULT_UPSTREAM)]);
  br.rejectUnknown(Object.keys(DEFAULT_UPSTREAM.breaker));
  li.rejectUnknown(Object.keys(DEFAULT_LIMITS));
  if (config.storefront.endpoint === config.backOffice.endpoint) problems.push('storefront and back-office endpoints must differ');
  if (config.upstream.breaker.failureRatio <= 0 || config.upstream.breaker.failureRatio > 1) problems.push('gateway.upstream.breaker.failureRatio must be in (0, 1]');
  if (config.upstream.maxInFlightPerOperation < 1) problems.push('gateway.upstream.maxInFlightPerOperation must be at least 1');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** The storefront or back-office settings of a view. */
export function viewConfig(config: Config, view: 'storefront' | 'back-office'): ViewSourceConfig {
  return view === 'storefront' ? config.storefront : config.backOffice;
}

class Reader {
  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly where: string,
    private readonly problems: string[],
  ) {}

  /** Reports keys that are not settings: a typo must not silently fall back to a default. */
  rejectUnknown(known: readonly string[]): void {
    for (const k of Object.keys(this.obj)) if (!known.includes(k)) this.problems.push(`${this.where}.${k} is not a known setting`);
  }

  str(key: string): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') {
      this.problems.push(`${this.where}.${key} must be a string`);
      return undefined;
    }
    return v;
  }

  num(key: string): number | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      this.problems.push(`${this.where}.${key} must be a non-negative number`);
      return undefined;
    }
    return v;
  }

  int(key: string): number | undefined {
    const v = this.num(key);
    if (v !== undefined && !Number.isInteger(v)) {
      this.problems.push(`${this.where}.${key} must be an integer`);
      return undefined;
    }
    return v;
  }

  bool(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      this.problems.push(`${this.where}.${key} must be true or false`);
      return undefined;
    }
    return v;
  }
}

function section(v: unknown, where: string, problems: string[]): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (!isRecord(v)) {
    problems.push(`${where} must be a mapping`);
    return {};
  }
  return v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function emptyToUndef(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}

function trimSlash(v: string | undefined): string | undefined {
  return v?.replace(/\/+$/, '');
}

function parseBool(v: string | undefined): boolean | undefined {
  if (v === undefined || v === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());
}
