import type {
  Attribute,
  Filter,
  FilterOperator,
  InputShape,
  MetadataWarning,
  OroDataType,
  Relationship,
  Resource,
  ResourceAction,
  ResourceModel,
} from './model.ts';
import { childPointer, isObject, RefResolver, str, type JsonObject, type Resolved } from './openApiRefs.ts';
import { dataTypeOfSchema } from './dataTypeOfSchema.ts';
import { parseSortDescription } from './parseSortDescription.ts';
import { applySchemaConfig } from './applySchemaConfig.ts';
import { applyKnownPolymorphicTargets } from './knownPolymorphicTargets.ts';
import type { SchemaConfig } from './schemaConfig.ts';

export { parseOpenApiText } from './parseOpenApiText.ts';

/** The document cannot be read at all (not OpenAPI 3, no `paths`); `pointer` says where. */
export class OpenApiError extends Error {
  readonly pointer: string;
  constructor(pointer: string, message: string) {
    super(`${message} (at ${pointer || '/'})`);
    this.name = 'OpenApiError';
    this.pointer = pointer;
  }
}

export interface ReadOpenApiOptions {
  config?: SchemaConfig;
  /** View name used to pick `schema.views.<view>` from the config (`storefront`, `back-office`). */
  view?: string;
}

const OPERATORS: readonly FilterOperator[] = [
  'eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists', 'neq_or_null', 'contains', 'not_contains',
  'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with', 'empty',
];
const JSON_API = 'application/vnd.api+json';
const METHODS = ['get', 'post', 'patch', 'delete', 'options', 'put', 'head', 'trace'] as const;
/** Headers every view has; `headers` of the model lists only the view's own (METADATA §2.9). */
const COMMON_HEADERS = new Set(['accept', 'content-type', 'x-include', 'x-mode']);
const GENERIC_DESCRIPTIONS = new Set(['Get a list of entities', 'Get an entity']);
const READ_ONLY_NOTE = /The read-only field/i;

interface Operation {
  node: JsonObject;
  pointer: string;
  parameters: Array<Resolved>;
}

interface DataModelInfo {
  type?: string;
  pointer: string;
  attributes: Attribute[];
  attributePointers: Map<string, string>;
  relationships: Relationship[];
  requiredTop: string[];
  idDescription?: string;
  attributeReadOnly: Set<string>;
  relationshipReadOnly: Set<string>;
}

interface Builder {
  type: string;
  actions: Set<ResourceAction>;
  idType?: 'integer' | 'string';
  list?: Operation;
  item?: Operation;
  create?: Operation;
  update?: Operation;
  models: DataModelInfo[];
  subresources: Map<string, { op: Operation; data?: { info: DataModelInfo; many: boolean } }>;
  relationshipRoutes: Map<string, string>;
  referenceOnly: boolean;
}

function firstNonNull(list: unknown[], pointer: string, refs: RefResolver): Resolved | undefined {
  for (let i = 0; i < list.length; i++) {
    const r = refs.resolve(list[i], childPointer(pointer, i));
    if (r && r.node.type !== 'null') return r;
  }
  return undefined;
}

/** The schema of a JSON:API document's `data`, from a response or request body. */
function documentData(container: Resolved | undefined, refs: RefResolver): { data: Resolved; many: boolean } | undefined {
  if (!container) return undefined;
  const content = container.node.content;
  if (!isObject(content)) return undefined;
  const mediaKey = content[JSON_API] !== undefined ? JSON_API : Object.keys(content)[0];
  if (!mediaKey) return undefined;
  const media = content[mediaKey];
  if (!isObject(media)) return undefined;
  const schema = refs.resolve(media.schema, childPointer(container.pointer, 'content', mediaKey, 'schema'));
  if (!schema || !isObject(schema.node.properties)) return undefined;
  const props = schema.node.properties;
  const dataPointer = childPointer(schema.pointer, 'properties', 'data');
  const data = refs.resolve(props.data, dataPointer);
  if (!data) return undefined;
  if (data.node.type === 'array') {
    const items = refs.resolve(data.node.items, childPointer(data.pointer, 'items'));
    return items ? { data: items, many: true } : undefined;
  }
  if (Array.isArray(data.node.oneOf)) {
    const one = firstNonNull(data.node.oneOf, childPointer(data.pointer, 'oneOf'), refs);
    return one ? { data: one, many: false } : undefined;
  }
  return { data, many: false };
}

