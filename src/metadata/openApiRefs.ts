import type { MetadataWarning } from './model.ts';
import { standardSchema } from './standardSchemas.ts';

/** A JSON object node of the OpenAPI document. */
export type JsonObject = Record<string, unknown>;

/** A node reached by following `$ref`s, with the pointer of where it really lives. */
export interface Resolved {
  node: JsonObject;
  pointer: string;
  /** `description` / `deprecated` written next to the `$ref` (OpenAPI 3.1 allows siblings). */
  description?: string;
  deprecated?: boolean;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 6901 escaping of one pointer segment. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function childPointer(pointer: string, ...segments: Array<string | number>): string {
  return pointer + segments.map((s) => `/${pointerSegment(s)}`).join('');
}

const STANDARD_PREFIX = '#/components/schemas/';

function unescapeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Follows local `$ref`s (`#/components/...`) through the document. Oro numbers its components by
 * content (METADATA §2.3), so meaning is only ever read from the resolved node, never from the
 * component name. Unresolvable or external references are reported as warnings.
 */
export class RefResolver {
  readonly root: JsonObject;
  readonly warnings: MetadataWarning[];

  constructor(root: JsonObject, warnings: MetadataWarning[]) {
    this.root = root;
    this.warnings = warnings;
  }

  private readonly seen = new Set<string>();

  /** Records a warning once per pointer and message (shared components are reached many times). */
  warn(pointer: string, message: string): void {
    const key = `${pointer}\n${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ pointer, message });
  }

  /** Records a notice (a documented rule was applied; nothing is wrong) once per message. */
  notice(pointer: string, message: string): void {
    const key = `notice\n${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ pointer, message, severity: 'notice' });
  }

  private lookup(ref: string, from: string): { node: unknown; pointer: string } | undefined {
    if (!ref.startsWith('#/')) {
      this.warn(from, `external $ref "${ref}" is not supported (only "#/..." references are read)`);
      return undefined;
    }
    let node: unknown = this.root;
    for (const raw of ref.slice(2).split('/')) {
      const key = unescapeSegment(raw);
      if (Array.isArray(node)) node = node[Number(key)];
      else if (isObject(node)) node = node[key];
      else node = undefined;
      if (node === undefined) {
        const standard = ref.startsWith(STANDARD_PREFIX) ? standardSchema(ref.slice(STANDARD_PREFIX.length)) : undefined;
        if (standard) {
          // Fixed-name generic schemas have the same content in every Oro document (METADATA §2.3, §2.6).
          this.notice(from, `${ref} is not defined in the document; Oro's standard definition of "${ref.slice(STANDARD_PREFIX.length)}" is used`);
          return { node: standard, pointer: ref.slice(1) };
        }
        this.warn(from, `$ref "${ref}" does not resolve to anything in the document`);
        return undefined;
      }
    }
    return { node, pointer: ref.slice(1) };
  }

  /** Resolves `value` (found at `pointer`) to an object, following `$ref` chains. */
  resolve(value: unknown, pointer: string): Resolved | undefined {
    let current = value;
    let at = pointer;
    let description: string | undefined;
    let deprecated: boolean | undefined;
    for (let hops = 0; hops < 32; hops++) {
      if (!isObject(current)) return undefined;
      if (typeof current.$ref !== 'string') {
        return { node: current, pointer: at, description: description ?? str(current.description), deprecated: deprecated ?? (current.deprecated === true || undefined) };
      }
      description ??= str(current.description);
      if (current.deprecated === true) deprecated = true;
      const found = this.lookup(current.$ref, childPointer(at, '$ref'));
      if (!found) return undefined;
      current = found.node;
      at = found.pointer;
    }
    this.warn(pointer, 'circular $ref chain');
    return undefined;
  }
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
