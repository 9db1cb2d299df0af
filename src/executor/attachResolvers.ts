import { isAbstractType, isObjectType } from 'graphql';
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { GatewayError } from '../errors.ts';
import type { StoredResource } from '../jsonapi/resourceStore.ts';
import { resolveCompilerOptions } from '../planner/compilerOptions.ts';
import type { CompilerOptions } from '../planner/compilerOptions.ts';
import { encodeCursor } from '../planner/pagination.ts';
import type { ConnectionShape, FieldResolution, NodeScopes, SelectionScope } from '../planner/types.ts';
import { oroExtension } from '../schema/extensions.ts';
import type { OroFieldExtension } from '../schema/extensions.ts';
import { operationState } from './operationState.ts';
import { PlanCache } from './planCache.ts';
import type { OperationState } from './operationState.ts';
import type { GatewayContext } from './types.ts';

/** A resource record as a parent value: the stored record plus how its fields resolve. */
interface RecordValue {
  state: OperationState;
  record: StoredResource;
  scope: SelectionScope;
  typeName: string;
}

interface ConnectionValue {
  state: OperationState;
  shape: ConnectionShape;
  records: StoredResource[];
  offset: number;
  hasNext: boolean;
  totalCount?: number;
}

interface EdgeValue {
  state: OperationState;
  record: StoredResource;
  offset: number;
  byNode: Map<string, NodeScopes>;
}

/**
 * Makes a generated schema executable (mutating and returning it): root `list`/`item` fields
 * plan their whole subtree and run it (stage 1 compound request, later stages batched), and every
 * other field with `extensions.oro` only reads the per-request store — it never calls Oro.
 * Unions and interfaces resolve their member by the record's JSON:API type.
 */
export function attachResolvers(schema: GraphQLSchema, options?: Partial<CompilerOptions>): GraphQLSchema {
  const resolved = resolveCompilerOptions(options);
  // One cache per executable schema: a reloaded schema starts empty, plans never outlive it.
  const planCache = new PlanCache();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isAbstractType(type)) {
      type.resolveType = (value: unknown) => (value as RecordValue | null)?.typeName;
      continue;
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const ext = oroExtension<OroFieldExtension>(field);
      if (!ext) continue;
      const resolver = resolverFor(ext, resolved, planCache);
      if (resolver) field.resolve = resolver;
    }
  }
  return schema;
}

type Resolver = GraphQLFieldResolver<unknown, GatewayContext>;

function resolverFor(ext: OroFieldExtension, options: ReturnType<typeof resolveCompilerOptions>, planCache: PlanCache): Resolver | undefined {
  switch (ext.kind) {
    case 'list':
    case 'item':
      return async (_source, _args, context, info) => {
        const state = operationState(context.oro, options, planCache);
        const plan = state.planFor(info);
        const root = plan.roots.find((r) => r.responseKey === info.path.key);
        if (!root) throw new GatewayError('INTERNAL_SERVER_ERROR', 'The field was not planned.');
        await state.runRoot(plan, root.fetchId);
        return resolveFetched(state, root.resolution as Extract<FieldResolution, { kind: 'fetched' }>, undefined, info);
      };
    case 'id':
      return (source) => (source as RecordValue).record.id;
    case 'resourceType':
      return (source) => (source as RecordValue).record.type;
    case 'attribute':
      return (source) => (source as RecordValue).record.attributes[ext.name] ?? null;
    case 'relationship':
      return (source, _args, _context, info) => {
        const parent = source as RecordValue;
        const resolution = parent.scope.fields.get(info.path.key as string);
        if (!resolution) throw new GatewayError('INTERNAL_SERVER_ERROR', 'The field was not planned.');
        if (resolution.kind === 'fetched') return resolveFetched(parent.state, resolution, `${parent.record.type}:${parent.record.id}`, info);
        return resolveLinkage(parent, resolution);
      };
    case 'nodes':
      return (source, _a, _c, info) => {
        const conn = source as ConnectionValue;
        const scopes = conn.shape.nodes.get(info.path.key as string) ?? new Map();
        return conn.records.map((r) => wrap(conn.state, r, scopes));
      };
    case 'edges':
      return (source, _a, _c, info) => {
        const conn = source as ConnectionValue;
        const byNode = conn.shape.edges.get(info.path.key as string) ?? new Map();
        return conn.records.map((record, i): EdgeValue => ({ state: conn.state, record, offset: conn.offset + i, byNode }));
      };
    case 'node':
      return (source, _a, _c, info) => {
        const edge = source as EdgeValue;
        return wrap(edge.state, edge.record, edge.byNode.get(info.path.key as string) ?? new Map());
      };
    case 'cursor':
      return (source) => encodeCursor((source as EdgeValue).offset);
    case 'pageInfo':
      return (source) => source;
    case 'totalCount':
      return (source) => (source as ConnectionValue).totalCount ?? null;
    case 'hasNextPage':
      return (source) => (source as ConnectionValue).hasNext;
    case 'hasPreviousPage':
      return (source) => (source as ConnectionValue).offset > 0;
    case 'startCursor':
      return (source) => {
        const c = source as ConnectionValue;
        return c.records.length > 0 ? encodeCursor(c.offset) : null;
      };
    case 'endCursor':
      return (source) => {
        const c = source as ConnectionValue;
        return c.records.length > 0 ? encodeCursor(c.offset + c.records.length - 1) : null;
      };
    default:
      return undefined;
  }
}

function resolveFetched(state: OperationState, resolution: Extract<FieldResolution, { kind: 'fetched' }>, parentKey: string | undefined, _info: GraphQLResolveInfo): unknown {
  const slice = state.slice(resolution.fetchId, parentKey);
  const records = slice.keys.map((k) => state.store.getByKey(k)).filter((r): r is StoredResource => r !== undefined);
  if (resolution.connection) {
    return { state, shape: resolution.connection, records, offset: slice.offset, hasNext: slice.hasNext, totalCount: slice.totalCount } satisfies ConnectionValue;
  }
  if (resolution.toMany) return records.map((r) => wrap(state, r, resolution.scopes));
  return records[0] ? wrap(state, records[0], resolution.scopes) : null;
}

function resolveLinkage(parent: RecordValue, resolution: Extract<FieldResolution, { kind: 'linkage' }>): unknown {
  const { state } = parent;
  const link = parent.record.relationships[resolution.relationship];
  const list = link === undefined || link === null ? [] : Array.isArray(link) ? link : [link];
  // Oro leaves records the caller may not read out of `included` but keeps their linkage
  // (PROTOCOL §4.2); they resolve with their id and null attributes.
  const records = list.map((l) => state.store.get(l.type, l.id) ?? { type: l.type, id: l.id, attributes: {}, relationships: {} });
  if (resolution.connection) {
    const { offset, first } = resolution.connection.window;
    return {
      state,
      shape: resolution.connection,
      records: records.slice(offset, offset + first),
      offset,
      hasNext: records.length > offset + first,
      totalCount: records.length,
    } satisfies ConnectionValue;
  }
  if (resolution.toMany) return records.map((r) => wrap(state, r, resolution.scopes));
  return records[0] ? wrap(state, records[0], resolution.scopes) : null;
}

function wrap(state: OperationState, record: StoredResource, scopes: NodeScopes): RecordValue | null {
  let generic: RecordValue | null = null;
  for (const [typeName, scope] of scopes) {
    if (scope.resource === record.type) return { state, record, scope, typeName };
    if (scope.resource === '') generic = { state, record, scope, typeName };
  }
  // A type the schema does not describe resolves as the generic resource type, when offered.
  return generic;
}