function enumType(node: JsonObject | undefined): string | undefined {
  if (!node || !isObject(node.properties)) return undefined;
  const type = node.properties.type;
  if (!isObject(type) || !Array.isArray(type.enum)) return undefined;
  return str(type.enum[0]);
}

function requiredList(node: JsonObject): string[] {
  return Array.isArray(node.required) ? node.required.filter((x): x is string => typeof x === 'string') : [];
}

/** Reads one relationship value schema (`XRelationshipToOne`/`ToMany`, METADATA §2.4, §2.5). */
function readRelationship(name: string, value: unknown, pointer: string, required: boolean, refs: RefResolver): Relationship | undefined {
  const rel = refs.resolve(value, pointer);
  if (!rel || !isObject(rel.node.properties)) {
    refs.warn(pointer, `relationship "${name}" is not a JSON:API relationship object`);
    return undefined;
  }
  const data = refs.resolve(rel.node.properties.data, childPointer(rel.pointer, 'properties', 'data'));
  if (!data) {
    refs.warn(pointer, `relationship "${name}" has no "data" schema`);
    return undefined;
  }
  let toMany: boolean;
  let linkage: Resolved | undefined;
  if (data.node.type === 'array') {
    toMany = true;
    linkage = refs.resolve(data.node.items, childPointer(data.pointer, 'items'));
  } else if (Array.isArray(data.node.oneOf)) {
    toMany = false;
    linkage = firstNonNull(data.node.oneOf, childPointer(data.pointer, 'oneOf'), refs);
  } else {
    toMany = false;
    linkage = data;
  }
  if (!linkage || !isObject(linkage.node.properties) || !isObject(linkage.node.properties.id)) {
    refs.warn(pointer, `relationship "${name}" has no resource-identifier (linkage) schema`);
    return undefined;
  }
  const target = enumType(linkage.node);
  const out: Relationship = {
    name,
    toMany,
    targets: target ? [target] : [],
    polymorphic: target === undefined,
    required,
    subresource: false,
    relationshipRoute: false,
  };
  if (target === undefined) out.targetsSource = 'spec';
  if (rel.description !== undefined && !rel.description.startsWith('A to-')) out.description = rel.description;
  if (rel.deprecated) out.deprecated = true;
  return out;
}

/** Reads a resource object schema (`{type}DataModel`, METADATA §2.4). */
function readDataModel(model: Resolved, refs: RefResolver): DataModelInfo {
  const node = model.node;
  const props = isObject(node.properties) ? node.properties : {};
  const info: DataModelInfo = {
    type: enumType(node),
    pointer: model.pointer,
    attributes: [],
    attributePointers: new Map(),
    relationships: [],
    requiredTop: requiredList(node),
    attributeReadOnly: new Set(),
    relationshipReadOnly: new Set(),
  };
  const id = refs.resolve(props.id, childPointer(model.pointer, 'properties', 'id'));
  if (id?.description) info.idDescription = id.description;

  const attrs = refs.resolve(props.attributes, childPointer(model.pointer, 'properties', 'attributes'));
  if (attrs && isObject(attrs.node.properties)) {
    const required = new Set(requiredList(attrs.node));
    for (const [name, value] of Object.entries(attrs.node.properties)) {
      const pointer = childPointer(attrs.pointer, 'properties', name);
      const dataType = dataTypeOfSchema(value, pointer, refs);
      const resolved = refs.resolve(value, pointer);
      if (!dataType) {
        refs.warn(pointer, `attribute "${name}" has a schema whose data type is not recognised; exposed as JSON`);
      }
      const attribute: Attribute = { name, dataType: dataType ?? 'mixed', required: required.has(name) };
      if (resolved?.description !== undefined) {
        if (READ_ONLY_NOTE.test(resolved.description)) info.attributeReadOnly.add(name);
        attribute.description = resolved.description;
      }
      if (resolved?.deprecated) attribute.deprecated = true;
      info.attributes.push(attribute);
      info.attributePointers.set(name, pointer);
    }
  }
  const rels = refs.resolve(props.relationships, childPointer(model.pointer, 'properties', 'relationships'));
  if (rels && isObject(rels.node.properties)) {
    const required = new Set(requiredList(rels.node));
    for (const [name, value] of Object.entries(rels.node.properties)) {
      const pointer = childPointer(rels.pointer, 'properties', name);
      const rel = readRelationship(name, value, pointer, required.has(name), refs);
      if (!rel) continue;
      if (rel.description !== undefined && READ_ONLY_NOTE.test(rel.description)) info.relationshipReadOnly.add(name);
      info.relationships.push(rel);
    }
  }
  return info;
}

