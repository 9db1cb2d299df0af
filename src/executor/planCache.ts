import type { OperationDefinitionNode } from 'graphql';
import type { QueryPlan } from '../planner/types.ts';

/**
 * Plans of recent operations, so a repeated operation (same parsed document, same coerced
 * variables) is not planned again on every request. Apollo Server keeps parsed documents in its
 * own LRU, so the same query text yields the same `OperationDefinitionNode` object; that object
 * is the key (it also fixes the fragments and the operation name), the coerced variables as JSON
 * the inner key. Bounded on both levels, least recently used evicted first. A plan holds no
 * per-request state (docs/compiler.md "Public API"), so sharing it across requests and users
 * is safe.
 */
export class PlanCache {
  readonly #byOperation = new Map<OperationDefinitionNode, Map<string, QueryPlan>>();

  constructor(
    readonly maxOperations = 500,
    readonly maxVariants = 32,
  ) {}

  get(operation: OperationDefinitionNode, variablesKey: string): QueryPlan | undefined {
    const variants = this.#byOperation.get(operation);
    const plan = variants?.get(variablesKey);
    if (!variants || !plan) return undefined;
    // Re-insert: Map iteration order is insertion order, so the first key is the least recent.
    this.#byOperation.delete(operation);
    this.#byOperation.set(operation, variants);
    variants.delete(variablesKey);
    variants.set(variablesKey, plan);
    return plan;
  }

  set(operation: OperationDefinitionNode, variablesKey: string, plan: QueryPlan): void {
    let variants = this.#byOperation.get(operation);
    if (variants) this.#byOperation.delete(operation);
    else variants = new Map();
    this.#byOperation.set(operation, variants);
    variants.set(variablesKey, plan);
    if (variants.size > this.maxVariants) variants.delete(variants.keys().next().value!);
    if (this.#byOperation.size > this.maxOperations) this.#byOperation.delete(this.#byOperation.keys().next().value!);
  }

  get size(): number {
    let n = 0;
    for (const v of this.#byOperation.values()) n += v.size;
    return n;
  }
}

/** The cache key of coerced variables; undefined when they cannot be serialized (then no caching). */
export function variablesKey(variables: Record<string, unknown>): string | undefined {
  try {
    return JSON.stringify(variables);
  } catch {
    return undefined;
  }
}
