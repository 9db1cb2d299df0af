import { ComponentStore } from './componentStore.ts';
import { filtersOf, sortersOf } from '../registry/filterRules.ts';
import type { EffectiveFilter } from '../registry/filterRules.ts';
import { getView } from '../registry/views.ts';
import type { ApiView, AttributeDef, EmuDataType, FilterOperator, RelationshipDef, ResourceDef, ViewDef } from '../registry/types.ts';

type Json = Record<string, unknown>;
type Variant = 'response' | 'create' | 'update';

const MEDIA = 'application/vnd.api+json';
const READ_ONLY_NOTE = '<p><strong>The read-only field. A passed value will be ignored.</strong></p>';
const OPERATOR_ORDER: FilterOperator[] = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'exists', 'neq_or_null', 'contains', 'not_contains', 'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with', 'empty'];
const DATETIME_PATTERN = '\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2})?(:\\d{2})?(\\.\\d{2})?(Z|([-+]\\d{2}(:?\\d{2})?))?)?)?)?';
const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2}?)?)?';
const TIME_PATTERN = '\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?)?)?';
const INT_RANGE = '-?\\d+\\.\\.-?\\d+';
const NUM_RANGE = '-?\\d*\\.?\\d+\\.\\.-?\\d*\\.?\\d+';

/** Named scalar schemas exactly as Oro's generator writes them (METADATA §2.6). */
const NAMED_SCALARS: Record<string, Json> = {
  datetime: { type: 'string', format: 'datetime', pattern: DATETIME_PATTERN },
  date: { type: 'string', format: 'date', pattern: DATE_PATTERN },
  time: { type: 'string', format: 'time', pattern: TIME_PATTERN },
  bigint: { type: 'string', format: 'bigint', pattern: '-?\\d+' },
  currency: { type: 'string', format: 'currency' },
  text: { type: 'string', format: 'text' },
  object: { type: 'object', additionalProperties: true },
  scalarArray: { type: 'array', items: { type: 'string' } },
};