function readOperation(pathItem: JsonObject, pathPointer: string, method: string, refs: RefResolver): Operation {
  const node = pathItem[method] as JsonObject;
  const pointer = childPointer(pathPointer, method);
  const parameters: Resolved[] = [];
  const add = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((p, i) => {
      const r = refs.resolve(p, childPointer(at, i));
      if (r) parameters.push(r);
      else refs.warn(childPointer(at, i), 'parameter is not an object');
    });
  };
  add(pathItem.parameters, childPointer(pathPointer, 'parameters'));
  add(node.parameters, childPointer(pointer, 'parameters'));
  return { node, pointer, parameters };
}

function successResponse(op: Operation, refs: RefResolver): Resolved | undefined {
  const responses = op.node.responses;
  if (!isObject(responses)) return undefined;
  for (const code of ['200', '201']) {
    if (responses[code] !== undefined) return refs.resolve(responses[code], childPointer(op.pointer, 'responses', code));
  }
  return undefined;
}

/** Value shape of a filter parameter: `<t>`, `<t>UnionArray`, `<t>UnionArrayRange` (METADATA §2.7). */
function readFilterValue(schema: unknown, pointer: string, refs: RefResolver): { valueType?: OroDataType; allowArray: boolean; allowRange: boolean } {
  const resolved = refs.resolve(schema, pointer);
  if (!resolved) return { allowArray: false, allowRange: false };
  if (!Array.isArray(resolved.node.oneOf)) {
    return { valueType: dataTypeOfSchema(resolved.node, resolved.pointer, refs), allowArray: false, allowRange: false };
  }
  let valueType: OroDataType | undefined;
  let allowArray = false;
  let allowRange = false;
  resolved.node.oneOf.forEach((option, i) => {
    const at = childPointer(resolved.pointer, 'oneOf', i);
    const r = refs.resolve(option, at);
    if (!r) return;
    if (r.node.type === 'array') {
      allowArray = true;
      valueType ??= dataTypeOfSchema(r.node.items, childPointer(r.pointer, 'items'), refs);
    } else if (r.node.type === 'string' && typeof r.node.pattern === 'string' && r.node.pattern.includes('\\.\\.')) {
      allowRange = true;
    } else {
      valueType = dataTypeOfSchema(r.node, r.pointer, refs) ?? valueType;
    }
  });
  return { valueType, allowArray, allowRange };
}

const FILTER_NAME = /^filter((?:\[[A-Za-z0-9_.-]+\])+)$/;

function filterKind(description: string | undefined, key: string): Filter['kind'] {
  if (key === 'id' || description === 'Filter records by the identifier field') return 'id';
  if (description && /^Filter records by '[^']+' relationship\.$/.test(description)) return 'relationship';
  if (description && /^Filter records by '[^']+' field\.$/.test(description)) return 'field';
  return 'custom';
}

/** The parts of a Resource its get_list parameters decide; `sortableFields` is unset when there is no `sort`. */
type ListParams = Pick<Resource, 'filters' | 'defaultSort' | 'paging' | 'defaultPageSize' | 'include' | 'fieldsets' | 'meta'> & {
  sortableFields?: string[];
};

