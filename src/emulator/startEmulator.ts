import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { stringify as toYaml } from 'yaml';
import { handleTokenRequest } from './auth/handleTokenRequest.ts';
import { redactAuthorization, TokenStore } from './auth/tokenStore.ts';
import { createDemoStore, CUSTOMER_USER_PASSWORD } from './data/demoStore.ts';
import type { DemoStore } from './data/demoStore.ts';
import { ApiError } from './http/apiError.ts';
import { negotiate } from './http/negotiate.ts';
import { parseQuery } from './http/parseQuery.ts';
import { handleRead } from './http/readRequest.ts';
import { buildOpenApiDocument } from './openapi/buildOpenApiDocument.ts';
import { getView } from './registry/views.ts';
import type { ApiView, Principal, ResourceDef, ViewDef } from './registry/types.ts';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  latencyMs?: number;
  scale?: number;
  seed?: number;
  tokenTtlSeconds?: number;
  guestApi?: boolean;
  /**
   * CORS `allow_origins` (PROTOCOL §7.7): origins whose browser requests get CORS headers; `'*'`
   * matches any origin (echoed back). Default: none, CORS off as in Oro.
   */
  corsOrigins?: string[];
}
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  status: number;
  at: number;
}
export interface FaultRule {
  method?: string;
  pathPrefix: string;
  times?: number;
  action:
    | { kind: 'status'; status: number; retryAfter?: number; body?: unknown }
    | { kind: 'delay'; ms: number }
    | { kind: 'hang' }
    | { kind: 'reset' }
    | { kind: 'truncated' }
    | { kind: 'invalidJson' }
    | { kind: 'slowBody'; chunkDelayMs: number };
}
export interface DemoAccounts {
  oauthClients: { storefront: { clientId: string; clientSecret: string }; 'back-office': { clientId: string; clientSecret: string } };
  customerUsers: Array<{ id: string; email: string; password: string; customerId: string; customerName: string; firstName: string; lastName: string }>;
  adminUsers: Array<{ username: string; password: string }>;
  guest: { username: 'guest'; password: 'guest' };
}
export interface RunningEmulator {
  url: string;
  port: number;
  accounts: DemoAccounts;
  requests(): RecordedRequest[];
  clearRequests(): void;
  addFault(rule: FaultRule): void;
  clearFaults(): void;
  close(): Promise<void>;
}

const JSON_API = 'application/vnd.api+json';
const LOGGED_HEADERS = ['accept', 'content-type', 'authorization', 'x-include', 'x-localization-id', 'x-currency', 'x-request-id', 'x-mode'];
const MAX_BODY = 1 << 20;
/** `oro_api.cors.preflight_max_age` default (PROTOCOL §6.6, §7.7). */
const PREFLIGHT_MAX_AGE = 600;

interface Reply { status: number; headers: Record<string, string>; body: string | null }