const pascal = (s: string): string => s.split(/[_.\-\s]+/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');

/**
 * Builds the OpenAPI 3.1 document of one view the way Oro's `oro:api:doc:open-api:dump` does
 * (METADATA §2): JSON:API document models per resource, numbered create/update variants,
 * content-addressed component names, one parameter per filter operator, `Allowed fields:` in
 * the sort description, error responses `err<status>_<n>` with the `failure` schema.
 */
export function buildOpenApiDocument(view: ApiView): Record<string, unknown> {
  return new DocumentBuilder(getView(view)).build();
}

class DocumentBuilder {
  private readonly c = new ComponentStore();
  private readonly paths: Record<string, Json> = {};

  constructor(private readonly view: ViewDef) {}

  build(): Json {
    this.common();
    const types = [...this.view.resources.keys()].sort();
    for (const type of types) this.resource(this.view.resources.get(type)!);
    const sortedPaths = Object.fromEntries(Object.keys(this.paths).sort().map((k) => [k, this.paths[k]]));
    const info: Json = { title: this.view.title, description: '[The documentation](https://doc.oroinc.com/api/)', version: '0.0.0' };
    return { openapi: '3.1.0', info, paths: sortedPaths, components: this.c.sections };
  }

  // ---- shared components -------------------------------------------------------------------
  private common(): void {
    const ref = (n: string): Json => this.c.ref('schemas', n);
    const s = (n: string, v: Json): void => void this.c.fixed('schemas', n, v);
    s('meta', { type: 'object', additionalProperties: true });
    s('link', { type: 'object', oneOf: [
      { description: 'A string containing the link’s URL', type: 'string', format: 'uri-reference' },
      { required: ['href'], properties: { href: { description: 'A string containing the link’s URL.', type: 'string', format: 'uri-reference' }, meta: ref('meta') }, type: 'object' },
    ] });
    s('links', { type: 'object', additionalProperties: ref('link') });
    s('error', { properties: {
      id: { description: 'A unique identifier for this particular occurrence of the problem.', type: 'string' },
      status: { description: 'The HTTP status code applicable to this problem.', type: 'string' },
      code: { description: 'An application-specific error code.', type: 'string' },
      title: { description: 'A short, human-readable summary of the problem that is not changed from occurrence to occurrence of the problem.', type: 'string' },
      detail: { description: 'A human-readable explanation specific to this occurrence of the problem.', type: 'string' },
      source: { description: 'An object containing references to the source of the error.', properties: {
        pointer: { description: 'A [JSON Pointer](https://tools.ietf.org/html/rfc6901) to the associated entity in the request document (e.g. `/data` for a primary data object, or `/data/attributes/title` for a specific attribute).', type: 'string' },
        parameter: { description: 'A string indicating which URI query parameter caused the error.', type: 'string' },
      }, type: 'object' },
      links: ref('links'), meta: ref('meta'),
    }, type: 'object' });
    s('errors', { type: 'array', items: ref('error'), uniqueItems: true });
    s('failure', { required: ['errors'], properties: { errors: ref('errors'), links: ref('links'), meta: ref('meta') }, type: 'object' });
    s('relationshipModel', { required: ['data'], properties: { data: ref('relationshipDataModel'), links: ref('linksForRelationshipToOne'), meta: ref('meta') }, type: 'object' });
    s('relationshipDataModel', { required: ['type', 'id'], properties: { type: { description: 'The type of an entity.', type: 'string' }, id: { description: 'The unique identifier of a resource.', type: 'string' }, links: ref('linksForDataModel'), meta: ref('meta') }, type: 'object' });
    s('linksForDataModel', { properties: { self: { ...ref('link'), description: 'A link for the resource itself.' } }, type: 'object', additionalProperties: ref('link') });
    s('linksForRelationshipToOne', { properties: { self: { ...ref('link'), description: 'A link for the relationship itself.' }, related: { ...ref('link'), description: 'A link provides access to resource object linked in the relationship.' } }, type: 'object', additionalProperties: ref('link') });
    s('relationshipCollectionModel', { required: ['data'], properties: { data: { type: 'array', items: ref('relationshipDataModel') }, links: ref('linksForRelationshipToMany'), meta: ref('meta') }, type: 'object' });
    s('linksForRelationshipToMany', { properties: { self: { ...ref('link'), description: 'A link for the relationship itself.' }, related: { ...ref('link'), description: 'A link provides access to resource objects linked in the relationship.' } }, type: 'object', additionalProperties: ref('link') });
    s('linksForTopLevelItem', { properties: { self: { ...ref('link'), description: 'A link for the resource itself.' } }, type: 'object', additionalProperties: ref('link') });
    s('linksForTopLevelCollection', { properties: {
      self: { ...ref('link'), description: 'A link for the resource itself.' }, first: { ...ref('link'), description: 'A link for the first page of data.' },
      last: { ...ref('link'), description: 'A link for the last page of data.' }, prev: { ...ref('link'), description: 'A link for the previous page of data.' },
      next: { ...ref('link'), description: 'A link for the next page of data.' },
    }, type: 'object', additionalProperties: ref('link') });
    s('objectArray', { type: 'array', items: ref('object') });
    this.c.fixed('schemas', 'object', NAMED_SCALARS.object);
    this.c.add('headers', 'xIncludeTotalCount', { description: 'The total number of entities. Returned when the total count was requested by "X-Include: totalCount" request header.', schema: { type: 'integer' } });
    this.c.add('headers', 'location', { description: 'The URL of a newly created API resource.', schema: { type: 'string' } });
    this.c.add('headers', 'xIncludeDeletedCount', { description: 'The total number of deleted entities. Returned when the total count was requested by "X-Include: deletedCount" request header.', schema: { type: 'integer' } });
  }

  private schemaRef(name: string): Json {
    return this.c.ref('schemas', name);
  }

  private named(name: string): Json {
    if (NAMED_SCALARS[name]) this.c.fixed('schemas', name, NAMED_SCALARS[name]);
    if (name === 'stringArray') this.c.fixed('schemas', 'stringArray', { type: 'array', items: { type: 'string' } });
    if (name === 'objectArray') return this.schemaRef('objectArray');
    return this.schemaRef(name);
  }

  private attributeSchema(t: EmuDataType): Json {
    switch (t) {
      case 'string': return { type: 'string' };
      case 'integer': return { type: 'integer' };
      case 'boolean': return { type: 'boolean' };
      case 'float': case 'decimal': case 'money': case 'percent': return { type: 'number' };
      case 'objectArray': return this.named('objectArray');
      default: return this.named(t);
    }
  }

  // ---- models ------------------------------------------------------------------------------
  private linkage(target: string | null): string {
    if (target === null) {
      return this.c.add('schemas', 'linkage', { description: 'A linkage to a resource.', required: ['type', 'id'], properties: { type: { description: 'The type of an entity.', type: 'string' }, id: { type: 'string' }, meta: this.schemaRef('meta') }, type: 'object' });
    }
    return this.c.add('schemas', `${target}Linkage`, { description: `A linkage to "${target}" resource.`, required: ['type', 'id'], properties: { type: { description: 'The type of an entity.', type: 'string', enum: [target] }, id: { type: 'string' }, meta: this.schemaRef('meta') }, type: 'object' });
  }

  private relationshipSchema(rel: RelationshipDef): string {
    const target = rel.polymorphic ? null : rel.targets[0]!;
    const linkage = this.schemaRef(this.linkage(target));
    if (rel.toMany) {
      return this.c.add('schemas', target ? `${target}RelationshipToMany` : 'relationshipToMany', {
        description: target ? `A to-many relationship to "${target}" resource.` : 'A to-many relationship to a resource.',
        required: ['data'], properties: { data: { type: 'array', items: linkage, uniqueItems: true }, links: this.schemaRef('linksForRelationshipToMany'), meta: this.schemaRef('meta') }, type: 'object',
      });
    }
    return this.c.add('schemas', target ? `${target}RelationshipToOne` : 'relationshipToOne', {
      description: target ? `A to-one relationship to "${target}" resource.` : 'A to-one relationship to a resource.',
      required: ['data'], properties: { data: { oneOf: [linkage, { type: 'null' }], type: 'object' }, links: this.schemaRef('linksForRelationshipToOne'), meta: this.schemaRef('meta') }, type: 'object',
    });
  }

  private describe(description: string | undefined, readOnly: boolean, variant: Variant): string | undefined {
    if (!readOnly || variant === 'response') return description;
    return description ? `<p>${description}</p>${READ_ONLY_NOTE}` : READ_ONLY_NOTE;
  }

  /** `{type}DataModel` (or a numbered variant); returns its component name. */
  private dataModel(r: ResourceDef, variant: Variant): string {
    const idGenerated = r.idType === 'integer';
    const idReadOnly = variant === 'create' && idGenerated;
    const attrs = [...r.attributes].sort((a, b) => (a.name < b.name ? -1 : 1));
    const rels = [...r.relationships].sort((a, b) => (a.name < b.name ? -1 : 1));
    const props: Json = {
      type: { description: 'The type of an entity.', type: 'string', enum: [r.type] },
      id: { description: idReadOnly ? `<p>The unique identifier of a resource.</p>${READ_ONLY_NOTE}` : 'The unique identifier of a resource.', type: 'string' },
    };
    if (attrs.length > 0) {
      const required = attrs.filter((a) => a.required && (variant === 'response' || !a.readOnly)).map((a) => a.name);
      props.attributes = { ...(required.length ? { required } : {}), properties: Object.fromEntries(attrs.map((a) => [a.name, this.attributeProperty(a, variant)])), type: 'object' };
    }
    if (rels.length > 0) {
      const required = rels.filter((x) => x.required && (variant === 'response' || !x.readOnly)).map((x) => x.name);
      props.relationships = { ...(required.length ? { required } : {}), properties: Object.fromEntries(rels.map((x) => {
        const d = this.describe(x.description, x.readOnly, variant);
        return [x.name, { ...this.schemaRef(this.relationshipSchema(x)), ...(d ? { description: d } : {}) }];
      })), type: 'object' };
    }
    props.links = this.schemaRef('linksForDataModel');
    props.meta = this.schemaRef('meta');
    const required = variant === 'create' && idGenerated ? ['type'] : ['type', 'id'];
    return this.c.add('schemas', `${r.type}DataModel`, { required, properties: props, type: 'object' }, 'beforeModel');
  }

  private attributeProperty(a: AttributeDef, variant: Variant): Json {
    const d = this.describe(a.description, a.readOnly, variant);
    return { ...this.attributeSchema(a.dataType), ...(d ? { description: d } : {}) };
  }

  private documentModel(dataModel: string, collection: boolean): string {
    const base = dataModel.replace(/DataModel$/, '');
    const data = collection ? { type: 'array', items: this.schemaRef(dataModel) } : this.schemaRef(dataModel);
    const name = collection ? `${base}CollectionModel` : `${base}Model`;
    return this.c.add('schemas', name, { required: ['data'], properties: { data, links: this.schemaRef(collection ? 'linksForTopLevelCollection' : 'linksForTopLevelItem'), meta: this.schemaRef('meta'), included: this.schemaRef('objectArray') }, type: 'object' }, 'beforeModel');
  }

  private response(name: string, description: string, schema: string | null, headers: Record<string, string> = {}): Json {
    const content: Json = {
      description,
      ...(Object.keys(headers).length ? { headers: Object.fromEntries(Object.entries(headers).map(([h, n]) => [h, this.c.ref('headers', n)])) } : {}),
      ...(schema ? { content: { [MEDIA]: { schema: this.schemaRef(schema) } } } : {}),
    };
    return this.c.ref('responses', this.c.add('responses', name, content, name.startsWith('err') ? 'errors' : 'suffix'));
  }

  private err(status: number, description: string): Json {
    return this.response(`err${status}`, description, 'failure');
  }

  // ---- parameters --------------------------------------------------------------------------
  private param(name: string, content: Json): Json {
    return this.c.ref('parameters', this.c.add('parameters', name, content));
  }

  private header(name: string, example?: string): Json {
    const key = name === 'X-Localization-ID' ? 'xLocalizationID' : name[0]!.toLowerCase() + pascal(name).slice(1);
    return this.param(key, { name, in: 'header', schema: { type: 'string' }, ...(example ? { example } : {}) });
  }

  private headerParams(xInclude: string | null, write: boolean): Json[] {
    const out: Json[] = [];
    const sf = this.view.view === 'storefront';
    if (sf) out.push(this.header('X-Localization-ID'));
    out.push(this.param('accept', { name: 'Accept', in: 'header', schema: { type: 'string' }, example: MEDIA }));
    if (write) out.push(this.param('contentType', { name: 'Content-Type', in: 'header', schema: { type: 'string' }, example: MEDIA }));
    if (xInclude) out.push(this.header('X-Include', xInclude));
    if (sf) out.push(this.header('X-Currency'));
    return out;
  }

  private idParam(r: ResourceDef): Json {
    return this.param('id', { name: 'id', in: 'path', description: 'The unique identifier of a resource.', required: true, schema: { type: r.idType } });
  }

  private valueSchema(f: EffectiveFilter): Json {
    const t = f.valueType;
    const base = this.attributeSchema(t);
    if (!f.allowArray && !f.allowRange) return base;
    const arrayName = this.c.add('schemas', `${t}Array`, { type: 'array', items: base });
    const parts: Json[] = [base, this.schemaRef(arrayName)];
    let name = `${t}UnionArray`;
    if (f.allowRange) {
      const pattern = t === 'datetime' ? `${DATETIME_PATTERN}\\.\\.${DATETIME_PATTERN}` : t === 'date' ? `${DATE_PATTERN}\\.\\.${DATE_PATTERN}` : t === 'time' ? `${TIME_PATTERN}\\.\\.${TIME_PATTERN}` : t === 'integer' || t === 'bigint' ? INT_RANGE : NUM_RANGE;
      parts.push(this.schemaRef(this.c.add('schemas', `${t}Range`, { type: 'string', pattern })));
      name = `${t}UnionArrayRange`;
    }
    return this.schemaRef(this.c.add('schemas', name, { oneOf: parts }));
  }

  private filterParams(r: ResourceDef): Json[] {
    const out: Json[] = [];
    for (const f of filtersOf(this.view, r).values()) {
      const description = f.kind === 'id' ? 'Filter records by the identifier field' : `Filter records by '${f.key}' ${f.kind === 'relationship' ? 'relationship' : 'field'}.`;
      const ops = OPERATOR_ORDER.filter((o) => f.operators.includes(o));
      const schemaFor = (op: FilterOperator | null): Json => (op === 'exists' || op === 'empty' ? { type: 'boolean' } : this.valueSchema(f));
      const key = `filter${pascal(f.key)}`;
      if (ops.includes('eq') || ops.length === 0) out.push(this.param(key, { name: `filter[${f.key}]`, in: 'query', description, schema: schemaFor(null) }));
      if (ops.length === 1 && ops[0] === 'eq') continue;
      for (const op of ops) out.push(this.param(`${key}${pascal(op)}`, { name: `filter[${f.key}][${op}]`, in: 'query', description, schema: schemaFor(op) }));
    }
    return out;
  }

  private fieldsParams(r: ResourceDef): Json[] {
    const types = new Set<string>([r.type]);
    for (const rel of r.relationships) for (const t of rel.targets) if (this.view.resources.has(t)) types.add(t);
    return [...types].sort().map((t) => this.param(`fields${pascal(t)}`, { name: `fields[${t}]`, in: 'query', description: `A list of fields of '${t}' entity that will be returned in the response.`, schema: { type: 'string' } }));
  }

  private readParams(r: ResourceDef, list: boolean): Json[] {
    const out = this.fieldsParams(r);
    if (r.relationships.length > 0) out.push(this.param('include', { name: 'include', in: 'query', description: "A list of related entities to be included. Comma-separated paths, e.g. 'comments,comments.author'.", schema: { type: 'string' } }));
    out.push(this.param('meta', { name: 'meta', in: 'query', description: 'A list of meta properties to be returned. Comma-separated names.', schema: { type: 'string' } }));
    if (list) out.push(...this.pagingAndSort(r));
    return out;
  }

  private pagingAndSort(r: ResourceDef): Json[] {
    const out: Json[] = [];
    if (r.paging) {
      const unsigned = this.c.add('schemas', 'unsignedInteger_1', { type: 'integer', default: 1, minimum: 0 });
      out.push(this.param('pageNumber', { name: 'page[number]', in: 'query', description: 'The page number, starting from 1.', schema: this.schemaRef(unsigned) }));
      out.push(this.param('pageSize', { name: 'page[size]', in: 'query', description: 'The number of records per page.', schema: { type: 'integer', default: 10 } }));
    }
    const sorters = sortersOf(r);
    if (sorters.length > 0) {
      const orderBy = this.c.add('schemas', `orderBy_${r.defaultSort}`, { type: 'string', format: 'orderBy', default: r.defaultSort, pattern: '-?[\\w\\.]+(,-?[\\w\\.]+)*' });
      out.push(this.param('sort', { name: 'sort', in: 'query', description: `Result sorting. Comma-separated fields, e.g. 'field1,-field2'. Allowed fields: ${sorters.join(', ')}.`, schema: this.schemaRef(orderBy) }));
    }
    return out;
  }

  // ---- operations --------------------------------------------------------------------------
  private op(r: ResourceDef, summary: string, description: string, operationId: string, parameters: Json[], responses: Json, requestBody?: string): Json {
    return {
      tags: [r.type], summary, description, operationId, parameters,
      ...(requestBody ? { requestBody: this.c.ref('requestBodies', this.c.add('requestBodies', requestBody, { content: { [MEDIA]: { schema: this.schemaRef(requestBody) } } })) } : {}),
      responses,
    };
  }

  private options(r: ResourceDef, operationId: string, withId: boolean): Json {
    return this.op(r, 'Get options', 'Get communication options for a resource', operationId, [...this.headerParams(null, false).filter((p) => String(p.$ref).endsWith('/accept')), ...(withId ? [this.idParam(r)] : [])], {
      200: this.response('empty', 'Returned when successful', null), 400: this.err(400, 'Returned when the request data is not valid'),
      404: this.err(404, 'Returned when the entity is not found'), 500: this.err(500, 'Returned when an unexpected error occurs'),
    });
  }

  private resource(r: ResourceDef): void {
    const base = `${this.view.basePath}/${r.type}`;
    const has = (a: string): boolean => r.actions.includes(a as never);
    const e500 = (): Json => this.err(500, 'Returned when an unexpected error occurs');
    const responseData = this.dataModel(r, 'response');
    const single = this.documentModel(responseData, false);
    const collection = this.documentModel(responseData, true);
    const createData = has('create') || has('update_list') ? this.dataModel(r, 'create') : null;
    const createDoc = createData ? this.documentModel(createData, false) : null;
    const updateData = has('update') || has('update_list') ? this.dataModel(r, 'update') : null;
    const updateDoc = updateData ? this.documentModel(updateData, false) : null;
    const total = { 'X-Include-Total-Count': 'xIncludeTotalCount' };

    const list: Json = {};
    if (has('get_list')) {
      list.get = this.op(r, `Get ${r.label[1]}`, r.description ? `<p>Retrieve a collection of ${r.label[0].toLowerCase()} records.</p><p>${r.description}</p>` : 'Get a list of entities', `${r.type}-get`, [...this.headerParams('totalCount', false), ...this.filterParams(r), ...this.readParams(r, true)], {
        200: this.response(collection, 'Returned when successful', collection, total), 403: this.err(403, 'Returned when no permissions to get the entities'), 500: e500(),
      });
    }
    if (has('create') && createDoc) {
      list.post = this.op(r, `Create ${r.label[0]}`, 'Create an entity', `${r.type}-post`, [...this.headerParams('noHateoas', true), ...this.readParams(r, false)], {
        200: this.response(single, 'Returned when the entity was successfully updated', single, { Location: 'location' }),
        201: this.response(single, 'Returned when the entity was successfully created', single, { Location: 'location' }),
        400: this.err(400, 'Returned when the request data is not valid'), 403: this.err(403, 'Returned when no permissions to create the entity'),
        409: this.err(409, "Returned when the specified entity type does not match the server's endpoint"), 500: e500(),
      }, createDoc);
    }
    if (has('update_list') && createData && updateData) {
      const bodyName = this.c.add('schemas', `${r.type}UpdateListModel`, { required: ['data'], properties: { data: { type: 'array', items: { oneOf: [this.schemaRef(createData), this.schemaRef(updateData)] } }, included: this.schemaRef('objectArray') }, type: 'object' });
      list.patch = this.op(r, `Create or update a list of ${r.label[1]}`, 'Create or update a list of entities', `${r.type}-patch`, [...this.headerParams(null, true), this.param('xMode', { name: 'X-Mode', in: 'header', schema: { type: 'string' }, example: 'sync' })], {
        202: this.response('empty', 'Returned when the operation was accepted', null), 400: this.err(400, 'Returned when the request data is not valid'),
        403: this.err(403, 'Returned when no permissions to update the entities'), 500: e500(),
      }, bodyName);
    }
    if (has('delete_list')) {
      list.delete = this.op(r, `Delete ${r.label[1]}`, 'Delete a list of entities<p><strong>Note:</strong> The maximum number of records this endpoint can delete at a time is 100.</p>', `${r.type}-delete`, [...this.headerParams('deletedCount', true), ...this.filterParams(r)], {
        204: this.response('empty', 'Returned when the entities successfully deleted', null, { ...total, 'X-Include-Deleted-Count': 'xIncludeDeletedCount' }),
        403: this.err(403, 'Returned when no permissions to delete the entities'), 500: e500(),
      });
    }
    if (Object.keys(list).length > 0) this.paths[base] = { ...list, options: this.options(r, `${r.type}-options`, false) };

    const item: Json = {};
    if (has('get')) {
      item.get = this.op(r, `Get ${r.label[0]}`, r.description ? `<p>Retrieve a specific ${r.label[0].toLowerCase()} record.</p><p>${r.description}</p>` : 'Get an entity', `${r.type}-id-get`, [...this.headerParams('noHateoas', false), this.idParam(r), ...this.readParams(r, false)], {
        200: this.response(single, 'Returned when successful', single), 403: this.err(403, 'Returned when no permissions to get the entity'),
        404: this.err(404, 'Returned when the entity is not found'), 500: e500(),
      });
    }
    if (has('delete')) {
      item.delete = this.op(r, `Delete ${r.label[0]}`, 'Delete an entity', `${r.type}-id-delete`, [...this.headerParams(null, true), this.idParam(r)], {
        204: this.response('empty', 'Returned when the entity successfully deleted', null), 403: this.err(403, 'Returned when no permissions to delete the entity'),
        404: this.err(404, 'Returned when the entity is not found'), 500: e500(),
      });
    }
    if (Object.keys(item).length > 0 || has('update')) item.options = this.options(r, `${r.type}-id-options`, true);
    if (has('update') && updateDoc) {
      item.patch = this.op(r, `Update ${r.label[0]}`, 'Update an entity', `${r.type}-id-patch`, [...this.headerParams('noHateoas', true), this.idParam(r), ...this.readParams(r, false)], {
        200: this.response(single, 'Returned when the entity was successfully updated', single), 201: this.response(single, 'Returned when the entity was successfully created', single),
        400: this.err(400, 'Returned when the request data is not valid'), 403: this.err(403, 'Returned when no permissions to update the entity'),
        404: this.err(404, 'Returned when the entity is not found'), 409: this.err(409, "Returned when the specified entity type and identifier do not match the server's endpoint"), 500: e500(),
      }, updateDoc);
    }
    if (Object.keys(item).length > 0) this.paths[`${base}/{id}`] = item;

    for (const rel of r.relationships) this.association(r, rel, base);
  }

  private association(r: ResourceDef, rel: RelationshipDef, base: string): void {
    const has = (a: string): boolean => r.actions.includes(a as never);
    const e500 = (): Json => this.err(500, 'Returned when an unexpected error occurs');
    const total = { 'X-Include-Total-Count': 'xIncludeTotalCount' };
    const targetDef = rel.polymorphic ? undefined : this.view.resources.get(rel.targets[0]!);
    if (rel.subresource && has('get_subresource')) {
      let model: string;
      let params: Json[];
      if (targetDef) {
        const data = this.dataModel(targetDef, 'response');
        model = this.documentModel(data, rel.toMany);
        params = [...(rel.toMany ? this.filterParams(targetDef) : []), ...this.readParams(targetDef, rel.toMany)];
      } else {
        const suffix = `${r.type}SubresourceFor${pascal(rel.name)}`;
        const data = this.c.add('schemas', `${suffix}DataModel`, { required: ['type', 'id'], properties: { type: { description: 'The type of an entity.', type: 'string' }, id: { description: 'The unique identifier of a resource.', type: 'string' }, attributes: { type: 'object', additionalProperties: true }, relationships: { type: 'object', additionalProperties: true }, links: this.schemaRef('linksForDataModel'), meta: this.schemaRef('meta') }, type: 'object' }, 'beforeModel');
        model = this.documentModel(data, rel.toMany);
        params = rel.targets.filter((t) => this.view.resources.has(t)).sort().map((t) => this.param(`fields${pascal(t)}`, { name: `fields[${t}]`, in: 'query', description: `A list of fields of '${t}' entity that will be returned in the response.`, schema: { type: 'string' } }));
        params.push(this.param('include', { name: 'include', in: 'query', description: "A list of related entities to be included. Comma-separated paths, e.g. 'comments,comments.author'.", schema: { type: 'string' } }));
        params.push(this.param('meta', { name: 'meta', in: 'query', description: 'A list of meta properties to be returned. Comma-separated names.', schema: { type: 'string' } }));
      }
      this.paths[`${base}/{id}/${rel.name}`] = {
        get: this.op(r, `Get ${rel.name}`, rel.toMany ? 'Get a list of related entities' : 'Get a related entity', `${r.type}-id-${rel.name}-get`, [...this.headerParams('totalCount', false), this.idParam(r), ...params], {
          200: this.response(model, 'Returned when successful', model, total), 403: this.err(403, 'Returned when no permissions to get the entities'),
          404: this.err(404, 'Returned when the parent entity does not exist'), 500: e500(),
        }),
        options: this.options(r, `${r.type}-id-${rel.name}-options`, true),
      };
    }
    if (rel.relationshipRoute && has('get_relationship')) {
      const suffix = `${r.type}RelationshipFor${pascal(rel.name)}`;
      const typeProp: Json = { description: 'The type of an entity.', type: 'string', ...(rel.polymorphic ? {} : { enum: [rel.targets[0]] }) };
      const data = this.c.add('schemas', `${suffix}DataModel`, { required: ['type', 'id'], properties: { type: typeProp, id: { description: 'The unique identifier of a resource.', type: 'string' }, links: this.schemaRef('linksForDataModel'), meta: this.schemaRef('meta') }, type: 'object' }, 'beforeModel');
      const model = this.c.add('schemas', `${suffix}Model`, { required: ['data'], properties: { data: rel.toMany ? { type: 'array', items: this.schemaRef(data) } : this.schemaRef(data), links: this.schemaRef(rel.toMany ? 'linksForRelationshipToMany' : 'linksForRelationshipToOne'), meta: this.schemaRef('meta') }, type: 'object' }, 'beforeModel');
      const path: Json = {
        get: this.op(r, `Get "${rel.name}" relationship`, 'Get the relationship data', `${r.type}-id-relationships-${rel.name}-get`, [...this.headerParams('totalCount', false), this.idParam(r), ...(rel.toMany && targetDef?.paging !== false ? this.pagingAndSort({ ...(targetDef ?? r), sorting: false }) : [])], {
          200: this.response(model, 'Returned when successful', model, total), 403: this.err(403, 'Returned when no permissions to get the entities'),
          404: this.err(404, 'Returned when the parent entity of the relationship does not exist'), 500: e500(),
        }),
        options: this.options(r, `${r.type}-id-relationships-${rel.name}-options`, true),
      };
      const write = (method: string, action: string, summary: string, description: string): void => {
        if (!has(action) || rel.readOnly) return;
        path[method] = this.op(r, summary, description, `${r.type}-id-relationships-${rel.name}-${method}`, [...this.headerParams(null, true), this.idParam(r)], {
          204: this.response('empty', 'Returned when an update of the relationship is successful', null), 403: this.err(403, 'Returned when no permissions to update the relationship'), 500: e500(),
        }, model);
      };
      write('patch', 'update_relationship', `Update "${rel.name}" relationship`, 'Update the relationship');
      if (rel.toMany) {
        write('post', 'add_relationship', `Add members to "${rel.name}" relationship`, 'Add members to the relationship');
        write('delete', 'delete_relationship', `Delete members from "${rel.name}" relationship`, 'Delete members from the relationship');
      }
      this.paths[`${base}/{id}/relationships/${rel.name}`] = path;
    }
  }
}
