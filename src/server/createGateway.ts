import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { GatewayError } from '../errors.ts';
import { createConcurrencyLimiter } from '../upstream/concurrencyLimiter.ts';
import { createUpstreamClient } from '../upstream/createUpstreamClient.ts';
import { OroHttp } from '../upstream/oroHttp.ts';
import { requestToken, TokenRefusedError } from '../upstream/requestToken.ts';
import type { OroToken, TokenGrant } from '../upstream/requestToken.ts';
import { ServiceAccount } from '../upstream/serviceAccount.ts';
import type { OroView } from '../upstream/types.ts';
import { decorateViewSchema } from './decorateViewSchema.ts';
import type { StorefrontAuth } from './addAuthMutations.ts';
import { createLogger } from './createLogger.ts';
import { GatewayMetrics } from './gatewayMetrics.ts';
import { isCurrencyCode, isLocalizationId } from './inContextDirective.ts';
import { playgroundRouter } from './playgroundRouter.ts';
import { sendJsonError } from './sendJsonError.ts';
import type { ServerContext } from './serverContext.ts';
import { ViewEndpoint } from './viewEndpoint.ts';
import { loadViewSchema } from './loadViewSchema.ts';

/** What a schema loader gets: the shared network client and where Oro is. */
export interface SchemaLoaderDeps {
  config: Config;
  http: OroHttp;
  /** Oro origin, e.g. `http://127.0.0.1:8080`. */
  origin: string;
  logger: Logger;
}

/**
 * Loads the executable schema of one view: Oro metadata → GraphQL schema with resolvers. The
 * gateway adds `@inContext` and (storefront) the auth mutations itself.
 */
export type SchemaLoader = (view: OroView, deps: SchemaLoaderDeps) => Promise<GraphQLSchema>;

export interface GatewayOptions {
  /** Default: `loadViewSchema` (Oro's OpenAPI → generated schema → compiler resolvers). */
  loadSchema?: SchemaLoader;
  logger?: Logger;
  /** Collect Node process metrics too (off in tests). */
  defaultMetrics?: boolean;
}

export interface Gateway {
  app: Express;
  http: OroHttp;
  metrics: GatewayMetrics;
  logger: Logger;
  /** Set once `listen` resolved: `http://127.0.0.1:4000`. */
  url?: string;
  /** Both schemas loaded, Oro reachable (breaker not open), not draining. */
  isReady(): boolean;
  /** Resolves when both schemas are loaded (or rejects after `timeoutMs`). */
  whenReady(timeoutMs?: number): Promise<void>;
  /** Reloads both schemas; a view whose reload fails keeps its previous schema. */
  reload(): Promise<{ storefront: boolean; backOffice: boolean }>;
  listen(port?: number, host?: string): Promise<string>;
  /** Graceful: readiness 503, wait for in-flight requests (up to `shutdownDrainMs`), close servers and the pool. */
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The gateway: Express 5 + Apollo Server 5 with the storefront endpoint (`/graphql`) and the back
 * office (`/admin/graphql`), health, readiness, metrics and the playground. `config.oroUrl` must be
 * set (the serve command starts the emulator first when it is not).
 */
export async function createGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  if (!config.oroUrl) throw new Error('createGateway needs config.oroUrl');
  const origin = new URL(config.oroUrl).origin;
  const logger = options.logger ?? createLogger(config.logLevel);
  const http = new OroHttp(config.upstream);
  const metrics = new GatewayMetrics({ defaultMetrics: options.defaultMetrics });
  const deps: SchemaLoaderDeps = { config, http, origin, logger };
  const loadSchema = options.loadSchema ?? loadViewSchema;
  const serviceAccount =
    config.serviceAccount?.enabled === true
      ? new ServiceAccount(() => requestToken(http, { origin, tokenPath: config.tokenPath, client: config.serviceAccount! }, { grantType: 'client_credentials' }))
      : undefined;

  let draining = false;
  let inFlight = 0;
  let idle: (() => void) | undefined;

