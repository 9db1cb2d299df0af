import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isAbstractType,
  isObjectType,
  Kind,
  OperationTypeNode,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { GatewayError } from '../errors.ts';
import { withQuery, xIncludeHeader } from '../jsonapi/buildQueryString.ts';
import type { QueryParam } from '../jsonapi/buildQueryString.ts';
import { oroExtension } from '../schema/extensions.ts';
import type { OroFieldExtension, OroObjectTypeExtension } from '../schema/extensions.ts';
import { filterParams, sortParam } from './argumentParams.ts';
import { collectFields, subSelections } from './collectFields.ts';
import type { CollectContext } from './collectFields.ts';
import { resolveCompilerOptions } from './compilerOptions.ts';
import type { CompilerOptions, ResolvedCompilerOptions } from './compilerOptions.ts';
import { choosePage, decodeCursor } from './pagination.ts';
import type { PageWindow } from './pagination.ts';
import type { AnchorStep, ConnectionShape, FetchSpec, FieldResolution, NodeScopes, PlannedRequest, QueryPlan, RootPlan, SelectionScope } from './types.ts';

/** Placeholder text `explain` shows for ids known only at run time. */
export const IDS_PLACEHOLDER = '\u0000IDS\u0000';

/**
 * Compiles a GraphQL operation into the Oro JSON:API requests it needs, without any I/O.
 * Variables are the raw request variables (coerced here); see `planCoerced` for the executor.
 */
export function planOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
  options?: Partial<CompilerOptions>,
): QueryPlan {
  const operation = pickOperation(document, operationName);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new GatewayError('BAD_USER_INPUT', coerced.errors[0]!.message);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return planCoerced(schema, fragments, operation, coerced.coerced, options);
}

/** Like `planOperation`, for an already chosen operation and coerced variables (resolver `info`). */
export function planCoerced(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  options?: Partial<CompilerOptions>,
): QueryPlan {
  const planner = new Planner(schema, fragments, variables, resolveCompilerOptions(options));
  const roots = planner.planRoot(operation);
  return planner.finish(roots, operation.name?.value);
}

function pickOperation(document: DocumentNode, operationName?: string): OperationDefinitionNode {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op) throw new GatewayError('BAD_USER_INPUT', operationName ? `Unknown operation "${operationName}".` : 'Give operationName: the document has several operations.');
  return op;
}

interface PageSizes {
  defaultPageSize?: number;
  maxPageSize?: number;
}

interface Capabilities {
  paging: boolean;
  include: boolean;
  fieldsets: boolean;
  list: boolean;
}

/** Collects `include` paths and `fields[type]` of one request while its selection is walked. */
class FetchBuilder {
  readonly include = new Set<string>();
  readonly fields = new Map<string, Set<string>>();
  constructor(readonly spec: FetchSpec) {}
  fieldsOf(type: string): Set<string> {
    let set = this.fields.get(type);
    if (!set) this.fields.set(type, (set = new Set()));
    return set;
  }
}

class Planner {
  readonly ctx: CollectContext;
  readonly fetches: FetchSpec[] = [];
  readonly listRoots = new Map<string, Extract<OroFieldExtension, { kind: 'list' }>>();
  #nextId = 1;