/**
 * Starts the Oro 6.1 JSON:API emulator (PROTOCOL §9): storefront `/api`, back office
 * `/admin/api`, `POST /oauth2-token`, public OpenAPI documents, plus `/_emulator/*` controls
 * (request log, faults, accounts).
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const store = createDemoStore(options.seed ?? 1, options.scale ?? 1);
  const tokens = new TokenStore(options.tokenTtlSeconds ?? 3600);
  const accounts = demoAccounts(store);
  const guestApi = options.guestApi ?? true;
  const latency = options.latencyMs ?? 0;
  const corsOrigins = options.corsOrigins ?? [];
  const log: RecordedRequest[] = [];
  let faults: Array<FaultRule & { left: number }> = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const docs = new Map<ApiView, Record<string, unknown>>();
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
  });

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, headers: { 'Content-Type': JSON_API }, body: JSON.stringify({ errors: [{ status: '500', title: 'runtime exception' }] }) });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const qIndex = rawUrl.indexOf('?');
    const path = qIndex < 0 ? rawUrl : rawUrl.slice(0, qIndex);
    const rawQuery = qIndex < 0 ? '' : rawUrl.slice(qIndex + 1);
    const method = (req.method ?? 'GET').toUpperCase();
    if (path.startsWith('/_emulator/')) return control(req, res, method, path);

    const entry: RecordedRequest = { method, path: rawUrl, headers: loggedHeaders(req), status: 0, at: Date.now() };
    log.push(entry);
    const body = await readBody(req);
    const fault = faults.find((f) => f.left > 0 && path.startsWith(f.pathPrefix) && (!f.method || f.method.toUpperCase() === method));
    if (fault) {
      fault.left--;
      const a = fault.action;
      if (a.kind === 'hang') return;
      if (a.kind === 'reset') {
        req.socket.destroy();
        return;
      }
      if (a.kind === 'status') {
        entry.status = a.status;
        const headers: Record<string, string> = { 'Content-Type': JSON_API, ...(a.retryAfter !== undefined ? { 'Retry-After': String(a.retryAfter) } : {}) };
        const payload = a.body !== undefined ? JSON.stringify(a.body) : JSON.stringify({ errors: [{ status: String(a.status), title: `${statusText(a.status)} http exception` }] });
        send(res, { status: a.status, headers, body: payload });
        return;
      }
      if (a.kind === 'delay') await sleep(a.ms);
      const reply = await route(req, method, path, rawQuery, body);
      entry.status = reply.status;
      if (latency > 0) await sleep(latency);
      if (a.kind === 'delay') return send(res, reply);
      if (a.kind === 'invalidJson') return send(res, { status: 200, headers: { 'Content-Type': JSON_API }, body: '{"data": [{"type": "products", "id": "1",' });
      const text = reply.body ?? '';
      if (a.kind === 'truncated') {
        res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(Buffer.byteLength(text)) });
        res.write(text.slice(0, Math.floor(text.length / 2)));
        const t = setTimeout(() => {
          timers.delete(t);
          res.destroy();
        }, 10);
        timers.add(t);
        return;
      }
      // slowBody: the headers at once, the body in a few chunks.
      res.writeHead(reply.status, reply.headers);
      const chunk = Math.max(1, Math.ceil(text.length / 8));
      for (let i = 0; i < text.length; i += chunk) {
        res.write(text.slice(i, i + chunk));
        await sleep(a.chunkDelayMs);
        if (res.destroyed) return;
      }
      res.end();
      return;
    }
    const reply = await route(req, method, path, rawQuery, body);
    entry.status = reply.status;
    if (latency > 0) await sleep(latency);
    send(res, reply);
  }

  async function route(req: IncomingMessage, method: string, path: string, rawQuery: string, body: string): Promise<Reply> {
    if (path === '/oauth2-token') {
      if (method === 'OPTIONS') return { status: 200, headers: { Allow: 'OPTIONS, POST' }, body: null };
      if (method !== 'POST') return { status: 405, headers: { Allow: 'OPTIONS, POST' }, body: null };
      const params = parseTokenBody(body, req.headers['content-type']);
      const r = handleTokenRequest(params, accounts, store, tokens);
      return { status: r.status, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...r.headers }, body: JSON.stringify(r.body) };
    }
    const spec = /^\/public-openapi-specification\/1\/(storefront|back-office)$/.exec(path);
    if (spec && method === 'GET') {
      const view = spec[1] as ApiView;
      if (!docs.has(view)) docs.set(view, buildOpenApiDocument(view));
      const yaml = /(^|&)format=yaml(&|$)/.test(rawQuery) || /application\/(x-)?yaml/.test(String(req.headers.accept ?? ''));
      return yaml
        ? { status: 200, headers: { 'Content-Type': 'application/yaml' }, body: toYaml(docs.get(view)) }
        : { status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(docs.get(view)) };
    }
    const view = path.startsWith('/admin/api/') ? getView('back-office') : path.startsWith('/api/') ? getView('storefront') : null;
    if (!view) return errorReply(ApiError.of(404, 'not found http exception', `No route found for "${method} http://${req.headers.host ?? '127.0.0.1'}${path}".`));
    let reply: Reply;
    try {
      reply = api(req, view, method, path, rawQuery, body);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      reply = errorReply(e);
    }
    return withCors(req, method, reply);
  }

  /**
   * CORS headers of Oro's CorsHeaders/SetCorsAllowAndExposeHeaders (PROTOCOL §6.6, §7.7): only for
   * an allowed `Origin`; a preflight (OPTIONS + `Access-Control-Request-Method`) swaps `Allow` for
   * `Access-Control-Allow-Methods` and adds the allowed request headers and the max age.
   */
  function withCors(req: IncomingMessage, method: string, reply: Reply): Reply {
    const origin = header(req, 'origin');
    if (!origin || !(corsOrigins.includes('*') || corsOrigins.includes(origin))) return reply;
    const headers: Record<string, string> = { ...reply.headers, 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Location,X-Include-Total-Count,X-Include-Deleted-Count' };
    if (method === 'OPTIONS' && header(req, 'access-control-request-method') && reply.status === 200) {
      headers['Access-Control-Allow-Methods'] = headers.Allow ?? 'OPTIONS';
      delete headers.Allow;
      headers['Access-Control-Allow-Headers'] = 'Authorization,Content-Type,X-Include';
      headers['Access-Control-Max-Age'] = String(PREFLIGHT_MAX_AGE);
    }
    return { ...reply, headers };
  }

  function api(req: IncomingMessage, view: ViewDef, method: string, path: string, rawQuery: string, body: string): Reply {
    const segments = path.slice(view.basePath.length + 1).split('/').map((s) => decodeURIComponent(s));
    if (segments.some((s) => s === '') || segments.length > 4 || (segments.length === 4 && segments[2] !== 'relationships')) {
      throw ApiError.of(404, 'not found http exception', `No route found for "${method} http://${req.headers.host ?? '127.0.0.1'}${path}".`);
    }
    const r = view.resources.get(segments[0]!);
    const allow = allowedMethods(r, segments);
    // OPTIONS is served without authentication (PROTOCOL §6.6).
    if (method === 'OPTIONS') {
      if (!r) throw ApiError.of(404, 'entity type constraint', `Unknown entity type: ${segments[0]}.`);
      return { status: 200, headers: { Allow: allow, 'Cache-Control': `max-age=${PREFLIGHT_MAX_AGE}, public`, Vary: 'Origin' }, body: null };
    }
    const principal = authenticate(req, view, r);
    // HEAD, PUT, … go to Oro's not_allowed action: 405 with Allow, or an empty 404 for an unknown type (PROTOCOL §5.4).
    if (!['GET', 'POST', 'PATCH', 'DELETE'].includes(method)) throw r ? ApiError.empty(405, { Allow: allow }) : ApiError.empty(404);
    negotiate(header(req, 'accept'), header(req, 'content-type'), body.length > 0);
    if (!r) throw ApiError.of(404, 'entity type constraint', `Unknown entity type: ${segments[0]}.`);
    if (!allow.split(', ').includes(method)) throw ApiError.empty(405, { Allow: allow });
    if (method !== 'GET') {
      // The resource declares this write action, so Oro would run it; the emulator serves reads only.
      throw ApiError.of(501, 'not implemented http exception', `The emulator does not implement ${method} on this route yet (Oro would accept it: Allow: ${allow}).`);
    }
    const loc = localizationIndex(view, header(req, 'x-localization-id'));
    const xInclude = new Set((header(req, 'x-include') ?? '').split(';').map((s) => s.trim()).filter(Boolean));
    const result = handleRead({ view, ctx: { store, loc, principal }, origin: `http://${req.headers.host ?? '127.0.0.1'}`, segments, params: parseQuery(rawQuery), xInclude });
    return { status: result.status, headers: { 'Content-Type': JSON_API, ...result.headers }, body: JSON.stringify(result.body) };
  }

  /** PROTOCOL §5.4, §7.1, §7.2: missing credentials → 401 + `WWW-Authenticate: Bearer`; bad or wrong-view token → empty 401. */
  function authenticate(req: IncomingMessage, view: ViewDef, r: ResourceDef | undefined): Principal {
    const auth = header(req, 'authorization');
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const info = m ? tokens.lookup(m[1]!) : null;
      if (!info || info.view !== view.view) throw ApiError.empty(401);
      if (info.principal.kind === 'visitor' && r && !r.publicAccess) throw ApiError.of(403, 'access denied exception', 'No access to this type of entities.');
      return info.principal;
    }
    if (view.view === 'storefront' && guestApi && r?.publicAccess) return { kind: 'visitor' };
    throw ApiError.empty(401, { 'WWW-Authenticate': 'Bearer' });
  }

  function control(req: IncomingMessage, res: ServerResponse, method: string, path: string): void {
    const json = (status: number, v: unknown): void => send(res, { status, headers: { 'Content-Type': 'application/json' }, body: v === undefined ? null : JSON.stringify(v) });
    if (path === '/_emulator/requests' && method === 'GET') return json(200, log);
    if (path === '/_emulator/requests' && method === 'DELETE') {
      log.length = 0;
      return json(204, undefined);
    }
    if (path === '/_emulator/accounts' && method === 'GET') return json(200, accounts);
    if (path === '/_emulator/faults' && method === 'DELETE') {
      faults = [];
      return json(204, undefined);
    }
    if (path === '/_emulator/faults' && method === 'POST') {
      void readBody(req).then((b) => {
        try {
          addFault(JSON.parse(b) as FaultRule);
          json(201, { ok: true });
        } catch {
          json(400, { error: 'invalid fault rule' });
        }
      });
      return;
    }
    json(404, { error: 'unknown emulator control endpoint' });
  }

  function addFault(rule: FaultRule): void {
    if (typeof rule.pathPrefix !== 'string' || !rule.action || typeof rule.action.kind !== 'string') throw new Error('invalid fault rule');
    const times = rule.times === undefined ? 1 : rule.times === null ? Infinity : rule.times;
    faults.push({ ...rule, left: times });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const host = options.host ?? '127.0.0.1';
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    accounts,
    requests: () => log.map((e) => ({ ...e, headers: { ...e.headers } })),
    clearRequests: () => void (log.length = 0),
    addFault,
    clearFaults: () => void (faults = []),
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
    }),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  if (res.destroyed) return;
  const headers = { ...reply.headers };
  if (reply.body !== null) headers['Content-Length'] = String(Buffer.byteLength(reply.body));
  res.writeHead(reply.status, headers);
  res.end(reply.body ?? undefined);
}

