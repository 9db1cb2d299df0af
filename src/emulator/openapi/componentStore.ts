import { createHash } from 'node:crypto';

/**
 * Oro names OpenAPI components by content: identical content reuses the first name, different
 * content under a taken name gets a counter (METADATA §2.3). `numbering` says where the counter
 * goes: `suffix` (`sort1`, `empty1`), `beforeModel` (`products1Model`), `errors` (`err403_1`).
 */
export type Numbering = 'suffix' | 'beforeModel' | 'errors';

export class ComponentStore {
  readonly sections: Record<string, Record<string, unknown>> = { schemas: {}, responses: {}, parameters: {}, requestBodies: {}, headers: {} };
  private readonly byHash = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  add(section: string, suggested: string, content: unknown, numbering: Numbering = 'suffix'): string {
    const key = `${section}:${createHash('md5').update(JSON.stringify(content)).digest('hex')}`;
    const known = this.byHash.get(key);
    if (known) return known;
    const target = this.sections[section]!;
    let name = suggested;
    if (numbering === 'errors' || name in target) {
      const counterKey = `${section}:${suggested}`;
      let n = this.counters.get(counterKey) ?? (numbering === 'errors' ? 0 : 0);
      do {
        n++;
        const m = /^(.*?)(DataModel|CollectionModel|Model)$/.exec(suggested);
        name = numbering === 'errors' ? `${suggested}_${n}` : numbering === 'beforeModel' && m ? `${m[1]}${n}${m[2]}` : `${suggested}${n}`;
      } while (name in target);
      this.counters.set(counterKey, n);
    }
    target[name] = content;
    this.byHash.set(key, name);
    return name;
  }

  /** A component with a fixed name (generic schemas such as `object`, which shares `meta`'s content). */
  fixed(section: string, name: string, content: unknown): string {
    const target = this.sections[section]!;
    if (!(name in target)) target[name] = content;
    return name;
  }

  ref(section: string, name: string): { $ref: string } {
    return { $ref: `#/components/${section}/${name}` };
  }
}
