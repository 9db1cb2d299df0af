import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLFloat,
  GraphQLID,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  type GraphQLEnumValueConfigMap,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLScalarType,
} from 'graphql';
import type { Filter, FilterOperator, MetadataWarning, OroDataType, Relationship, Resource, ResourceModel } from '../metadata/model.ts';
import { applySchemaConfig } from '../metadata/applySchemaConfig.ts';
import type { SchemaConfig } from '../metadata/schemaConfig.ts';
import type {
  OroAbstractTypeExtension,
  OroFieldExtension,
  OroFilterFieldExtension,
  OroFilterOperatorExtension,
  OroInputTypeExtension,
  OroObjectTypeExtension,
  OroSortFieldExtension,
} from './extensions.ts';
import { BigIntScalar, DateScalar, DateTimeScalar, DecimalScalar, JSONScalar, TimeScalar } from './scalars.ts';
import { graphqlName, NameRegistry, singularFieldName, titledTypeName, upperFirst } from './graphqlNames.ts';
import { plainDescription } from './plainDescription.ts';

export interface BuildSchemaOptions {
  /** Project config; applied with `applySchemaConfig` for `view` before building. */
  config?: SchemaConfig;
  /** `storefront`, `back-office`, ...: selects `schema.views.<view>` of the config. */
  view?: string;
}

export interface BuildSchemaResult {
  schema: GraphQLSchema;
  /** Problems found while building (name collisions, unusable config); not the model's own warnings. */
  warnings: MetadataWarning[];
}

const DEPRECATED = "Deprecated in Oro's API.";
const NODE = 'Node';
const GENERIC_RESOURCE = 'OroResource';
const RESERVED = [
  'Query', 'Mutation', 'Subscription', 'PageInfo', NODE, GENERIC_RESOURCE, 'SortDirection',
  'String', 'Int', 'Float', 'Boolean', 'ID', 'Decimal', 'BigInt', 'DateTime', 'Date', 'Time', 'JSON',
];

/** Operator name in GraphQL (PROTOCOL §3.7.2 names, camelCased). */
const OPERATOR_FIELD: Record<FilterOperator, string> = {
  eq: 'eq',
  neq: 'neq',
  lt: 'lt',
  lte: 'lte',
  gt: 'gt',
  gte: 'gte',
  exists: 'exists',
  neq_or_null: 'neqOrNull',
  contains: 'contains',
  not_contains: 'notContains',
  starts_with: 'startsWith',
  not_starts_with: 'notStartsWith',
  ends_with: 'endsWith',
  not_ends_with: 'notEndsWith',
  empty: 'empty',
};

const OPERATOR_DESCRIPTION: Record<FilterOperator, string> = {
  eq: 'Equal to (on a to-many relationship: contains any of the values).',
  neq: 'Not equal to; records where the value is null are not returned.',
  lt: 'Less than.',
  lte: 'Less than or equal to.',
  gt: 'Greater than.',
  gte: 'Greater than or equal to.',
  exists: 'true: has a value (to-many: is not empty); false: is null (to-many: is empty).',
  neq_or_null: 'Not equal to, or null.',
  contains: 'Contains the text (to-many relationship: contains all of the values).',
  not_contains: 'Does not contain the text (to-many relationship: does not contain all of the values).',
  starts_with: 'Starts with the text.',
  not_starts_with: 'Does not start with the text.',
  ends_with: 'Ends with the text.',
  not_ends_with: 'Does not end with the text.',
  empty: 'true: is empty or null; false: is neither empty nor null.',
};

/** GraphQL scalar of an Oro data type (METADATA §2.6). */
function scalarOf(dataType: OroDataType): GraphQLScalarType | GraphQLList<GraphQLScalarType> {
  switch (dataType) {
    case 'integer':
    case 'unsignedInteger':
      return GraphQLInt;
    case 'bigint':
      return BigIntScalar;
    case 'boolean':
      return GraphQLBoolean;
    case 'float':
    case 'percent':
      return GraphQLFloat;
    case 'decimal':
    case 'money':
      return DecimalScalar;
    case 'datetime':
      return DateTimeScalar;
    case 'date':
      return DateScalar;
    case 'time':
      return TimeScalar;
    case 'stringArray':
      return new GraphQLList(GraphQLString);
    case 'object':
    case 'objectArray':
    case 'array':
    case 'mixed':
    case 'scalar':
    case 'scalarArray':
      return JSONScalar;
    default:
      return GraphQLString;
  }
}