function errorReply(e: ApiError): Reply {
  const status = e.status;
  if (e.emptyBody) return { status, headers: e.headers, body: null };
  // Oro's plain REST document builder: a bare array of {title, detail} (PROTOCOL §2.2).
  if (e.plainRest) return { status, headers: { 'Content-Type': 'application/json', ...e.headers }, body: JSON.stringify(e.errors.map(({ title, detail }) => ({ title, ...(detail ? { detail } : {}) }))) };
  return { status, headers: { 'Content-Type': JSON_API, ...e.headers }, body: JSON.stringify({ errors: e.errors }) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function loggedHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of LOGGED_HEADERS) {
    const v = header(req, name);
    if (v !== undefined) out[name] = name === 'authorization' ? redactAuthorization(v) : v;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    if (req.readableEnded) return resolve('');
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function parseTokenBody(body: string, contentType: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (/json/i.test(contentType ?? '') || body.trim().startsWith('{')) {
    try {
      const v = JSON.parse(body) as Record<string, unknown>;
      for (const [k, x] of Object.entries(v ?? {})) if (typeof x === 'string') out[k] = x;
    } catch {
      return out;
    }
    return out;
  }
  for (const [k, v] of new URLSearchParams(body)) out[k] = v;
  return out;
}

/** `X-Localization-ID`: an integer id of a known localization, anything else is ignored (PROTOCOL §2.1). */
function localizationIndex(view: ViewDef, value: string | undefined): number {
  if (view.view !== 'storefront' || !value || !/^\d+$/.test(value)) return 0;
  const n = Number(value);
  return n >= 1 && n <= 3 ? n - 1 : 0;
}

/**
 * `Allow` of Oro's OPTIONS and 405 responses (PROTOCOL §2.3, §6.6): `OPTIONS, GET, PATCH, POST, DELETE`
 * in that order, each method only when the resource enables the action behind it on that route
 * shape; POST/DELETE on a relationship only for to-many associations (PROTOCOL §6.7).
 */
export function allowedMethods(r: ResourceDef | undefined, segments: string[]): string {
  if (!r) return 'OPTIONS';
  const has = (a: string): boolean => r.actions.includes(a as never);
  const methods = ['OPTIONS'];
  const add = (method: string, ok: boolean): void => {
    if (ok) methods.push(method);
  };
  if (segments.length === 1) {
    add('GET', has('get_list'));
    add('PATCH', has('update_list'));
    add('POST', has('create'));
    add('DELETE', has('delete_list'));
  } else if (segments.length === 2) {
    add('GET', has('get'));
    add('PATCH', has('update'));
    add('DELETE', has('delete'));
  } else if (segments.length === 3) {
    add('GET', has('get_subresource'));
  } else {
    const toMany = r.relationships.find((x) => x.name === segments[3])?.toMany ?? false;
    add('GET', has('get_relationship'));
    add('PATCH', has('update_relationship'));
    add('POST', toMany && has('add_relationship'));
    add('DELETE', toMany && has('delete_relationship'));
  }
  return methods.join(', ');
}

function statusText(status: number): string {
  return ({ 429: 'too many requests', 500: 'internal server error', 502: 'bad gateway', 503: 'service unavailable', 504: 'gateway timeout' } as Record<number, string>)[status] ?? 'http';
}

function demoAccounts(store: DemoStore): DemoAccounts {
  const users = [...Array(Math.min(6, store.tables.customerUsers!.size())).keys()].map((i) => store.tables.customerUsers!.at(i));
  return {
    oauthClients: {
      storefront: { clientId: 'storefront-demo-client', clientSecret: 'storefront-demo-secret' },
      'back-office': { clientId: 'backoffice-demo-client', clientSecret: 'backoffice-demo-secret' },
    },
    customerUsers: users.map((u) => ({ id: u.id, email: u.email, password: CUSTOMER_USER_PASSWORD, customerId: u.customerId, customerName: store.tables.customers!.get(u.customerId)!.name, firstName: u.firstName, lastName: u.lastName })),
    adminUsers: [{ username: 'admin', password: 'admin' }],
    guest: { username: 'guest', password: 'guest' },
  };
}
