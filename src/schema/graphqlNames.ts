import pluralize from 'pluralize';
import type { MetadataWarning } from '../metadata/model.ts';

const VALID = /^[_A-Za-z][_0-9A-Za-z]*$/;

/**
 * A valid GraphQL name for an Oro name. Oro's attribute and relationship names are kept as they
 * are when valid; otherwise every character outside `[_0-9A-Za-z]` becomes `_` (so a dotted
 * filter key `customer.name` becomes `customer_name`), a leading digit gets a `_` prefix and a
 * leading `__` (reserved for introspection) gets an `x` prefix. The Oro name always stays in
 * `extensions.oro`.
 */
export function graphqlName(oroName: string): string {
  if (VALID.test(oroName) && !oroName.startsWith('__')) return oroName;
  let name = oroName.replace(/[^_0-9A-Za-z]/g, '_');
  if (name === '') name = '_';
  if (/^[0-9]/.test(name)) name = `_${name}`;
  if (name.startsWith('__')) name = `x${name}`;
  return name;
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Object type name of a resource: the singular of its JSON:API type in PascalCase (`products` →
 * `Product`, `mastercatalogcategories` → `Mastercatalogcategory`). Oro types are concatenated
 * lowercase words that cannot be split reliably, so only separators (`_`, `-`, `.`) start a new
 * capital; the result is deterministic.
 */
export function resourceTypeName(type: string): string {
  const parts = type.split(/[^0-9A-Za-z]+/).filter(Boolean);
  if (parts.length === 0) return '_';
  const last = parts.length - 1;
  parts[last] = pluralize.singular(parts[last]!);
  const name = parts.map(upperFirst).join('');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * Object type name of a resource from Oro's title words (`summary` "Get Product Images",
 * METADATA §2.2): `ProductImage`, `MasterCatalogCategory`. Used only when the words spell the
 * JSON:API type exactly (letters compared case-insensitively: the list title as it is, the
 * single title with its last word as it is or pluralized), so the split into words is Oro's own
 * and the name stays deterministic; otherwise {@link resourceTypeName}.
 */
export function titledTypeName(type: string, titles: { single?: string; list?: string } | undefined): string {
  const letters = (words: string[]) => words.join('').toLowerCase();
  const target = type.toLowerCase();
  const wordsOf = (title: string | undefined) => (title ?? '').split(/[^0-9A-Za-z]+/).filter(Boolean);
  const pascal = (words: string[]) => words.map((w) => upperFirst(w.toLowerCase())).join('');
  const single = wordsOf(titles?.single);
  if (single.length > 0 && /^[A-Za-z]/.test(single[0]!)) {
    const last = single.length - 1;
    const plural = [...single.slice(0, last), pluralize.plural(single[last]!)];
    if (letters(single) === target || letters(plural) === target) return pascal(single);
  }
  const list = wordsOf(titles?.list);
  if (list.length > 0 && /^[A-Za-z]/.test(list[0]!) && letters(list) === target) {
    const last = list.length - 1;
    return pascal([...list.slice(0, last), pluralize.singular(list[last]!)]);
  }
  return resourceTypeName(type);
}

/** Singular root field name of a resource: `products` → `product`. */
export function singularFieldName(type: string): string {
  return lowerFirst(resourceTypeName(type));
}

/**
 * Hands out unique names in one namespace (all type names of a schema, or the fields of one
 * type). A taken name gets the first free numeric suffix (`Product2`) and a warning, so the
 * result depends only on the order of requests, which callers keep sorted.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();
  private readonly warnings: MetadataWarning[];
  private readonly what: string;

  constructor(warnings: MetadataWarning[], what: string, reserved: Iterable<string> = []) {
    this.warnings = warnings;
    this.what = what;
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  claim(wanted: string, pointer: string, reason: string): string {
    if (!this.taken.has(wanted)) {
      this.taken.add(wanted);
      return wanted;
    }
    let n = 2;
    while (this.taken.has(`${wanted}${n}`)) n++;
    const name = `${wanted}${n}`;
    this.taken.add(name);
    this.warnings.push({ pointer, source: 'schema', message: `${this.what} name "${wanted}" (${reason}) is already taken; using "${name}"` });
    return name;
  }
}
