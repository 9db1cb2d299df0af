/**
 * Builds small OpenAPI documents in the shape Oro's generator writes (METADATA §2): components
 * reached through `$ref`, `{type}DataModel` resource objects, `XRelationshipToOne/ToMany` with
 * linkage enums, one `filter[...]` parameter per operator, "Allowed fields:" in the sort prose.
 * Component names are deliberately meaningless (`s1`, `p7`) so a reader that guesses from
 * names fails.
 */
export interface SynthAttribute {
  name: string;
  schema: Record<string, unknown>;
  required?: boolean;
  description?: string;
}

export interface SynthRelationship {
  name: string;
  /** Undefined: polymorphic (generic linkage without a type enum). */
  target?: string;
  toMany?: boolean;
  required?: boolean;
  description?: string;
}

export interface SynthFilter {
  key: string;
  /** `eq` means the bare `filter[key]` form. */
  operators: string[];
  value: Record<string, unknown>;
  kind?: 'field' | 'relationship' | 'id';
}

export interface SynthResource {
  type: string;
  attributes?: SynthAttribute[];
  relationships?: SynthRelationship[];
  filters?: SynthFilter[];
  sort?: string[];
  paging?: boolean;
  list?: boolean;
  item?: boolean;
  create?: { readOnly?: string[]; required?: string[] };
  subresources?: string[];
}

export function syntheticSpec(resources: SynthResource[], options: { basePath?: string; title?: string } = {}): Record<string, unknown> {
  const base = options.basePath ?? '/admin/api';
  const schemas: Record<string, unknown> = {};
  const parameters: Record<string, unknown> = {};
  const responses: Record<string, unknown> = {};
  const requestBodies: Record<string, unknown> = {};
  let n = 0;
  const add = (section: Record<string, unknown>, content: unknown) => {
    const name = `c${++n}`;
    section[name] = content;
    return name;
  };
  const sref = (content: unknown) => ({ $ref: `#/components/schemas/${add(schemas, content)}` });
  const paths: Record<string, Record<string, unknown>> = {};

  const dataModel = (r: SynthResource, variant: 'response' | 'create') => {
    const attrs: Record<string, unknown> = {};
    for (const a of r.attributes ?? []) {
      const ro = variant === 'create' && r.create?.readOnly?.includes(a.name);
      const description = ro ? `<p>${a.description ?? ''}</p><p><strong>The read-only field. A passed value will be ignored.</strong></p>` : a.description;
      attrs[a.name] = { ...sref(a.schema), ...(description ? { description } : {}) };
    }
    const rels: Record<string, unknown> = {};
    for (const rel of r.relationships ?? []) {
      const linkage = sref({ required: ['type', 'id'], properties: { type: rel.target ? { type: 'string', enum: [rel.target] } : { type: 'string' }, id: { type: 'string' } }, type: 'object' });
      const data = rel.toMany ? { type: 'array', items: linkage, uniqueItems: true } : { oneOf: [linkage, { type: 'null' }], type: 'object' };
      rels[rel.name] = { ...sref({ required: ['data'], properties: { data }, type: 'object' }), ...(rel.description ? { description: rel.description } : {}) };
    }
    const requiredOf = (items: Array<{ name: string; required?: boolean }>) => {
      const names = items.filter((i) => (variant === 'create' ? r.create?.required?.includes(i.name) : i.required)).map((i) => i.name);
      return names.length ? { required: names } : {};
    };
    return sref({
      required: variant === 'create' ? ['type'] : ['type', 'id'],
      properties: {
        type: { type: 'string', enum: [r.type] },
        id: { type: 'string' },
        attributes: { ...requiredOf(r.attributes ?? []), properties: attrs, type: 'object' },
        relationships: { ...requiredOf(r.relationships ?? []), properties: rels, type: 'object' },
      },
      type: 'object',
    });
  };
  const response = (data: unknown) => ({ $ref: `#/components/responses/${add(responses, { description: 'Returned when successful', content: { 'application/vnd.api+json': { schema: sref({ required: ['data'], properties: { data }, type: 'object' }) } } })}` });
  const param = (content: unknown) => ({ $ref: `#/components/parameters/${add(parameters, content)}` });

  for (const r of resources) {
    const model = dataModel(r, 'response');
    const idParam = param({ name: 'id', in: 'path', required: true, schema: { type: 'integer' } });
    if (r.list !== false) {
      const params: unknown[] = [param({ name: 'Accept', in: 'header', schema: { type: 'string' } })];
      for (const f of r.filters ?? []) {
        const kind = f.kind ?? (f.key === 'id' ? 'id' : 'field');
        const description = kind === 'id' ? 'Filter records by the identifier field' : `Filter records by '${f.key}' ${kind}.`;
        const valueRef = sref(f.value);
        for (const op of f.operators) {
          const name = op === 'eq' ? `filter[${f.key.split('.').join('][')}]` : `filter[${f.key.split('.').join('][')}][${op}]`;
          params.push(param({ name, in: 'query', description, schema: op === 'exists' || op === 'empty' ? { type: 'boolean' } : valueRef }));
        }
      }
      if (r.paging !== false) {
        params.push(param({ name: 'page[number]', in: 'query', schema: { type: 'integer', default: 1, minimum: 0 } }));
        params.push(param({ name: 'page[size]', in: 'query', schema: { type: 'integer', default: 10 } }));
      }
      if (r.sort) {
        params.push(param({ name: 'sort', in: 'query', description: `Result sorting. Comma-separated fields, e.g. 'field1,-field2'. Allowed fields: ${r.sort.join(', ')}.`, schema: sref({ type: 'string', default: 'id' }) }));
      }
      params.push(param({ name: 'include', in: 'query', schema: { type: 'string' } }));
      params.push(param({ name: `fields[${r.type}]`, in: 'query', schema: { type: 'string' } }));
      const collection: Record<string, unknown> = { get: { tags: [r.type], operationId: `${r.type}-get`, parameters: params, responses: { '200': response({ type: 'array', items: model }) } } };
      if (r.create) {
        const body = { $ref: `#/components/requestBodies/${add(requestBodies, { content: { 'application/vnd.api+json': { schema: sref({ required: ['data'], properties: { data: dataModel(r, 'create') }, type: 'object' }) } } })}` };
        collection.post = { tags: [r.type], operationId: `${r.type}-post`, requestBody: body, responses: { '201': response(model) } };
      }
      paths[`${base}/${r.type}`] = collection;
    }
    if (r.item !== false) {
      paths[`${base}/${r.type}/{id}`] = { get: { tags: [r.type], operationId: `${r.type}-id-get`, parameters: [idParam], responses: { '200': response(model) } } };
    }
    for (const assoc of r.subresources ?? []) {
      const rel = r.relationships?.find((x) => x.name === assoc);
      const target = resources.find((x) => x.type === rel?.target);
      const data = target ? dataModel(target, 'response') : sref({ required: ['type', 'id'], properties: { type: { type: 'string' }, id: { type: 'string' } }, type: 'object' });
      paths[`${base}/${r.type}/{id}/${assoc}`] = { get: { tags: [r.type], parameters: [idParam], responses: { '200': response(rel?.toMany ? { type: 'array', items: data } : data) } } };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: options.title ?? 'JSON:API', version: '0.0.0' },
    paths,
    components: { schemas, responses, parameters, requestBodies },
  };
}