/** Query parameters of a read operation (METADATA §2.7–2.9). */
function readParameters(op: Operation, refs: RefResolver, headers: Set<string>, attributeTypes: Map<string, OroDataType>): ListParams {
  const out: ListParams = { filters: [], paging: false, include: false, fieldsets: false, meta: false };
  const byKey = new Map<string, Filter & { valueSeen: boolean }>();
  for (const p of op.parameters) {
    const name = str(p.node.name);
    const where = str(p.node.in);
    if (!name) {
      refs.warn(p.pointer, 'parameter without a name');
      continue;
    }
    if (where === 'header') {
      if (!COMMON_HEADERS.has(name.toLowerCase())) headers.add(name);
      continue;
    }
    if (where === 'path') continue;
    if (where !== 'query') {
      refs.warn(p.pointer, `parameter "${name}" in "${String(where)}" is not understood`);
      continue;
    }
    const filter = FILTER_NAME.exec(name);
    if (filter) {
      // Nested brackets are a dotted path unless the last one is an operator (PROTOCOL §3.1).
      const parts = filter[1]!.slice(1, -1).split('][');
      let operator: FilterOperator = 'eq';
      if (parts.length > 1 && (OPERATORS as readonly string[]).includes(parts[parts.length - 1]!)) {
        operator = parts.pop() as FilterOperator;
      }
      const key = parts.join('.');
      const description = p.description;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { key, kind: filterKind(description, key), operators: [], allowArray: false, allowRange: false, valueType: 'string', valueSeen: false, pointer: p.pointer };
        if (description !== undefined && entry.kind === 'custom') entry.description = description;
        byKey.set(key, entry);
      }
      if (!entry.operators.includes(operator)) entry.operators.push(operator);
      if (operator !== 'exists' && operator !== 'empty') {
        const value = readFilterValue(p.node.schema, childPointer(p.pointer, 'schema'), refs);
        entry.allowArray ||= value.allowArray;
        entry.allowRange ||= value.allowRange;
        if (!entry.valueSeen && value.valueType) {
          entry.valueType = value.valueType;
          entry.valueSeen = true;
        } else if (!entry.valueSeen && !value.valueType) {
          refs.warn(childPointer(p.pointer, 'schema'), `value schema of "${name}" is not recognised; taken as a string`);
          entry.valueSeen = true;
        }
      }
      continue;
    }
    if (/^fields\[[^\]]+\]$/.test(name)) {
      out.fieldsets = true;
    } else if (name === 'include') {
      out.include = true;
    } else if (name === 'meta') {
      out.meta = true;
    } else if (name === 'page[number]') {
      out.paging = true;
    } else if (name === 'page[size]') {
      out.paging = true;
      const schema = refs.resolve(p.node.schema, childPointer(p.pointer, 'schema'));
      if (schema && typeof schema.node.default === 'number') out.defaultPageSize = schema.node.default;
    } else if (name === 'sort') {
      const fields = parseSortDescription(p.description);
      // Oro appends "Allowed fields: …" only when the list has sorters (METADATA §2.8); the activities
      // fixture's polymorphic sub-resource shows the bare sentence with a default-less `orderBy`.
      if (fields === undefined) refs.notice(p.pointer, `the "sort" parameter at ${p.pointer} lists no "Allowed fields: ..."; the list has no sortable fields`);
      out.sortableFields = fields ?? [];
      const schema = refs.resolve(p.node.schema, childPointer(p.pointer, 'schema'));
      const def = schema ? str(schema.node.default) : undefined;
      if (def) out.defaultSort = def;
    } else {
      refs.warn(p.pointer, `query parameter "${name}" is not understood`);
    }
  }
  for (const entry of byKey.values()) {
    const { valueSeen: _seen, ...filter } = entry;
    // Field filters take the attribute's own type: `number` filters cannot tell money from float.
    const attrType = filter.kind === 'field' ? attributeTypes.get(filter.key) : undefined;
    if (attrType) filter.valueType = attrType;
    if (filter.kind === 'id' || filter.kind === 'relationship') filter.valueType = filter.valueType === 'integer' ? 'integer' : 'string';
    filter.operators.sort((a, b) => OPERATORS.indexOf(a) - OPERATORS.indexOf(b));
    out.filters.push(filter);
  }
  out.filters.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

/**
 * Oro documents a multi-target association filter (`filter[activityTargets.users]=1`, PROTOCOL
 * §3.7.7) with the literal placeholder `type` for the target type: `filter[activityTargets][type]`,
 * described as a filter by the 'activityTargets' relationship. Such a key on a polymorphic
 * relationship becomes the association's own filter marked `multiTarget`; the schema builder
 * offers it once per known target type.
 */
