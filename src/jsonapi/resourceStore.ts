/** A JSON:API resource identifier (PROTOCOL §4.2): ids are always strings. */
export interface ResourceIdentifier {
  type: string;
  id: string;
}

export type Linkage = ResourceIdentifier | ResourceIdentifier[] | null;

/** A resource object as kept in the store: attributes plus relationship linkage only. */
export interface StoredResource {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  /** Only relationships whose `data` was present in a response; absent = not fetched. */
  relationships: Record<string, Linkage>;
}

/** What a response's primary `data` was: one identifier, a list, or null. */
export type PrimaryData = ResourceIdentifier | ResourceIdentifier[] | null;

/** `type:id`, the store key. */
export function resourceKey(type: string, id: string): string {
  return `${type}:${id}`;
}

/**
 * The per-request normalized store of a GraphQL operation: every resource object from `data` and
 * `included` of every compound document, keyed by `type:id` (PROTOCOL §4.1, §4.2). The same
 * record reached by two requests with different sparse fieldsets is merged, so each request only
 * has to carry what its own branch needs. Lives for one GraphQL request only.
 */
export class ResourceStore {
  readonly #records = new Map<string, StoredResource>();

  get size(): number {
    return this.#records.size;
  }

  get(type: string, id: string): StoredResource | undefined {
    return this.#records.get(resourceKey(type, id));
  }

  getByKey(key: string): StoredResource | undefined {
    return this.#records.get(key);
  }

  /**
   * Adds a compound document and returns its primary data as identifiers. Throws
   * `TypeError` when the body is not a JSON:API document (the caller maps it to
   * UPSTREAM_BAD_RESPONSE).
   */
  addDocument(body: unknown): PrimaryData {
    if (!isObject(body) || !('data' in body)) throw new TypeError('not a JSON:API document');
    const data = body.data;
    let primary: PrimaryData;
    if (data === null) primary = null;
    else if (Array.isArray(data)) primary = data.map((d) => this.add(d));
    else primary = this.add(data);
    const included = body.included;
    if (included !== undefined) {
      if (!Array.isArray(included)) throw new TypeError('included is not an array');
      for (const r of included) this.add(r);
    }
    return primary;
  }

  /** Adds or merges one resource object. */
  add(resource: unknown): ResourceIdentifier {
    if (!isObject(resource) || typeof resource.type !== 'string' || typeof resource.id !== 'string') {
      throw new TypeError('resource object without string type and id');
    }
    const key = resourceKey(resource.type, resource.id);
    let existing = this.#records.get(key);
    if (!existing) {
      // The parsed response body belongs to this request alone, so its attributes object is
      // kept as is instead of copied (the hot path: most records arrive once).
      existing = { type: resource.type, id: resource.id, attributes: isObject(resource.attributes) ? resource.attributes : {}, relationships: {} };
      this.#records.set(key, existing);
    } else if (isObject(resource.attributes)) Object.assign(existing.attributes, resource.attributes);
    if (isObject(resource.relationships)) {
      for (const name in resource.relationships) {
        const rel = resource.relationships[name];
        if (!isObject(rel) || !('data' in rel)) continue;
        existing.relationships[name] = normalizeLinkage(rel.data);
      }
    }
    return { type: resource.type, id: resource.id };
  }
}

function normalizeLinkage(data: unknown): Linkage {
  if (data === null || data === undefined) return null;
  if (Array.isArray(data)) return data.filter(isIdentifier).map((d) => ({ type: d.type, id: d.id }));
  return isIdentifier(data) ? { type: data.type, id: data.id } : null;
}

function isIdentifier(v: unknown): v is ResourceIdentifier {
  return isObject(v) && typeof v.type === 'string' && typeof v.id === 'string';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
