import { buildSchema as buildSdl } from 'graphql';
import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { buildConfig } from '../../src/config.ts';
import { createGateway } from '../../src/server/createGateway.ts';
import type { Gateway, SchemaLoader } from '../../src/server/createGateway.ts';
import type { GatewayContext } from '../../src/executor/types.ts';
import { startFakeOro, json } from '../upstream/fakeOro.ts';
import type { SeenRequest } from '../upstream/fakeOro.ts';
import type { ServerResponse } from 'node:http';

/**
 * A small executable schema standing in for the generated one: `product(id)` reads Oro through
 * the context's upstream client, `boom` throws an internal error, `node` nests without end.
 */
export function testSchema(): GraphQLSchema {
  const schema = buildSdl(`
    type Query {
      product(id: ID!): Product
      boom: String
      node: Node
      hello: String
    }
    type Product { id: ID! name: String }
    type Node { child: Node name: String }
  `);
  const query = schema.getQueryType()!;
  const resolve = (field: string, fn: GraphQLFieldResolver<unknown, GatewayContext>): void => {
    query.getFields()[field]!.resolve = fn as GraphQLFieldResolver<unknown, unknown>;
  };
  resolve('product', async (_s, args: { id: string }, ctx) => {
    const path = `/api/products/${encodeURIComponent(args.id)}`;
    const res = await ctx.oro.upstream.request({ method: 'GET', path, resource: 'products' });
    // Like the real executor, the resolver side records the trace.
    ctx.oro.trace?.push({ stage: 1, method: 'GET', path, status: res.status });
    const data = (res.body as { data?: { id: string; attributes: { name: string } } } | null)?.data;
    return data ? { id: data.id, name: data.attributes.name } : null;
  });
  resolve('boom', () => {
    throw new Error('secret internal detail');
  });
  resolve('hello', () => 'world');
  resolve('node', () => ({ name: 'n' }));
  const node = schema.getType('Node') as GraphQLObjectType;
  node.getFields().child!.resolve = () => ({ name: 'n' });
  return schema;
}

export interface TestGateway {
  gateway: Gateway;
  url: string;
  oro: { origin: string; seen: SeenRequest[] };
  close(): Promise<void>;
}

export async function startTestGateway(options: {
  env?: Record<string, string>;
  gateway?: Record<string, unknown>;
  loadSchema?: SchemaLoader;
  oroHandler?: (req: SeenRequest, res: ServerResponse, n: number) => void;
  waitReady?: boolean;
} = {}): Promise<TestGateway> {
  const oro = await startFakeOro(
    options.oroHandler ??
      ((req, res) => {
        if (req.url.startsWith('/oauth2-token')) {
          const body = JSON.parse(req.body) as { username?: string; password?: string; grant_type: string };
          if (body.grant_type === 'password' && body.password !== 'right') return json(res, 400, { error: 'invalid_grant', error_description: 'The user credentials were incorrect.' });
          return json(res, 200, { token_type: 'Bearer', expires_in: 3600, access_token: `token-for-${body.username ?? 'client'}`, refresh_token: 'r1' });
        }
        const id = req.url.split('/').pop();
        json(res, 200, { data: { type: 'products', id, attributes: { name: `Product ${id}` } } });
      }),
  );
  const config = buildConfig({
    env: { NODE_ENV: 'test', ...(options.env ?? {}) },
    file: { gateway: { storefrontClientId: 'sf', storefrontClientSecret: 'sfs', schemaRetryInitialMs: 20, schemaRetryMaxMs: 50, ...(options.gateway ?? {}) } },
    overrides: { oroUrl: oro.origin, port: 0, host: '127.0.0.1' },
  });
  const gateway = await createGateway(config, { loadSchema: options.loadSchema ?? (async () => testSchema()) });
  const url = await gateway.listen(0, '127.0.0.1');
  if (options.waitReady !== false) await gateway.whenReady(5000);
  return {
    gateway,
    url,
    oro,
    close: async () => {
      await gateway.close();
      await oro.close();
    },
  };
}

export async function gql(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string>; path?: string } = {},
): Promise<{ status: number; body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown[] }>; extensions?: Record<string, unknown> }; headers: Headers }> {
  const res = await fetch(url + (options.path ?? '/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}