/** Scalar of one filter value: ids and relationship filters take ids (PROTOCOL §3.7.7). */
function filterScalarOf(filter: Filter): GraphQLScalarType {
  if (filter.kind === 'id' || filter.kind === 'relationship') return GraphQLID;
  const s = scalarOf(filter.valueType);
  return s instanceof GraphQLList || s === JSONScalar ? GraphQLString : s;
}

function byKey<T>(items: T[], key: (t: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Builds the GraphQL schema of one API view from the {@link ResourceModel}: an object type per
 * resource (implementing `Node`), Relay connections for lists, per-resource filter and sort
 * inputs with exactly the operators Oro publishes (METADATA §2.7, §2.8), unions for polymorphic
 * relationships with known targets and the `Node` interface otherwise. No resolvers: every
 * generated type and field carries its Oro mapping in `extensions.oro` (src/schema/extensions.ts)
 * and the executor attaches resolvers from those. No mutation type.
 */
export function buildSchema(model: ResourceModel, options: BuildSchemaOptions = {}): BuildSchemaResult {
  const warnings: MetadataWarning[] = [];
  if (options.config) {
    const before = model.warnings.length;
    model = applySchemaConfig(model, options.config, options.view);
    warnings.push(...model.warnings.slice(before));
  }
  const types = new NameRegistry(warnings, 'type');
  for (const r of RESERVED) types.claim(r, '', 'built in');
  const resources = byKey(Object.values(model.resources), (r) => r.type).filter((r) => !r.hidden);
  const visible = new Map(resources.map((r) => [r.type, r]));
  const pointerOf = (r: Resource) => `/resources/${r.type}`;

  // Type names first, in sorted order, so collisions resolve the same way every time.
  const typeName = new Map<string, string>();
  for (const r of resources) {
    const wanted = r.graphqlName ?? titledTypeName(r.type, r.titles);
    typeName.set(r.type, types.claim(wanted, pointerOf(r), `resource "${r.type}"`));
  }

  const pageInfo = new GraphQLObjectType({
    name: 'PageInfo',
    description: 'Where a page of a connection sits in the whole list (Relay cursor connections).',
    extensions: { oro: { kind: 'pageInfo' } satisfies OroObjectTypeExtension },
    fields: {
      hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean), extensions: { oro: { kind: 'hasNextPage' } satisfies OroFieldExtension } },
      hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean), extensions: { oro: { kind: 'hasPreviousPage' } satisfies OroFieldExtension } },
      startCursor: { type: GraphQLString, extensions: { oro: { kind: 'startCursor' } satisfies OroFieldExtension } },
      endCursor: { type: GraphQLString, extensions: { oro: { kind: 'endCursor' } satisfies OroFieldExtension } },
    },
  });
  const sortDirection = new GraphQLEnumType({
    name: 'SortDirection',
    description: 'ASC sends the field as is, DESC with a "-" prefix (Oro `sort=-field`).',
    values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } },
    extensions: { oro: { kind: 'sortDirection' } },
  });

  let nodeInterface: GraphQLInterfaceType | undefined;
  const node = (): GraphQLInterfaceType => {
    nodeInterface ??= new GraphQLInterfaceType({
      name: NODE,
      description: 'Any Oro resource: its JSON:API id (always a string) and, through __typename, its type.',
      fields: { id: { type: new GraphQLNonNull(GraphQLID), extensions: { oro: { kind: 'id' } satisfies OroFieldExtension } } },
      extensions: { oro: { kind: 'node', targets: [...visible.keys()], fallback: GENERIC_RESOURCE } satisfies OroAbstractTypeExtension },
    });
    return nodeInterface;
  };
  let genericType: GraphQLObjectType | undefined;
  const generic = (): GraphQLObjectType => {
    genericType ??= new GraphQLObjectType({
      name: GENERIC_RESOURCE,
      description: 'A resource whose type this schema does not describe (a polymorphic relationship without known targets).',
      interfaces: () => [node()],
      extensions: { oro: { kind: 'resource' } satisfies OroObjectTypeExtension },
      fields: {
        id: { type: new GraphQLNonNull(GraphQLID), extensions: { oro: { kind: 'id' } satisfies OroFieldExtension } },
        type: { type: new GraphQLNonNull(GraphQLString), description: 'The JSON:API type, e.g. "users".', extensions: { oro: { kind: 'resourceType' } satisfies OroFieldExtension } },
      },
    });
    return genericType;
  };

  const objectTypes = new Map<string, GraphQLObjectType>();
  const connections = new Map<string, GraphQLObjectType>();
  const filterInputs = new Map<string, GraphQLInputObjectType | null>();
  const sortInputs = new Map<string, GraphQLInputObjectType | null>();
  const ranges = new Map<string, GraphQLInputObjectType>();
  const unions = new Map<string, GraphQLUnionType>();

  const connectionOf = (nodeType: GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType, resource: string | undefined): GraphQLObjectType => {
    const cached = connections.get(nodeType.name);
    if (cached) return cached;
    const base = nodeType.name;
    const edgeName = types.claim(`${base}Edge`, resource ? `/resources/${resource}` : '', `edge of ${base}`);
    const connectionName = types.claim(`${base}Connection`, resource ? `/resources/${resource}` : '', `connection of ${base}`);
    const ext = resource ? { resource } : {};
    const edge = new GraphQLObjectType({
      name: edgeName,
      description: `One ${base} in a list, with its cursor.`,
      extensions: { oro: { kind: 'edge', ...ext } satisfies OroObjectTypeExtension },
      fields: {
        cursor: { type: new GraphQLNonNull(GraphQLString), description: 'Opaque position of this record; pass it as `after`/`before`.', extensions: { oro: { kind: 'cursor' } satisfies OroFieldExtension } },
        node: { type: new GraphQLNonNull(nodeType), description: 'The record.', extensions: { oro: { kind: 'node' } satisfies OroFieldExtension } },
      },
    });
    const connection = new GraphQLObjectType({
      name: connectionName,
      description: `A page of ${base} records.`,
      extensions: { oro: { kind: 'connection', ...ext } satisfies OroObjectTypeExtension },
      fields: {
        nodes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(nodeType))), description: 'The records of this page.', extensions: { oro: { kind: 'nodes' } satisfies OroFieldExtension } },
        edges: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(edge))), description: 'The records of this page with their cursors.', extensions: { oro: { kind: 'edges' } satisfies OroFieldExtension } },
        pageInfo: { type: new GraphQLNonNull(pageInfo), description: 'Whether there are more records before or after this page, and the cursors to get them.', extensions: { oro: { kind: 'pageInfo' } satisfies OroFieldExtension } },
        totalCount: { type: GraphQLInt, description: 'The number of records in the whole list (asked from Oro only when selected).', extensions: { oro: { kind: 'totalCount' } satisfies OroFieldExtension } },
      },
    });
    connections.set(nodeType.name, connection);
    return connection;
  };

  const rangeOf = (scalar: GraphQLScalarType): GraphQLInputObjectType => {
    let range = ranges.get(scalar.name);
    if (!range) {
      range = new GraphQLInputObjectType({
        name: types.claim(`${scalar.name}Range`, '', `range of ${scalar.name}`),
        description: `An inclusive range; sent to Oro as "from..to" (PROTOCOL §3.7.4).`,
        extensions: { oro: { kind: 'range' } satisfies OroInputTypeExtension },
        fields: { from: { type: new GraphQLNonNull(scalar) }, to: { type: new GraphQLNonNull(scalar) } },
      });
      ranges.set(scalar.name, range);
    }
    return range;
  };

  const hiddenKeys = (r: Resource): Set<string> =>
    new Set([...r.attributes.filter((a) => a.hidden).map((a) => a.name), ...r.relationships.filter((x) => x.hidden || (!x.polymorphic && !x.targets.every((t) => visible.has(t)))).map((x) => x.name)]);

  /** `XFilter`: one field per filterable key, each an input of exactly its operators. */
  const filterInputOf = (r: Resource): GraphQLInputObjectType | undefined => {
    if (filterInputs.has(r.type)) return filterInputs.get(r.type) ?? undefined;
    const hidden = hiddenKeys(r);
    const filters = expandMultiTarget(r, r.filters.filter((f) => !hidden.has(f.key.split('.')[0]!)));
    if (filters.length === 0) {
      filterInputs.set(r.type, null);
      return undefined;
    }
    const tn = typeName.get(r.type)!;
    const fieldNames = new NameRegistry(warnings, `filter field of ${tn}Filter`);
    const fields: GraphQLInputFieldConfigMap = {};
    const inputName = types.claim(`${tn}Filter`, pointerOf(r), `filter input of "${r.type}"`);
    for (const f of filters) {
      const renamed = f.kind === 'field' ? r.attributes.find((a) => a.name === f.key)?.graphqlName : f.kind === 'relationship' ? r.relationships.find((x) => x.name === f.key)?.graphqlName : undefined;
      const fieldName = fieldNames.claim(renamed ?? graphqlName(f.key), f.pointer ?? pointerOf(r), `filter[${f.key}]`);
      const scalar = filterScalarOf(f);
      const ops: GraphQLInputFieldConfigMap = {};
      const op = (name: string, type: GraphQLInputType, operator: FilterOperator, form: OroFilterOperatorExtension['form'], description: string) => {
        ops[name] = { type, description: `${description} Oro: filter[${f.key}][${operator}]${form === 'list' ? '=a,b' : form === 'range' ? '=from..to' : ''}.`, extensions: { oro: { kind: 'filterOperator', operator, form } satisfies OroFilterOperatorExtension } };
      };
      // On a to-many relationship `contains`/`not_contains` compare sets, so they take id lists (PROTOCOL §3.7.2).
      const toManyKey = f.kind === 'relationship' && r.relationships.some((x) => x.name === f.key.split('.')[0] && x.toMany);
      for (const o of f.operators) {
        if (o === 'exists' || o === 'empty') op(OPERATOR_FIELD[o], GraphQLBoolean, o, 'boolean', OPERATOR_DESCRIPTION[o]);
        else if (toManyKey && (o === 'contains' || o === 'not_contains')) {
          op(OPERATOR_FIELD[o], new GraphQLList(new GraphQLNonNull(scalar)), o, 'list', o === 'contains' ? 'Related to all of these ids.' : 'Not related to all of these ids.');
        } else op(OPERATOR_FIELD[o], scalar, o, 'single', OPERATOR_DESCRIPTION[o]);
      }
      if (f.allowArray && f.operators.includes('eq')) op('in', new GraphQLList(new GraphQLNonNull(scalar)), 'eq', 'list', 'Equal to any of the values (sent comma-separated).');
      if (f.allowArray && f.operators.includes('neq')) op('notIn', new GraphQLList(new GraphQLNonNull(scalar)), 'neq', 'list', 'Equal to none of the values (sent comma-separated).');
      if (f.allowRange && f.operators.includes('eq')) op('between', rangeOf(scalar), 'eq', 'range', 'Between from and to, both included.');
      const opsType = new GraphQLInputObjectType({
        // "Condition", not "Filter": `CustomerGroupFilter` is the filter input of customergroups, so
        // customers' `group` filter would collide with it once type names follow Oro's words.
        name: types.claim(`${tn}${upperFirst(fieldName)}Condition`, f.pointer ?? pointerOf(r), `operators of filter[${f.key}]`),
        description: `Conditions on ${f.kind === 'id' ? 'the id' : `"${f.key}"`} of ${tn}; several conditions all apply.`,
        extensions: { oro: { kind: 'filterOperators', resource: r.type, key: f.key } satisfies OroInputTypeExtension },
        fields: ops,
      });
      const description = plainDescription(f.description) ?? (f.kind === 'relationship' ? `Filter by the id(s) of "${f.key}".` : f.kind === 'id' ? 'Filter by id.' : `Filter by "${f.key}".`);
      fields[fieldName] = { type: opsType, description, extensions: { oro: { kind: 'filterField', key: f.key, valueType: f.valueType } satisfies OroFilterFieldExtension } };
    }
    const input = new GraphQLInputObjectType({
      name: inputName,
      description: `Conditions on ${tn} records; all of them apply (Oro filter[...]).`,
      extensions: { oro: { kind: 'filter', resource: r.type } satisfies OroInputTypeExtension },
      fields,
    });
    filterInputs.set(r.type, input);
    return input;
  };

  /**
   * A multi-target association filter (`filter[activityTargets.users]`, PROTOCOL §3.7.7) becomes
   * one relationship filter per known target type; without known targets it cannot be sent, and
   * a notice says how to name them.
   */
  const expandMultiTarget = (r: Resource, filters: Filter[]): Filter[] =>
    filters.flatMap((f) => {
      if (!f.multiTarget) return [f];
      const rel = r.relationships.find((x) => x.name === f.key);
      const targets = (rel?.targets ?? []).filter((t) => visible.has(t));
      if (targets.length === 0) {
        warnings.push({
          pointer: f.pointer ?? pointerOf(r),
          source: 'schema',
          severity: 'notice',
          message: `filter[${f.key}.<targetType>] of "${r.type}" is not exposed: the targets of polymorphic relationship "${f.key}" are unknown (name them with the config's relationships.${f.key}.targets)`,
        });
        return [];
      }
      return targets.map((t): Filter => {
        const { multiTarget: _m, ...rest } = f;
        return { ...rest, key: `${f.key}.${t}`, description: `Filter by the ids of the ${typeName.get(t)} records "${f.key}" points to (Oro filter[${f.key}.${t}]).` };
      });
    });

  /** `XSort`: `{ field, direction }` over the sortable fields Oro lists (METADATA §2.8). */
  const sortInputOf = (r: Resource): GraphQLInputObjectType | undefined => {
    if (sortInputs.has(r.type)) return sortInputs.get(r.type) ?? undefined;
    const hidden = hiddenKeys(r);
    const fieldsToSort = r.sortableFields.filter((f) => !hidden.has(f.split('.')[0]!));
    if (fieldsToSort.length === 0) {
      sortInputs.set(r.type, null);
      return undefined;
    }
    const tn = typeName.get(r.type)!;
    const valueNames = new NameRegistry(warnings, `sort field of ${tn}`, ['true', 'false', 'null']);
    const values: GraphQLEnumValueConfigMap = {};
    for (const f of fieldsToSort) {
      const renamed = r.attributes.find((a) => a.name === f)?.graphqlName ?? r.relationships.find((x) => x.name === f)?.graphqlName;
      values[valueNames.claim(renamed ?? graphqlName(f), pointerOf(r), `sort field "${f}"`)] = { value: f, description: f === r.defaultSort ? 'The default order.' : undefined };
    }
    const fieldEnum = new GraphQLEnumType({
      name: types.claim(`${tn}SortField`, pointerOf(r), `sort fields of "${r.type}"`),
      description: `Fields ${tn} records can be ordered by.`,
      values,
      extensions: { oro: { kind: 'sortField', resource: r.type } },
    });
    const input = new GraphQLInputObjectType({
      name: types.claim(`${tn}Sort`, pointerOf(r), `sort input of "${r.type}"`),
      description: `One ordering key; a list of them orders by the first, then the next.`,
      extensions: { oro: { kind: 'sort', resource: r.type } satisfies OroInputTypeExtension },
      fields: {
        field: { type: new GraphQLNonNull(fieldEnum), extensions: { oro: { kind: 'sortField' } satisfies OroSortFieldExtension } },
        direction: { type: sortDirection, defaultValue: 'ASC', extensions: { oro: { kind: 'sortDirection' } satisfies OroSortFieldExtension } },
      },
    });
    sortInputs.set(r.type, input);
    return input;
  };

  const pageSizeText = (r: Resource | undefined): string => {
    const parts: string[] = [];
    if (r?.defaultPageSize !== undefined) parts.push(`default ${r.defaultPageSize}`);
    if (r?.maxPageSize !== undefined) parts.push(`at most ${r.maxPageSize}`);
    return parts.length ? ` (${parts.join(', ')})` : '';
  };

  const listArgs = (r: Resource | undefined, backwards: boolean): GraphQLFieldConfigArgumentMap => {
    const args: GraphQLFieldConfigArgumentMap = {
      first: { type: GraphQLInt, description: `Number of records from the start${pageSizeText(r)}.` },
      after: { type: GraphQLString, description: 'Cursor of the record to start after.' },
    };
    if (backwards) {
      args.last = { type: GraphQLInt, description: `Number of records from the end${pageSizeText(r)}.` };
      args.before = { type: GraphQLString, description: 'Cursor of the record to end before.' };
    }
    if (r) {
      const filter = filterInputOf(r);
      if (filter) args.filter = { type: filter, description: "Conditions the records must meet (Oro's filter[...] parameters); all of them apply." };
      const sort = sortInputOf(r);
      if (sort) args.sort = { type: new GraphQLList(new GraphQLNonNull(sort)), description: r.defaultSort ? `Order of the records; Oro's default is "${r.defaultSort}".` : 'Order of the records.' };
    }
    return args;
  };

  const targetTypeOf = (owner: string, fieldName: string, rel: Relationship): { type: GraphQLObjectType | GraphQLInterfaceType | GraphQLUnionType; resource?: string } => {
    const targets = rel.targets.filter((t) => visible.has(t));
    if (targets.length === 1) return { type: objectTypeOf(visible.get(targets[0]!)!), resource: targets[0]! };
    if (targets.length === 0) {
      generic();
      return { type: node() };
    }
    const unionName = `${owner}${upperFirst(fieldName)}Target`;
    let union = unions.get(unionName);
    if (!union) {
      union = new GraphQLUnionType({
        name: types.claim(unionName, `/resources/${rel.name}`, `targets of relationship "${rel.name}"`),
        description: `What "${rel.name}" of ${owner} can point to: ${targets.join(', ')}.`,
        types: () => targets.map((t) => objectTypeOf(visible.get(t)!)),
        extensions: { oro: { kind: 'polymorphic', targets } satisfies OroAbstractTypeExtension },
      });
      unions.set(unionName, union);
    }
    return { type: union };
  };

  const objectTypeOf = (r: Resource): GraphQLObjectType => {
    const existing = objectTypes.get(r.type);
    if (existing) return existing;
    const tn = typeName.get(r.type)!;
    let description = plainDescription(r.description);
    if (r.referenceOnly) {
      const note = `A "${r.type}" resource. This API document has no routes for it; it is reached through relationships.`;
      description = description ? `${description}\n\n${note}` : note;
    }
    const type: GraphQLObjectType = new GraphQLObjectType({
      name: tn,
      description,
      interfaces: () => [node()],
      extensions: { oro: { kind: 'resource', resource: r.type } satisfies OroObjectTypeExtension },
      fields: () => {
        const fieldNames = new NameRegistry(warnings, `field of ${tn}`, ['id']);
        const fields: GraphQLFieldConfigMap<unknown, unknown> = {
          id: { type: new GraphQLNonNull(GraphQLID), description: 'The JSON:API id (a string; may be non-numeric).', extensions: { oro: { kind: 'id' } satisfies OroFieldExtension } },
        };
        for (const a of r.attributes) {
          if (a.hidden) continue;
          const name = fieldNames.claim(a.graphqlName ?? graphqlName(a.name), pointerOf(r), `attribute "${a.name}"`);
          const scalar = scalarOf(a.dataType);
          // Nullable even when Oro marks the field required: Oro sends null for fields the caller may
          // not see (PROTOCOL §4.2), and union members must agree on a shared field's nullability.
          fields[name] = {
            type: scalar,
            description: withRequiredNote(plainDescription(a.description), a.required),
            deprecationReason: a.deprecated ? DEPRECATED : undefined,
            extensions: { oro: { kind: 'attribute', name: a.name, dataType: a.dataType } satisfies OroFieldExtension },
          };
        }
        for (const rel of r.relationships) {
          if (rel.hidden) continue;
          if (!rel.polymorphic && !rel.targets.every((t) => visible.has(t))) continue;
          const name = fieldNames.claim(rel.graphqlName ?? graphqlName(rel.name), pointerOf(r), `relationship "${rel.name}"`);
          const target = targetTypeOf(tn, name, rel);
          const targetResource = target.resource ? visible.get(target.resource) : undefined;
          const ext: OroFieldExtension = {
            kind: 'relationship',
            name: rel.name,
            toMany: rel.toMany,
            targets: rel.targets.filter((t) => visible.has(t)),
            polymorphic: rel.polymorphic,
            connection: rel.toMany,
            subresource: rel.subresource,
          };
          if (rel.subresourceOnly) ext.subresourceOnly = true;
          if (rel.toMany && targetResource?.defaultPageSize !== undefined) ext.defaultPageSize = targetResource.defaultPageSize;
          if (rel.toMany && targetResource?.maxPageSize !== undefined) ext.maxPageSize = targetResource.maxPageSize;
          const field: GraphQLFieldConfig<unknown, unknown> = {
            type: rel.toMany ? connectionOf(target.type, target.resource) : target.type,
            description: plainDescription(rel.description),
            deprecationReason: rel.deprecated ? DEPRECATED : undefined,
            extensions: { oro: ext },
          };
          if (rel.toMany) field.args = listArgs(targetResource, false);
          fields[name] = field;
        }
        return fields;
      },
    });
    objectTypes.set(r.type, type);
    return type;
  };

  for (const r of resources) objectTypeOf(r);

  const rootNames = new NameRegistry(warnings, 'root field');
  const query: GraphQLFieldConfigMap<unknown, unknown> = {};
  const roots = resources.filter((r) => !r.referenceOnly);
  // List fields first: the Oro type is the list's name, so the singular yields on a collision.
  for (const r of roots) {
    if (!r.actions.includes('get_list')) continue;
    const name = rootNames.claim(graphqlName(r.type), pointerOf(r), `list of "${r.type}"`);
    const ext: OroFieldExtension = { kind: 'list', resource: r.type, paging: r.paging };
    if (r.defaultPageSize !== undefined) ext.defaultPageSize = r.defaultPageSize;
    if (r.maxPageSize !== undefined) ext.maxPageSize = r.maxPageSize;
    query[name] = {
      type: connectionOf(objectTypeOf(r), r.type),
      description: plainDescription(r.description) ?? `${typeName.get(r.type)} records.`,
      deprecationReason: r.deprecated ? DEPRECATED : undefined,
      args: listArgs(r, r.paging),
      extensions: { oro: ext },
    };
  }
  for (const r of roots) {
    if (!r.actions.includes('get')) continue;
    const wanted = r.graphqlName ? r.graphqlName.charAt(0).toLowerCase() + r.graphqlName.slice(1) : singularFieldName(r.type);
    let name: string;
    if (rootNames.has(wanted)) {
      name = rootNames.claim(`${wanted}ById`, pointerOf(r), `single "${r.type}"`);
      // An uncountable Oro type (singular == plural) is a naming rule, reported as a notice.
      warnings.push({ pointer: pointerOf(r), source: 'schema', message: `the singular of "${r.type}" is its list field name "${wanted}"; the single-record field is "${name}"`, severity: 'notice' });
    } else {
      name = rootNames.claim(wanted, pointerOf(r), `single "${r.type}"`);
    }
    query[name] = {
      type: objectTypeOf(r),
      description: `One ${typeName.get(r.type)} by id, or null when it does not exist.`,
      deprecationReason: r.deprecated ? DEPRECATED : undefined,
      args: { id: { type: new GraphQLNonNull(GraphQLID) } },
      extensions: { oro: { kind: 'item', resource: r.type } satisfies OroFieldExtension },
    };
  }
  if (Object.keys(query).length === 0) {
    warnings.push({ pointer: '/paths', source: 'schema', message: 'the document has no readable resources; the Query type has only a placeholder field' });
    query._empty = { type: GraphQLBoolean, description: 'Placeholder: this API view exposes no readable resources.' };
  }

  // Field thunks run inside the GraphQLSchema constructor, so the fallback type is decided here.
  const needsGeneric = resources.some((r) => r.relationships.some((rel) => !rel.hidden && rel.polymorphic && !rel.targets.some((t) => visible.has(t))));
  if (needsGeneric) generic();
  const extraTypes: GraphQLNamedType[] = [...objectTypes.values()];
  if (genericType) extraTypes.push(genericType);
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: query, description: model.title ? `${model.title} (${model.basePath || '/'})` : undefined }),
    types: extraTypes,
  });
  return { schema, warnings };
}

/** Keeps Oro's "required" (not nullable in Oro's metadata) visible in the SDL of a nullable field. */
function withRequiredNote(description: string | undefined, required: boolean): string | undefined {
  if (!required) return description;
  const note = 'Always set in Oro (required in its metadata); null only when the caller may not see it.';
  return description ? `${description}\n\n${note}` : note;
}
