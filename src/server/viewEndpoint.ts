import { ApolloServer, HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { OroView } from '../upstream/types.ts';
import type { GatewayMetrics } from './gatewayMetrics.ts';
import { createFormatError } from './formatError.ts';
import { operationLimitRules } from './operationLimits.ts';
import { readInContext } from './inContextDirective.ts';
import type { ServerContext } from './serverContext.ts';
import { sendJsonError } from './sendJsonError.ts';

export interface ViewEndpointOptions {
  view: OroView;
  config: Config;
  logger: Logger;
  metrics: GatewayMetrics;
  /** Loads the executable schema of this view (Oro metadata → schema → resolvers). */
  loadSchema: () => Promise<GraphQLSchema>;
  /** Builds the per-request context (fresh object per request). */
  buildContext: (req: Request, res: Response, view: OroView) => ServerContext;
}

/**
 * One GraphQL endpoint (storefront or back office): owns the Apollo Server for the current
 * schema, loads it with backoff while Oro is unreachable, reloads it on demand and swaps it
 * atomically (a request runs entirely on the schema it started with; a failed reload keeps the
 * previous schema).
 */
export class ViewEndpoint {
  private current: { server: ApolloServer<ServerContext>; schema: GraphQLSchema; loadedAt: Date } | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private retryDelay: number;
  private stopped = false;
  private loading: Promise<boolean> | undefined;
  lastError: string | undefined;

  constructor(private readonly options: ViewEndpointOptions) {
    this.retryDelay = options.config.schemaRetryInitialMs;
  }

  get ready(): boolean {
    return this.current !== undefined;
  }

  get schema(): GraphQLSchema | undefined {
    return this.current?.schema;
  }

  /** Starts loading; on failure keeps retrying with exponential backoff until it succeeds or `stop()`. */
  start(): void {
    void this.load().then((ok) => {
      if (!ok) this.scheduleRetry();
    });
  }

  /** One load attempt (concurrent callers share it). Resolves false and keeps the old schema on failure. */
  load(): Promise<boolean> {
    this.loading ??= this.loadOnce().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const current = this.current;
    this.current = undefined;
    await current?.server.stop();
  }

  readonly handler: RequestHandler = (req, res, next) => {
    const current = this.current;
    if (!current) {
      sendJsonError(res, 503, 'SERVICE_UNAVAILABLE', 'The gateway has not loaded the Oro metadata for this API yet; try again shortly.', { 'retry-after': '5' });
      return;
    }
    this.execute(current.server, req, res).catch(next);
  };

  private async execute(server: ApolloServer<ServerContext>, req: Request, res: Response): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.originalUrl, 'http://gateway').search,
      body: req.body as unknown,
    };
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => this.options.buildContext(req, res, this.options.view),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.status(result.status ?? 200);
    if (result.body.kind === 'complete') {
      res.send(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  private async loadOnce(): Promise<boolean> {
    const { view, logger } = this.options;
    const started = Date.now();
    try {
      const schema = await this.options.loadSchema();
      const server = this.createServer(schema);
      await server.start();
      if (this.stopped) {
        await server.stop();
        return false;
      }
      const previous = this.current;
      this.current = { server, schema, loadedAt: new Date() };
      this.lastError = undefined;
      this.retryDelay = this.options.config.schemaRetryInitialMs;
      logger.info({ view, ms: Date.now() - started }, previous ? 'schema reloaded' : 'schema loaded');
      // Requests already running on the previous server keep using it; stop it once they are done.
      if (previous) {
        const retire = setTimeout(() => void previous.server.stop().catch(() => undefined), this.options.config.shutdownDrainMs);
        retire.unref();
      }
      return true;
    } catch (err) {
      this.lastError = err instanceof Error ? err.message : String(err);
      logger.warn({ view, err: this.lastError }, this.current ? 'schema reload failed; keeping the previous schema' : 'schema load failed');
      return false;
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.current) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.options.config.schemaRetryMaxMs);
    this.retryTimer = setTimeout(() => {
      void this.load().then((ok) => {
        if (!ok) this.scheduleRetry();
      });
    }, delay);
    this.retryTimer.unref();
  }

  private createServer(schema: GraphQLSchema): ApolloServer<ServerContext> {
    const { config, logger, metrics, view } = this.options;
    const production = config.env === 'production';
    const formatError = createFormatError((error) => logger.error({ view, err: describe(error) }, 'internal error masked'));
    return new ApolloServer<ServerContext>({
      schema,
      introspection: config.introspection,
      hideSchemaDetailsFromClientErrors: production,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      // Signals belong to the serve command: it drains first, then stops these servers.
      stopOnTerminationSignals: false,
      allowBatchedHttpRequests: false,
      parseOptions: { maxTokens: config.limits.maxTokens },
      validationRules: operationLimitRules(config.limits),
      // Apollo's guard against fragment fan-out (selections counted with fragments expanded).
      maxRecursiveSelections: true,
      formatError,
      logger: apolloLogger(logger),
      // Apollo's cache-control plugin is on by default and hooks every field resolution; Oro's data is
      // per-customer and the gateway sets no cache hints, so it only costs time (measured in bench:queries).
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        operationPlugin(view, config, metrics),
      ],
    });
  }
}

function operationPlugin(view: OroView, config: Config, metrics: GatewayMetrics): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async didResolveOperation(rc) {
          if (!rc.operation) return;
          const fromDirective = readInContext(rc.schema, rc.operation, rc.request.variables);
          Object.assign(rc.contextValue.gateway.scope, fromDirective);
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          if (body.kind !== 'single') return;
          const result = body.singleResult;
          const trace = rc.contextValue.oro.trace;
          if (config.trace && trace) result.extensions = { ...(result.extensions ?? {}), oroRequests: trace };
          const errors = result.errors?.length ?? 0;
          const outcome = errors === 0 ? 'success' : result.data ? 'partial' : 'error';
          metrics.observeOperation(view, rc.operationName ?? 'anonymous', outcome, (performance.now() - started) / 1000);
        },
      };
    },
  };
}

function describe(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { type: error.name, message: error.message, stack: error.stack };
  return { value: String(error) };
}

function apolloLogger(logger: Logger): { debug(m: string): void; info(m: string): void; warn(m: string): void; error(m: string): void } {
  return {
    debug: (m) => logger.debug(m),
    info: (m) => logger.info(m),
    warn: (m) => logger.warn(m),
    error: (m) => logger.error(m),
  };
}
