import { GraphQLIncludeDirective, GraphQLSkipDirective, getDirectiveValues, isAbstractType, Kind, typeFromAST } from 'graphql';
import type { FieldNode, FragmentDefinitionNode, GraphQLObjectType, GraphQLSchema, SelectionSetNode } from 'graphql';

export interface CollectContext {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * The fields a selection asks of one concrete object type, grouped by response key (aliases
 * kept apart), following fragment spreads and inline fragments whose type condition applies and
 * honouring `@skip`/`@include` — the same grouping GraphQL execution does, so the plan and the
 * resolvers agree on every response key.
 */
export function collectFields(ctx: CollectContext, type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const out = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const sel of set.selections) {
      if (!included(ctx, sel)) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const list = out.get(key);
        if (list) list.push(sel);
        else out.set(key, [sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!sel.typeCondition || applies(ctx, sel.typeCondition.name.value, type)) walk(sel.selectionSet);
      } else {
        const name = sel.name.value;
        if (visited.has(name)) continue;
        visited.add(name);
        const frag = ctx.fragments[name];
        if (frag && applies(ctx, frag.typeCondition.name.value, type)) walk(frag.selectionSet);
      }
    }
  };
  for (const set of selectionSets) walk(set);
  return out;
}

/** Sub-selection sets of all field nodes grouped under one response key. */
export function subSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}

function included(ctx: CollectContext, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, ctx.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, ctx.variables);
  return include?.if !== false;
}

function applies(ctx: CollectContext, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const cond = typeFromAST(ctx.schema, { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: condition } });
  return cond !== undefined && isAbstractType(cond) && ctx.schema.isSubType(cond, type);
}
