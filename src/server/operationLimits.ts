import { GraphQLError, Kind } from 'graphql';
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';
import type { LimitsConfig } from '../config.ts';

/** Which limit an operation broke; sent as `extensions.limit` beside the code `OPERATION_TOO_COMPLEX`. */
export type OperationLimit = 'depth' | 'aliases' | 'rootFields' | 'directives' | 'tokens';

/**
 * Depth budget of introspection selections (`__schema`, `__type`). graphql-js's own
 * `getIntrospectionQuery()` with every option on (what GraphiQL sends) needs exactly 15; circular
 * introspection probes need far more.
 */
export const INTROSPECTION_MAX_DEPTH = 15;

export function limitError(limit: OperationLimit, max: number, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_TOO_COMPLEX', limit, max } });
}

/**
 * Validation rules for the per-operation limits of RELIABILITY.md "Defaults" (depth 8, aliases
 * 20, root fields 10, directives 20). Each answers with code `OPERATION_TOO_COMPLEX` and the name
 * of the limit, before any Oro call is made. The token limit is graphql-js's own `maxTokens`
 * parse option (RELIABILITY pitfall 4).
 */
export function operationLimitRules(limits: Pick<LimitsConfig, 'maxDepth' | 'maxAliases' | 'maxRootFields' | 'maxDirectives'>): ValidationRule[] {
  return [
    (context) => depthRule(context, limits.maxDepth),
    (context) => countRule(context, 'aliases', limits.maxAliases),
    (context) => countRule(context, 'directives', limits.maxDirectives),
    (context) => rootFieldRule(context, limits.maxRootFields),
  ];
}

function depthRule(context: ValidationContext, max: number): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let introspectionDepth = 0;
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>, inIntrospection = false): number => {
    if (!set) return 0;
    let deepest = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === '__typename') continue;
        // Introspection costs no Oro call but can nest without end (`fields { type { fields … } }`):
        // it has its own, larger budget, enough for GraphiQL's standard introspection query.
        if (!inIntrospection && sel.name.value.startsWith('__')) {
          introspectionDepth = Math.max(introspectionDepth, 1 + depthOf(sel.selectionSet, seen, true));
          continue;
        }
        deepest = Math.max(deepest, 1 + depthOf(sel.selectionSet, seen, inIntrospection));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(sel.selectionSet, seen, inIntrospection));
      } else {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag || seen.has(name)) continue;
        deepest = Math.max(deepest, depthOf(frag.selectionSet, new Set([...seen, name]), inIntrospection));
      }
      if (deepest > Math.max(max, INTROSPECTION_MAX_DEPTH)) return deepest;
    }
    return deepest;
  };
  return {
    OperationDefinition(node) {
      introspectionDepth = 0;
      const depth = depthOf(node.selectionSet, new Set());
      if (depth > max) context.reportError(limitError('depth', max, `The operation is nested ${depth} levels deep; at most ${max} are allowed.`));
      if (introspectionDepth > INTROSPECTION_MAX_DEPTH) {
        context.reportError(limitError('depth', INTROSPECTION_MAX_DEPTH, `The introspection query is nested ${introspectionDepth} levels deep; at most ${INTROSPECTION_MAX_DEPTH} are allowed.`));
      }
    },
  };
}

function countRule(context: ValidationContext, limit: 'aliases' | 'directives', max: number): ASTVisitor {
  let count = 0;
  let reported = false;
  const bump = (): void => {
    count++;
    if (count > max && !reported) {
      reported = true;
      context.reportError(limitError(limit, max, `The document uses more than ${max} ${limit}.`));
    }
  };
  return limit === 'aliases'
    ? { Field: (node) => (node.alias ? bump() : undefined) }
    : { Directive: () => bump() };
}

function rootFieldRule(context: ValidationContext, max: number): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const count = (set: SelectionSetNode, seen: Set<string>): number => {
    let n = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) n += sel.name.value.startsWith('__') ? 0 : 1;
      else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet, seen);
      else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) n += count(fragments.get(sel.name.value)!.selectionSet, new Set([...seen, sel.name.value]));
    }
    return n;
  };
  return {
    OperationDefinition(node) {
      const n = count(node.selectionSet, new Set());
      if (n > max) context.reportError(limitError('rootFields', max, `The operation selects ${n} root fields; at most ${max} are allowed.`));
    },
  };
}