function markMultiTargetFilters(filters: Filter[], relationships: Map<string, Relationship>): void {
  for (const f of filters) {
    const dot = f.key.lastIndexOf('.');
    if (f.kind !== 'relationship' || dot < 0 || f.key.slice(dot + 1) !== 'type') continue;
    const rel = relationships.get(f.key.slice(0, dot));
    if (!rel?.polymorphic) continue;
    f.key = rel.name;
    f.multiTarget = true;
  }
  filters.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function readInputShape(op: Operation, refs: RefResolver): InputShape | undefined {
  const body = refs.resolve(op.node.requestBody, childPointer(op.pointer, 'requestBody'));
  const doc = documentData(body, refs);
  if (!doc || doc.many) return undefined;
  const info = readDataModel(doc.data, refs);
  return {
    attributes: info.attributes.map((a) => ({
      name: a.name,
      dataType: a.dataType,
      required: a.required,
      readOnly: info.attributeReadOnly.has(a.name),
    })),
    relationships: info.relationships.map((r) => ({
      name: r.name,
      required: r.required,
      readOnly: info.relationshipReadOnly.has(r.name),
      toMany: r.toMany,
      targets: r.targets,
      polymorphic: r.polymorphic,
    })),
    idRequired: info.requiredTop.includes('id'),
  };
}

function mergeModels(infos: DataModelInfo[]): { attributes: Attribute[]; relationships: Relationship[] } {
  const attributes = new Map<string, Attribute>();
  const relationships = new Map<string, Relationship>();
  for (const info of infos) {
    for (const a of info.attributes) if (!attributes.has(a.name)) attributes.set(a.name, a);
    for (const r of info.relationships) if (!relationships.has(r.name)) relationships.set(r.name, r);
  }
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { attributes: [...attributes.values()].sort(byName), relationships: [...relationships.values()].sort(byName) };
}

/**
 * The resource's own documentation from its read operations' descriptions. Oro writes the
 * resource's doc text into every operation after an action sentence
 * ("<p>Retrieve a collection of country records.</p><p>A country represents …</p>", METADATA
 * §2.12 Excerpt B), so the paragraphs `get` and `get_list` share are the resource's text; with
 * one operation, or nothing shared, its whole (non-generic) description is used.
 */
function resourceDescription(item: string | undefined, list: string | undefined): string | undefined {
  const paragraphs = (html: string) => html.split(/<\/p>\s*/).map((p) => p.replace(/^\s*<p>/, '').trim()).filter(Boolean);
  const a = plain(item);
  const b = plain(list);
  if (a && b) {
    const shared = paragraphs(a).filter((p) => paragraphs(b).includes(p));
    if (shared.length > 0) return shared.map((p) => `<p>${p}</p>`).join('');
  }
  return a ?? b;
}

/** "Get Product Images" → "Product Images" (METADATA §2.2); relationship summaries ('Get "x" relationship') are not titles. */
function titleOf(op: Operation | undefined): string | undefined {
  const match = /^Get ([A-Za-z0-9 ]+)$/.exec(str(op?.node.summary)?.trim() ?? '');
  return match ? match[1]!.trim() : undefined;
}

function plain(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return t === '' || GENERIC_DESCRIPTIONS.has(t) ? undefined : t;
}

/**
 * Reads Oro's OpenAPI 3.1 document of one API view into the {@link ResourceModel} (METADATA §5):
 * resources from the route shapes (§2.2), their resource objects through `$ref` from the success
 * responses (§2.4), relationships with cardinality and targets (§2.5), data types (§2.6),
 * filters from `filter[...]` parameter names (§2.7), sortable fields from the `sort` prose (§2.8),
 * paging and other switches (§2.9), and create/update input shapes with required and read-only
 * fields (§2.10). Pure: no I/O. Everything it does not understand becomes a warning with a JSON
 * pointer. Throws {@link OpenApiError} only when the input is not an OpenAPI 3 document at all.
 * The optional project config (`scalar` and polymorphic `targets` overrides, hidden and renamed
 * elements, page sizes) is applied with {@link applySchemaConfig}.
 */
export function readOpenApi(document: unknown, options: ReadOpenApiOptions = {}): ResourceModel {
  if (!isObject(document)) throw new OpenApiError('', 'the OpenAPI document is not an object');
  const version = str(document.openapi);
  if (!version || !version.startsWith('3.')) {
    throw new OpenApiError('/openapi', `expected an OpenAPI 3.x document, found openapi: ${JSON.stringify(document.openapi ?? null)}`);
  }
  const paths = document.paths;
  if (!isObject(paths) && !(Array.isArray(paths) && paths.length === 0)) {
    throw new OpenApiError('/paths', 'the document has no "paths" object');
  }
  const warnings: MetadataWarning[] = [];
  const refs = new RefResolver(document, warnings);
  const info = isObject(document.info) ? document.info : {};

  type Shape =
    | { kind: 'collection'; type: string; prefix: string }
    | { kind: 'item'; type: string; prefix: string }
    | { kind: 'subresource' | 'relationship'; type: string; prefix: string; assoc: string };
  const shapes: Array<{ path: string; shape: Shape | undefined }> = [];
  const prefixCount = new Map<string, number>();
  for (const path of Object.keys(isObject(paths) ? paths : {}).sort()) {
    const segments = path.split('/').filter(Boolean);
    const idAt = segments.findIndex((s) => /^\{[^}]+\}$/.test(s));
    let shape: Shape | undefined;
    if (idAt >= 1) {
      const type = segments[idAt - 1]!;
      const prefix = segments.length > 0 ? '/' + segments.slice(0, idAt - 1).join('/') : '';
      const rest = segments.slice(idAt + 1);
      if (rest.length === 0) shape = { kind: 'item', type, prefix };
      else if (rest.length === 1) shape = { kind: 'subresource', type, prefix, assoc: rest[0]! };
      else if (rest.length === 2 && rest[0] === 'relationships') shape = { kind: 'relationship', type, prefix, assoc: rest[1]! };
      if (shape) prefixCount.set(prefix, (prefixCount.get(prefix) ?? 0) + 1);
    } else if (segments.length >= 1) {
      shape = { kind: 'collection', type: segments[segments.length - 1]!, prefix: '/' + segments.slice(0, -1).join('/') };
    }
    shapes.push({ path, shape });
  }
  let basePath = [...prefixCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  if (basePath === undefined) {
    const counts = new Map<string, number>();
    for (const s of shapes) if (s.shape) counts.set(s.shape.prefix, (counts.get(s.shape.prefix) ?? 0) + 1);
    basePath = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '/api';
  }
  if (basePath === '/') basePath = '';

  const builders = new Map<string, Builder>();
  const builder = (type: string): Builder => {
    let b = builders.get(type);
    if (!b) {
      b = { type, actions: new Set(), models: [], subresources: new Map(), relationshipRoutes: new Map(), referenceOnly: false };
      builders.set(type, b);
    }
    return b;
  };
  const headers = new Set<string>();

  for (const { path, shape } of shapes) {
    const pathPointer = childPointer('/paths', path);
    const pathItem = (paths as JsonObject)[path];
    if (!isObject(pathItem)) {
      refs.warn(pathPointer, 'path item is not an object');
      continue;
    }
    if (!shape || shape.prefix.replace(/^\/$/, '') !== basePath) {
      refs.warn(pathPointer, `route shape not understood (expected ${basePath}/{type}, /{type}/{id}, /{type}/{id}/{association} or /{type}/{id}/relationships/{association})`);
      continue;
    }
    const b = builder(shape.type);
    for (const key of Object.keys(pathItem)) {
      if (key === 'parameters' || key === 'summary' || key === 'description' || key === 'servers' || key.startsWith('x-')) continue;
      if (!(METHODS as readonly string[]).includes(key)) {
        refs.warn(childPointer(pathPointer, key), `path item key "${key}" is not understood`);
        continue;
      }
      if (key === 'options') continue;
      const op = readOperation(pathItem, pathPointer, key, refs);
      for (const p of op.parameters) {
        if (p.node.in === 'path' && p.node.name === 'id') {
          const schema = refs.resolve(p.node.schema, childPointer(p.pointer, 'schema'));
          if (schema && (shape.kind === 'item' || b.idType === undefined)) b.idType = schema.node.type === 'integer' ? 'integer' : 'string';
        }
      }
      const unknownMethod = () => refs.warn(op.pointer, `${key.toUpperCase()} on ${shape.kind === 'collection' ? 'a collection' : shape.kind === 'item' ? 'an item' : `a ${shape.kind}`} route is not understood`);
      switch (shape.kind) {
        case 'collection':
          if (key === 'get') {
            b.actions.add('get_list');
            b.list = op;
          } else if (key === 'post') {
            b.actions.add('create');
            b.create = op;
          } else if (key === 'patch') b.actions.add('update_list');
          else if (key === 'delete') b.actions.add('delete_list');
          else unknownMethod();
          break;
        case 'item':
          if (key === 'get') {
            b.actions.add('get');
            b.item = op;
          } else if (key === 'patch') {
            b.actions.add('update');
            b.update = op;
          } else if (key === 'delete') b.actions.add('delete');
          else unknownMethod();
          break;
        case 'subresource':
          if (key === 'get') {
            b.actions.add('get_subresource');
            const doc = documentData(successResponse(op, refs), refs);
            const sub: { op: Operation; data?: { info: DataModelInfo; many: boolean } } = { op };
            if (doc) sub.data = { info: readDataModel(doc.data, refs), many: doc.many };
            else refs.warn(op.pointer, `sub-resource "${shape.assoc}" has no readable JSON:API response document`);
            b.subresources.set(shape.assoc, sub);
          } else if (key === 'put' || key === 'head' || key === 'trace') unknownMethod();
          // POST/PATCH/DELETE on a sub-resource are custom write actions (METADATA §2.2): not read here.
          break;
        case 'relationship':
          if (key === 'get') b.actions.add('get_relationship');
          else if (key === 'patch') b.actions.add('update_relationship');
          else if (key === 'post') b.actions.add('add_relationship');
          else if (key === 'delete') b.actions.add('delete_relationship');
          else unknownMethod();
          if (!b.relationshipRoutes.has(shape.assoc)) b.relationshipRoutes.set(shape.assoc, op.pointer);
          break;
      }
    }
  }

  // Resource objects from the item and list responses.
  for (const b of builders.values()) {
    for (const op of [b.item, b.list]) {
      if (!op) continue;
      const doc = documentData(successResponse(op, refs), refs);
      if (!doc) {
        refs.warn(op.pointer, 'success response has no JSON:API "data" schema (resources without an identifier are not supported)');
        continue;
      }
      const info = readDataModel(doc.data, refs);
      if (info.type !== b.type) {
        refs.warn(childPointer(info.pointer, 'properties', 'type'), `resource object type ${JSON.stringify(info.type ?? null)} does not match the route type "${b.type}"`);
        continue;
      }
      b.models.push(info);
    }
  }

  // Sub-resource responses describe target types this spec may have no routes for.
  const extraModels = new Map<string, DataModelInfo[]>();
  for (const b of builders.values()) {
    for (const sub of b.subresources.values()) {
      const t = sub.data?.info.type;
      if (t === undefined) continue;
      const list = extraModels.get(t) ?? [];
      list.push(sub.data!.info);
      extraModels.set(t, list);
    }
  }

  const resources: Record<string, Resource> = {};
  const attributeTypesOf = (models: DataModelInfo[]) => new Map(models.flatMap((m) => m.attributes.map((a) => [a.name, a.dataType] as const)));

  for (const type of [...builders.keys()].sort()) {
    const b = builders.get(type)!;
    const models = b.models.length > 0 ? b.models : (extraModels.get(type) ?? []);
    const { attributes, relationships } = mergeModels(models);
    const relByName = new Map(relationships.map((r) => [r.name, r]));
    for (const [assoc, sub] of [...b.subresources.entries()].sort()) {
      const rel = relByName.get(assoc);
      if (rel) {
        rel.subresource = true;
        continue;
      }
      // An association reachable only through its sub-resource route (e.g. asyncoperations/{id}/errors).
      if (!sub.data) continue;
      const added: Relationship = {
        name: assoc,
        toMany: sub.data.many,
        targets: sub.data.info.type ? [sub.data.info.type] : [],
        polymorphic: sub.data.info.type === undefined,
        required: false,
        subresource: true,
        relationshipRoute: false,
        subresourceOnly: true,
      };
      if (added.polymorphic) added.targetsSource = 'spec';
      const description = plain(str(sub.op.node.description));
      if (description) added.description = description;
      relationships.push(added);
      relByName.set(assoc, added);
    }
    for (const [assoc, pointer] of b.relationshipRoutes) {
      const rel = relByName.get(assoc);
      if (rel) rel.relationshipRoute = true;
      else refs.warn(pointer, `relationship route for "${assoc}", which is not a relationship of "${type}"`);
    }
    relationships.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    const read = b.list ?? b.item;
    const attributeTypes = attributeTypesOf(models);
    const params = b.list ? readParameters(b.list, refs, headers, attributeTypes) : undefined;
    if (params) markMultiTargetFilters(params.filters, relByName);


    // The item route carries the view's headers and the fields/include/meta switches too.
    const itemParams = b.item ? readParameters(b.item, refs, headers, attributeTypes) : undefined;
    const switches = params ?? itemParams;
    const resource: Resource = {
      type,
      idType: b.idType ?? 'string',
      actions: [...b.actions].sort(),
      attributes,
      relationships,
      filters: params?.filters ?? [],
      sortableFields: params?.sortableFields ?? [],
      paging: params?.paging ?? false,
      include: switches?.include ?? false,
      fieldsets: switches?.fieldsets ?? false,
      meta: switches?.meta ?? false,
    };
    if (params?.defaultSort) resource.defaultSort = params.defaultSort;
    if (params?.defaultPageSize !== undefined) resource.defaultPageSize = params.defaultPageSize;
    resources[type] = resource;
    const r = resources[type];
    if (!read) r.referenceOnly = true;
    const description = resourceDescription(str(b.item?.node.description), str(b.list?.node.description));
    if (description) r.description = description;
    const titles: NonNullable<Resource['titles']> = {};
    const single = titleOf(b.item);
    const list = titleOf(b.list);
    if (single) titles.single = single;
    if (list) titles.list = list;
    if (single || list) r.titles = titles;
    if ((b.item?.node.deprecated === true || !b.item) && (b.list?.node.deprecated === true || !b.list) && read) r.deprecated = true;
    if (b.create) {
      const shape = readInputShape(b.create, refs);
      if (shape) r.create = shape;
      else refs.warn(childPointer(b.create.pointer, 'requestBody'), 'create request body has no readable resource object');
    }
    if (b.update) {
      const shape = readInputShape(b.update, refs);
      if (shape) r.update = shape;
      else refs.warn(childPointer(b.update.pointer, 'requestBody'), 'update request body has no readable resource object');
    }
  }

  // Types known only from sub-resource responses get their shape from there.
  for (const [type, models] of [...extraModels.entries()].sort()) {
    if (resources[type]) continue;
    const { attributes, relationships } = mergeModels(models);
    resources[type] = referenceResource(type, attributes, relationships);
  }

  const model: ResourceModel = {
    title: str(info.title) ?? '',
    basePath,
    headers: [...headers].sort(),
    resources: {},
    warnings,
  };
  for (const type of Object.keys(resources).sort()) model.resources[type] = resources[type]!;
  addReferencedTargets(model);
  // Stock Oro's polymorphic targets first, so the project config (applied next) wins.
  applyKnownPolymorphicTargets(model);
  return options.config ? applySchemaConfig(model, options.config, options.view) : model;
}

/** A type with no routes in this spec, known only as a relationship target (METADATA §2.12). */
export function referenceResource(type: string, attributes: Attribute[] = [], relationships: Relationship[] = []): Resource {
  return {
    type,
    idType: 'string',
    actions: [],
    attributes,
    relationships,
    filters: [],
    sortableFields: [],
    paging: false,
    include: false,
    fieldsets: false,
    meta: false,
    referenceOnly: true,
  };
}

/** Adds a reference-only resource for every relationship target that has none (mutates, keeps order). */
export function addReferencedTargets(model: ResourceModel): void {
  const missing = new Set<string>();
  for (const r of Object.values(model.resources)) {
    for (const rel of r.relationships) for (const t of rel.targets) if (!model.resources[t]) missing.add(t);
  }
  if (missing.size === 0) return;
  const all = { ...model.resources };
  for (const t of missing) all[t] = referenceResource(t);
  model.resources = {};
  for (const type of Object.keys(all).sort()) model.resources[type] = all[type]!;
}