  const buildContext = (req: Request, res: Response, view: OroView): ServerContext => {
    const requestId = String(res.locals.requestId);
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(config.upstream.operationDeadlineMs)]);
    const authorization = typeof req.headers.authorization === 'string' && req.headers.authorization !== '' ? req.headers.authorization : undefined;
    // Values Oro could not use are dropped, as Oro itself ignores a bad X-Localization-ID (PROTOCOL §2.1).
    const localizationId = headerValue(req, 'x-localization-id');
    const currency = headerValue(req, 'x-currency');
    const scope = {
      localizationId: localizationId !== undefined && isLocalizationId(localizationId) ? localizationId : undefined,
      currency: currency !== undefined && isCurrencyCode(currency) ? currency : undefined,
    };
    const trace = config.trace ? [] : undefined;
    const upstream = createUpstreamClient({
      http,
      origin,
      view,
      authorization,
      serviceAccount: view === 'back-office' ? serviceAccount : undefined,
      scope,
      requestId,
      signal,
      limiter: createConcurrencyLimiter(config.upstream.maxInFlightPerOperation),
      // The executor appends to `trace` itself (src/loaders/requestRunner.ts); the client must not.
      onCall: (report) => metrics.observeUpstream(report),
    });
    const onBatch = (resource: string, size: number): void => metrics.observeBatch(view, resource, size);
    return { oro: { upstream, trace, signal, onBatch }, gateway: { view, requestId, scope, authorization, signal } };
  };

  const auth = storefrontAuth(config, http, origin);
  const endpoints = {
    storefront: new ViewEndpoint({
      view: 'storefront',
      config,
      logger,
      metrics,
      buildContext,
      loadSchema: async () => decorateViewSchema('storefront', await loadSchema('storefront', deps), auth),
    }),
    backOffice: new ViewEndpoint({
      view: 'back-office',
      config,
      logger,
      metrics,
      buildContext,
      loadSchema: async () => decorateViewSchema('back-office', await loadSchema('back-office', deps), auth),
    }),
  };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.use((req, res, next) => {
    const given = headerValue(req, 'x-request-id');
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = performance.now();
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (inFlight === 0) idle?.();
      // The path only: query strings can carry variables.
      logger.info({ requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    next();
  });

  const isReady = (): boolean => !draining && endpoints.storefront.ready && endpoints.backOffice.ready && http.breakerState(origin) !== 'open';

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const body = {
      status: isReady() ? 'ready' : 'not ready',
      draining,
      oro: http.breakerState(origin) === 'open' ? 'unreachable' : 'ok',
      views: {
        storefront: endpoints.storefront.ready ? 'loaded' : 'loading',
        backOffice: endpoints.backOffice.ready ? 'loaded' : 'loading',
      },
    };
    res.status(isReady() ? 200 : 503).json(body);
  });
  app.get('/metrics', async (_req, res, next) => {
    try {
      res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
    } catch (err) {
      next(err);
    }
  });

  if (config.playground) {
    app.use(playgroundRouter({ storefront: config.storefront.endpoint, backOffice: config.backOffice.endpoint }));
    for (const [name, v] of [['storefront', config.storefront], ['backOffice', config.backOffice]] as const) {
      app.get(v.endpoint, (req, res, next) => {
        // A browser opening the endpoint gets the playground; GraphQL-over-HTTP GETs go on.
        const accept = req.headers.accept ?? '';
        if (Object.keys(req.query).length === 0 && accept.includes('text/html')) res.redirect(302, `/playground?view=${name}`);
        else next();
      });
    }
  }

  const json = express.json({ limit: config.limits.bodyLimitBytes, type: ['application/json', 'application/graphql-response+json', 'application/*+json'] });
  app.use(config.storefront.endpoint, json, endpoints.storefront.handler);
  app.use(config.backOffice.endpoint, json, endpoints.backOffice.handler);

  app.use((_req, res) => sendJsonError(res, 404, 'NOT_FOUND', 'Not found.'));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = err as { type?: string; status?: number };
    if (e.type === 'entity.parse.failed') return sendJsonError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    if (e.type === 'entity.too.large') return sendJsonError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${config.limits.bodyLimitBytes} bytes.`);
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return sendJsonError(res, 415, 'BAD_REQUEST', 'The request body encoding is not supported.');
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) return sendJsonError(res, e.status, 'BAD_REQUEST', 'The request could not be read.');
    logger.error({ requestId: res.locals.requestId, err: err instanceof Error ? err.message : String(err) }, 'unhandled error');
    if (!res.headersSent) sendJsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  });

  endpoints.storefront.start();
  endpoints.backOffice.start();

  let reloadTimer: NodeJS.Timeout | undefined;
  if (config.schemaReloadIntervalMs > 0) {
    reloadTimer = setInterval(() => void gateway.reload(), config.schemaReloadIntervalMs);
    reloadTimer.unref();
  }

  let server: Server | undefined;
  let closing: Promise<void> | undefined;

  const gateway: Gateway = {
    app,
    http,
    metrics,
    logger,
    isReady,
    async whenReady(timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (!(endpoints.storefront.ready && endpoints.backOffice.ready)) {
        if (Date.now() > until) throw new Error(`schemas not loaded: ${endpoints.storefront.lastError ?? ''} ${endpoints.backOffice.lastError ?? ''}`.trim());
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async reload() {
      const [storefront, backOffice] = await Promise.all([endpoints.storefront.load(), endpoints.backOffice.load()]);
      return { storefront, backOffice };
    },
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        const s = createServer(app);
        s.on('error', reject);
        s.listen(port, host, () => {
          server = s;
          const address = s.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
          gateway.url = `http://${shownHost}:${address.port}`;
          resolve(gateway.url);
        });
      });
    },
    close() {
      closing ??= (async () => {
        draining = true;
        clearInterval(reloadTimer);
        if (server) {
          const s = server;
          const closed = new Promise<void>((resolve) => s.close(() => resolve()));
          s.closeIdleConnections();
          if (inFlight > 0) {
            await Promise.race([
              new Promise<void>((resolve) => (idle = resolve)),
              new Promise<void>((resolve) => setTimeout(resolve, config.shutdownDrainMs).unref()),
            ]);
          }
          s.closeAllConnections();
          await closed;
        }
        await Promise.all([endpoints.storefront.stop(), endpoints.backOffice.stop()]);
        await http.close();
      })();
      return closing;
    },
  };
  return gateway;
}