  constructor(
    readonly schema: GraphQLSchema,
    fragments: Record<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
    readonly options: ResolvedCompilerOptions,
  ) {
    this.ctx = { schema, fragments, variables };
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const ext = oroExtension<OroFieldExtension>(field);
      if (ext?.kind === 'list') this.listRoots.set(ext.resource, ext);
    }
  }

  caps(resource: string): Capabilities {
    const r = this.options.model?.resources[resource];
    if (r) return { paging: r.paging, include: r.include, fieldsets: r.fieldsets, list: r.actions.includes('get_list') && this.listRoots.has(resource) };
    return { paging: this.listRoots.get(resource)?.paging ?? true, include: true, fieldsets: true, list: this.listRoots.has(resource) };
  }

  planRoot(operation: OperationDefinitionNode): RootPlan[] {
    if (operation.operation !== OperationTypeNode.QUERY) return [];
    const queryType = this.schema.getQueryType();
    if (!queryType) return [];
    const roots: RootPlan[] = [];
    for (const [key, nodes] of collectFields(this.ctx, queryType, [operation.selectionSet])) {
      const def = queryType.getFields()[nodes[0]!.name.value];
      const ext = oroExtension<OroFieldExtension>(def);
      if (!def || (ext?.kind !== 'list' && ext?.kind !== 'item')) continue;
      roots.push(this.planRootField(key, def, ext, nodes));
    }
    return roots;
  }

  planRootField(key: string, def: GraphQLField<unknown, unknown>, ext: Extract<OroFieldExtension, { kind: 'list' | 'item' }>, nodes: FieldNode[]): RootPlan {
    const args = getArgumentValues(def, nodes[0]!, this.variables);
    const caps = this.caps(ext.resource);
    const spec = this.newSpec(1, key, ext.resource, ext.kind === 'list' ? 'list' : 'item');
    const builder = new FetchBuilder(spec);
    const base = `${this.options.basePath}/${ext.resource}`;
    let resolution: FieldResolution;
    if (ext.kind === 'item') {
      spec.itemId = String(args.id);
      spec.path = `${base}/${encodeURIComponent(spec.itemId)}`;
      spec.recordBound = 1;
      const scopes = this.planTargets(builder, getNamedType(def.type), subSelections(nodes), [], [], key);
      resolution = { kind: 'fetched', fetchId: spec.id, toMany: false, scopes };
    } else {
      spec.path = base;
      // Children estimate their request count from it, so it is set before they are planned.
      spec.recordBound = this.windowOf(args, key, ext).first;
      const conn = this.planConnection(builder, def, nodes, args, [], [], key, key, ext.kind === 'list' ? ext : undefined);
      spec.window = conn.shape.window;
      spec.totalCount = conn.totalCount;
      this.addArgumentParams(spec, def, args, key);
      if (caps.paging) {
        spec.page = choosePage(conn.shape.window);
        spec.params.push({ key: 'page[number]', value: String(spec.page.number) }, { key: 'page[size]', value: String(spec.page.size) });
        spec.parameterPaths.set('page[size]', `${key}.first`);
        spec.parameterPaths.set('page[number]', `${key}.after`);
      }
      resolution = { kind: 'fetched', fetchId: spec.id, toMany: true, connection: conn.shape, scopes: new Map() };
    }
    this.finishSpec(builder);
    return { responseKey: key, fetchId: spec.id, resolution };
  }

  newSpec(stage: number, label: string, resource: string, mode: FetchSpec['mode']): FetchSpec {
    const spec: FetchSpec = {
      id: `f${this.#nextId++}`,
      stage,
      label,
      resource,
      mode,
      path: '',
      params: [],
      headers: {},
      totalCount: false,
      parameterPaths: new Map(),
      estimate: 1,
      recordBound: 1,
    };
    this.fetches.push(spec);
    return spec;
  }

  addArgumentParams(spec: FetchSpec, def: GraphQLField<unknown, unknown>, args: Record<string, unknown>, argPath: string): void {
    const filterArg = def.args.find((a) => a.name === 'filter');
    if (filterArg && args.filter != null) {
      const f = filterParams(filterArg.type, args.filter, `${argPath}.filter`);
      spec.params.push(...f.params);
      for (const [k, v] of f.parameterPaths) spec.parameterPaths.set(k, v);
    }
    const sort = sortParam(args.sort);
    if (sort !== undefined) {
      spec.params.push({ key: 'sort', value: sort });
      spec.parameterPaths.set('sort', `${argPath}.sort`);
    }
  }

  /** Writes `include`, `fields[...]` and `X-Include` once the whole selection is walked (PROTOCOL §8.12). */
  finishSpec(builder: FetchBuilder): void {
    const spec = builder.spec;
    if (builder.include.size > 0) spec.params.push({ key: 'include', value: [...builder.include].sort().join(',') });
    for (const [type, names] of builder.fields) {
      if (!this.caps(type).fieldsets) continue;
      spec.params.push({ key: `fields[${type}]`, value: [...names].sort().join(',') });
    }
    spec.headers['X-Include'] = xIncludeHeader(spec.totalCount ? ['noHateoas', 'totalCount'] : ['noHateoas']);
  }

  /** Connection arguments → window; `first` must be 1..maxPageSize (RELIABILITY "Defaults"). */
  windowOf(args: Record<string, unknown>, argPath: string, sizes?: PageSizes): PageWindow {
    const first = args.first === undefined || args.first === null ? undefined : Number(args.first);
    const last = args.last === undefined || args.last === null ? undefined : Number(args.last);
    const max = sizes?.maxPageSize ?? this.options.maxPageSize;
    const check = (n: number, name: string): void => {
      if (!Number.isInteger(n) || n < 1 || n > max) {
        throw new GatewayError('BAD_USER_INPUT', `Argument ${argPath}.${name} must be between 1 and ${max}.`, { details: { argumentPath: `${argPath}.${name}` } });
      }
    };
    if (last !== undefined) {
      check(last, 'last');
      if (typeof args.before !== 'string') {
        throw new GatewayError('BAD_USER_INPUT', `Argument ${argPath}.last needs ${argPath}.before.`, { details: { argumentPath: `${argPath}.last` } });
      }
      const before = decodeCursor(args.before, `${argPath}.before`);
      const offset = Math.max(0, before - last);
      return { offset, first: before - offset };
    }
    if (first !== undefined) check(first, 'first');
    const offset = typeof args.after === 'string' ? decodeCursor(args.after, `${argPath}.after`) + 1 : 0;
    return { offset, first: first ?? sizes?.defaultPageSize ?? this.options.defaultPageSize };
  }

  /**
   * Walks a connection-typed field: `nodes`, `edges { node }`, `totalCount`, `pageInfo`. Item
   * selections are planned into `builder` (for a root list, the root request; for an included
   * relationship, the parent's request).
   */
  planConnection(
    builder: FetchBuilder,
    def: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
    args: Record<string, unknown>,
    includePrefix: string[],
    anchor: AnchorStep[],
    label: string,
    argPath: string,
    sizes?: PageSizes,
  ): { shape: ConnectionShape; totalCount: boolean } {
    const connType = getNamedType(def.type) as GraphQLObjectType;
    const shape: ConnectionShape = { window: this.windowOf(args, argPath, sizes), nodes: new Map(), edges: new Map() };
    let totalCount = false;
    for (const [key, sub] of collectFields(this.ctx, connType, subSelections(nodes))) {
      const f = connType.getFields()[sub[0]!.name.value];
      const ext = oroExtension<OroFieldExtension>(f);
      if (!f || !ext) continue;
      if (ext.kind === 'totalCount') totalCount = true;
      else if (ext.kind === 'nodes') {
        shape.nodes.set(key, this.planTargets(builder, getNamedType(f.type), subSelections(sub), includePrefix, anchor, label));
      } else if (ext.kind === 'edges') {
        const edgeType = getNamedType(f.type) as GraphQLObjectType;
        const byNode = new Map<string, NodeScopes>();
        for (const [nodeKey, nodeNodes] of collectFields(this.ctx, edgeType, subSelections(sub))) {
          const nf = edgeType.getFields()[nodeNodes[0]!.name.value];
          if (oroExtension<OroFieldExtension>(nf)?.kind !== 'node' || !nf) continue;
          byNode.set(nodeKey, this.planTargets(builder, getNamedType(nf.type), subSelections(nodeNodes), includePrefix, anchor, label));
        }
        shape.edges.set(key, byNode);
      }
    }
    return { shape, totalCount };
  }

  /** Plans a selection on a resource type or on every member of a union/interface. */
  planTargets(builder: FetchBuilder, type: ReturnType<typeof getNamedType>, sets: SelectionSetNode[], includePrefix: string[], anchor: AnchorStep[], label: string): NodeScopes {
    const scopes: NodeScopes = new Map();
    for (const t of this.objectTypes(type)) scopes.set(t.name, this.planScope(builder, t, sets, includePrefix, anchor, label));
    return scopes;
  }

  objectTypes(type: ReturnType<typeof getNamedType>): GraphQLObjectType[] {
    if (isObjectType(type)) return [type];
    if (isAbstractType(type)) return [...this.schema.getPossibleTypes(type)];
    return [];
  }

  planScope(builder: FetchBuilder, type: GraphQLObjectType, sets: SelectionSetNode[], includePrefix: string[], anchor: AnchorStep[], label: string): SelectionScope {
    // The generic `OroResource` type has no resource: it stands for types the schema lacks.
    const resource = oroExtension<OroObjectTypeExtension>(type)?.resource ?? '';
    const scope: SelectionScope = { resource, fields: new Map() };
    // Only types something is asked of get `fields[type]`; the primary type always does, so
    // that included relationship names are listed (PROTOCOL §3.2, §8.12).
    if (resource !== '' && includePrefix.length === 0 && resource === builder.spec.resource) builder.fieldsOf(resource);
    const own = { add: (name: string) => void (resource !== '' && builder.fieldsOf(resource).add(name)) };
    for (const [key, nodes] of collectFields(this.ctx, type, sets)) {
      const def = type.getFields()[nodes[0]!.name.value];
      const ext = oroExtension<OroFieldExtension>(def);
      if (!def || !ext) continue;
      if (ext.kind === 'attribute') own.add(ext.name);
      else if (ext.kind === 'relationship' && ext.subresourceOnly) {
        scope.fields.set(key, this.planRelationship(builder, resource, def, ext, nodes, includePrefix, anchor, `${label}.${key}`));
      } else if (ext.kind === 'relationship') {
        own.add(ext.name);
        scope.fields.set(key, this.planRelationship(builder, resource, def, ext, nodes, includePrefix, anchor, `${label}.${key}`));
      }
    }
    return scope;
  }

  planRelationship(
    builder: FetchBuilder,
    parentResource: string,
    def: GraphQLField<unknown, unknown>,
    ext: Extract<OroFieldExtension, { kind: 'relationship' }>,
    nodes: FieldNode[],
    includePrefix: string[],
    anchor: AnchorStep[],
    label: string,
  ): FieldResolution {
    const args = getArgumentValues(def, nodes[0]!, this.variables);
    const named = getNamedType(def.type);
    const isConnection = oroExtension<OroObjectTypeExtension>(named)?.kind === 'connection';
    const narrowing = args.filter != null || args.sort != null;
    const argPath = label;
    const window = isConnection ? this.windowOf(args, argPath, ext) : undefined;
    const step: AnchorStep = { resource: parentResource, relationship: ext.name, window };

    // Only ids (and __typename) wanted: the parent's linkage has them already (PROTOCOL §4.2).
    if (!narrowing && !ext.subresourceOnly && this.onlyIds(def, nodes, isConnection)) {
      const scopes = this.emptyScopes(named, isConnection);
      return { kind: 'linkage', relationship: ext.name, toMany: ext.toMany, connection: isConnection ? this.emptyShape(def, nodes, window!) : undefined, scopes };
    }

    const canInclude = !narrowing && !ext.subresourceOnly && includePrefix.length < this.options.maxIncludeDepth && this.caps(builder.spec.resource).include;
    if (canInclude) {
      const prefix = [...includePrefix, ext.name];
      builder.include.add(prefix.join('.'));
      const nextAnchor = [...anchor, step];
      if (isConnection) {
        const conn = this.planConnection(builder, def, nodes, args, prefix, nextAnchor, label, argPath, ext);
        return { kind: 'linkage', relationship: ext.name, toMany: ext.toMany, connection: conn.shape, scopes: new Map() };
      }
      const scopes = this.planTargets(builder, named, subSelections(nodes), prefix, nextAnchor, label);
      return { kind: 'linkage', relationship: ext.name, toMany: ext.toMany, scopes };
    }

    // A later stage: batched by id over all parents, or per parent when nothing batches.
    const parentSpec = builder.spec;
    const target = ext.targets.length === 1 ? ext.targets[0]! : undefined;
    const targetCaps = target ? this.caps(target) : undefined;
    // Batching by id needs the parents' linkage, which a sub-resource-only relationship lacks.
    const mode: FetchSpec['mode'] = target && targetCaps?.list && !ext.subresourceOnly ? 'byIds' : ext.subresource ? 'perParent' : 'unavailable';
    const spec = this.newSpec(parentSpec.stage + 1, label, target ?? ext.targets.join('|'), mode);
    spec.parent = { fetchId: parentSpec.id, anchor: [...anchor], parentResource, relationship: ext.name, toMany: ext.toMany };
    spec.window = window;
    const parentsBound = this.parentsBound(parentSpec, anchor);
    const child = new FetchBuilder(spec);
    let resolution: FieldResolution;
    if (isConnection) {
      const conn = this.planConnection(child, def, nodes, args, [], [], label, argPath, ext);
      spec.totalCount = conn.totalCount && mode === 'perParent';
      resolution = { kind: 'fetched', fetchId: spec.id, toMany: ext.toMany, connection: conn.shape, scopes: new Map() };
    } else {
      resolution = { kind: 'fetched', fetchId: spec.id, toMany: ext.toMany, scopes: this.planTargets(child, named, subSelections(nodes), [], [], label) };
    }
    if (mode === 'byIds') {
      spec.path = `${this.options.basePath}/${target}`;
      this.addArgumentParams(spec, def, args, argPath);
      if (targetCaps?.paging) spec.params.push({ key: 'page[size]', value: '-1' });
      spec.estimate = 1;
      spec.recordBound = ext.toMany ? parentsBound * (window?.first ?? this.options.maxPageSize) : parentsBound;
    } else if (mode === 'perParent') {
      spec.path = `${this.options.basePath}/${parentResource}`;
      this.addArgumentParams(spec, def, args, argPath);
      if (ext.toMany && (!this.options.model || this.caps(spec.resource).paging)) {
        spec.page = choosePage(window ?? { offset: 0, first: this.options.maxPageSize });
        spec.params.push({ key: 'page[number]', value: String(spec.page.number) }, { key: 'page[size]', value: String(spec.page.size) });
      }
      spec.estimate = parentsBound;
      spec.recordBound = ext.toMany ? parentsBound * (window?.first ?? this.options.maxPageSize) : parentsBound;
    } else {
      spec.estimate = 0;
      spec.reason = `Oro offers no route to read ${parentResource}.${ext.name} in bulk or per parent`;
    }
    if (mode !== 'unavailable') this.finishSpec(child);
    return resolution;
  }

  parentsBound(spec: FetchSpec, anchor: AnchorStep[]): number {
    let n = spec.recordBound;
    for (const step of anchor) if (step.window) n *= step.window.first;
    return n;
  }

  /** True when every selected field of the target is `id` or `__typename` (and connection meta). */
  onlyIds(def: GraphQLField<unknown, unknown>, nodes: FieldNode[], isConnection: boolean): boolean {
    const named = getNamedType(def.type);
    const itemSets: Array<{ type: ReturnType<typeof getNamedType>; sets: SelectionSetNode[] }> = [];
    if (isConnection) {
      const connType = named as GraphQLObjectType;
      for (const [, sub] of collectFields(this.ctx, connType, subSelections(nodes))) {
        const f = connType.getFields()[sub[0]!.name.value];
        const k = oroExtension<OroFieldExtension>(f)?.kind;
        if (k === 'nodes' && f) itemSets.push({ type: getNamedType(f.type), sets: subSelections(sub) });
        if (k === 'edges' && f) {
          const edgeType = getNamedType(f.type) as GraphQLObjectType;
          for (const [, nn] of collectFields(this.ctx, edgeType, subSelections(sub))) {
            const nf = edgeType.getFields()[nn[0]!.name.value];
            if (nf && oroExtension<OroFieldExtension>(nf)?.kind === 'node') itemSets.push({ type: getNamedType(nf.type), sets: subSelections(nn) });
          }
        }
      }
    } else itemSets.push({ type: named, sets: subSelections(nodes) });
    for (const { type, sets } of itemSets) {
      for (const t of this.objectTypes(type)) {
        for (const [, fs] of collectFields(this.ctx, t, sets)) {
          const name = fs[0]!.name.value;
          if (name === '__typename') continue;
          if (oroExtension<OroFieldExtension>(t.getFields()[name])?.kind !== 'id') return false;
        }
      }
    }
    return true;
  }

  emptyScopes(named: ReturnType<typeof getNamedType>, isConnection: boolean): NodeScopes {
    const scopes: NodeScopes = new Map();
    if (isConnection) return scopes;
    for (const t of this.objectTypes(named)) scopes.set(t.name, { resource: oroExtension<OroObjectTypeExtension>(t)?.resource ?? t.name, fields: new Map() });
    return scopes;
  }

  emptyShape(def: GraphQLField<unknown, unknown>, nodes: FieldNode[], window: PageWindow): ConnectionShape {
    const connType = getNamedType(def.type) as GraphQLObjectType;
    const shape: ConnectionShape = { window, nodes: new Map(), edges: new Map() };
    for (const [key, sub] of collectFields(this.ctx, connType, subSelections(nodes))) {
      const f = connType.getFields()[sub[0]!.name.value];
      const k = oroExtension<OroFieldExtension>(f)?.kind;
      if (k === 'nodes' && f) shape.nodes.set(key, this.emptyScopes(getNamedType(f.type), false));
      if (k === 'edges' && f) {
        const edgeType = getNamedType(f.type) as GraphQLObjectType;
        const byNode = new Map<string, NodeScopes>();
        for (const [nodeKey, nn] of collectFields(this.ctx, edgeType, subSelections(sub))) {
          const nf = edgeType.getFields()[nn[0]!.name.value];
          if (nf && oroExtension<OroFieldExtension>(nf)?.kind === 'node') byNode.set(nodeKey, this.emptyScopes(getNamedType(nf.type), false));
        }
        shape.edges.set(key, byNode);
      }
    }
    return shape;
  }

  finish(roots: RootPlan[], operationName?: string): QueryPlan {
    const fetches = [...this.fetches].sort((a, b) => a.stage - b.stage || Number(a.id.slice(1)) - Number(b.id.slice(1)));
    const requests: PlannedRequest[] = [];
    let estimated = 0;
    for (const f of fetches) {
      estimated += f.estimate;
      requests.push(describe(f));
    }
    if (estimated > this.options.maxUpstreamRequests) {
      throw new GatewayError('OPERATION_TOO_COMPLEX', `The operation would need about ${estimated} Oro requests; the limit is ${this.options.maxUpstreamRequests}.`, {
        details: { estimatedUpstreamRequests: estimated, maxUpstreamRequests: this.options.maxUpstreamRequests },
      });
    }
    return { operationName, roots, fetches, requests, estimatedRequests: estimated };
  }
}

/** The request line `explain` prints for a fetch, placeholders for run-time ids. */
function describe(f: FetchSpec): PlannedRequest {
  const base = { stage: f.stage, method: 'GET' as const, headers: { ...f.headers } };
  if (f.mode === 'byIds') {
    const params: QueryParam[] = [...f.params, { key: 'filter[id]', value: IDS_PLACEHOLDER }];
    return { ...base, path: withQuery(f.path, params).replace(encodeURIComponent(IDS_PLACEHOLDER), `{ids of ${f.label}}`) };
  }
  if (f.mode === 'perParent') {
    const path = withQuery(`${f.path}/{id of ${f.label.split('.').slice(0, -1).join('.')}}/${f.parent!.relationship}`, f.params);
    return { ...base, path, note: `one request per parent (no batchable route), at most ${f.estimate}` };
  }
  if (f.mode === 'unavailable') return { ...base, path: `(none) ${f.label}`, note: f.reason };
  return { ...base, path: withQuery(f.path, f.params) };
}
