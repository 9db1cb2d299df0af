import type { FragmentDefinitionNode, GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { GatewayError } from '../errors.ts';
import { ResourceStore } from '../jsonapi/resourceStore.ts';
import { RequestRunner } from '../loaders/requestRunner.ts';
import { ROOT, runFetch } from '../loaders/runFetch.ts';
import type { FetchResult } from '../loaders/runFetch.ts';
import type { ResolvedCompilerOptions } from '../planner/compilerOptions.ts';
import { planCoerced } from '../planner/planOperation.ts';
import type { AnchorStep, FetchSpec, QueryPlan } from '../planner/types.ts';
import { variablesKey } from './planCache.ts';
import type { PlanCache } from './planCache.ts';
import type { OroRequestContext } from './types.ts';

/**
 * Everything one GraphQL request keeps while it runs: the plan of its operation, the normalized
 * store, the request runner (dedup + concurrency) and each fetch's results. Held in a WeakMap
 * keyed by the request's fresh `context.oro`, so nothing is shared across requests or users.
 */
export class OperationState {
  readonly store = new ResourceStore();
  readonly runner: RequestRunner;
  readonly results = new Map<string, FetchResult>();
  readonly #plans = new Map<OperationDefinitionNode, { plan?: QueryPlan; error?: unknown }>();
  readonly #running = new Map<string, Promise<void>>();

  constructor(
    readonly oro: OroRequestContext,
    readonly options: ResolvedCompilerOptions,
    readonly planCache?: PlanCache,
  ) {
    this.runner = new RequestRunner({ upstream: oro.upstream, maxConcurrency: options.maxConcurrency, trace: oro.trace, signal: oro.signal });
  }

  /**
   * The operation's plan, computed once per request (cost limit checked before any call) and
   * taken from the schema's plan cache when the same operation ran before with the same
   * variables. Failed plans are not cached: their errors belong to one request.
   */
  planFor(info: GraphQLResolveInfo): QueryPlan {
    let entry = this.#plans.get(info.operation);
    if (!entry) {
      const key = this.planCache ? variablesKey(info.variableValues) : undefined;
      const cached = key !== undefined ? this.planCache!.get(info.operation, key) : undefined;
      if (cached) entry = { plan: cached };
      else {
        try {
          entry = { plan: planCoerced(info.schema, info.fragments as Record<string, FragmentDefinitionNode>, info.operation, info.variableValues, this.options) };
          if (key !== undefined) this.planCache!.set(info.operation, key, entry.plan!);
        } catch (error) {
          entry = { error };
        }
      }
      this.#plans.set(info.operation, entry);
    }
    if (entry.error) throw entry.error;
    return entry.plan!;
  }

  /** Runs a root fetch and, stage after stage, every fetch hanging below it. */
  runRoot(plan: QueryPlan, fetchId: string): Promise<void> {
    let running = this.#running.get(fetchId);
    if (!running) {
      running = this.#runTree(plan, plan.fetches.find((f) => f.id === fetchId)!, []);
      this.#running.set(fetchId, running);
    }
    return running;
  }

  async #runTree(plan: QueryPlan, spec: FetchSpec, parents: string[]): Promise<void> {
    const env = { runner: this.runner, store: this.store, maxQueryLength: this.options.maxQueryLength, onBatch: this.oro.onBatch };
    const result = await runFetch(spec, env, parents);
    this.results.set(spec.id, result);
    if (result.error) return;
    const children = plan.fetches.filter((f) => f.parent?.fetchId === spec.id);
    await Promise.all(children.map((child) => this.#runTree(plan, child, this.#anchorParents(result, child.parent!.anchor, child.parent!.parentResource))));
  }

  /** Follows included linkage from a fetch's records to the parents of a later fetch. */
  #anchorParents(result: FetchResult, anchor: AnchorStep[], parentResource: string): string[] {
    let keys = [...new Set([...result.slices.values()].flatMap((s) => s.keys))];
    for (const step of anchor) {
      const next: string[] = [];
      for (const key of keys) {
        const record = this.store.getByKey(key);
        if (!record || record.type !== step.resource) continue;
        const link = record.relationships[step.relationship];
        if (!link) continue;
        let list = Array.isArray(link) ? link : [link];
        if (step.window) list = list.slice(step.window.offset, step.window.offset + step.window.first);
        for (const l of list) next.push(`${l.type}:${l.id}`);
      }
      keys = [...new Set(next)];
    }
    return keys.filter((k) => this.store.getByKey(k)?.type === parentResource);
  }

  /** The error of a fetch, or its slice for one parent (ROOT for stage 1). */
  slice(fetchId: string, parentKey: string = ROOT) {
    const result = this.results.get(fetchId);
    if (!result) throw new GatewayError('INTERNAL_SERVER_ERROR', 'A planned fetch did not run.');
    if (result.error) throw result.error;
    return result.slices.get(parentKey) ?? { keys: [], offset: 0, hasNext: false, totalCount: 0 };
  }
}

const states = new WeakMap<OroRequestContext, OperationState>();

export function operationState(oro: OroRequestContext, options: ResolvedCompilerOptions, planCache?: PlanCache): OperationState {
  let state = states.get(oro);
  if (!state) {
    state = new OperationState(oro, options, planCache);
    states.set(oro, state);
  }
  return state;
}