function headerValue(req: Request, name: string): string | undefined {
  const v = req.headers[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

/** Storefront login / refresh / guest session through Oro's token endpoint (PROTOCOL §7.1, §7.2). */
function storefrontAuth(config: Config, http: OroHttp, origin: string): StorefrontAuth {
  const grant = async (g: TokenGrant, ctx: unknown): Promise<OroToken> => {
    const client = config.storefrontClient;
    if (!client) throw new GatewayError('INTERNAL_SERVER_ERROR', 'Storefront login is not configured on this gateway.');
    const c = ctx as ServerContext;
    try {
      return await requestToken(http, { origin, tokenPath: config.tokenPath, client, signal: c.gateway.signal, requestId: c.gateway.requestId }, g);
    } catch (err) {
      if (!(err instanceof TokenRefusedError)) throw err;
      if (err.reason === 'invalid_credentials') throw new GatewayError('UNAUTHENTICATED', 'Invalid email or password.');
      if (err.reason === 'invalid_refresh_token') throw new GatewayError('UNAUTHENTICATED', 'The refresh token is invalid or expired.');
      throw new GatewayError('UPSTREAM_ERROR', 'Oro refused the gateway\'s OAuth client.');
    }
  };
  return {
    login: (email, password, ctx) => grant({ grantType: 'password', username: email, password }, ctx),
    refreshToken: (refreshToken, ctx) => grant({ grantType: 'refresh_token', refreshToken }, ctx),
    startGuestSession: (ctx) => grant({ grantType: 'password', username: 'guest', password: 'guest' }, ctx),
  };
}
