/**
 * One entity table of the emulator's in-memory store. Rows of big tables are materialised lazily
 * from their index (deterministic per seed), so `--scale 300` starts fast; small tables are
 * built eagerly. The overlay maps (`overrides`, `created`, `deleted`) are where writes
 * (POST/PATCH/DELETE, upsert, Batch API) land without touching the generators.
 */
export type Row = { id: string } & Record<string, any>;

export class Table<R extends Row = Row> {
  private readonly cache: Array<R | undefined>;
  private readonly overrides = new Map<string, R>();
  private readonly created: R[] = [];
  private readonly deleted = new Set<string>();
  private createdIndex = new Map<string, R>();

  constructor(
    readonly name: string,
    /** Number of generated rows. */
    readonly baseSize: number,
    private readonly make: (index: number) => R,
    /** Maps an id to its generated index, or -1. Default: numeric ids "1".."N". */
    private readonly indexOfId: (id: string) => number = numericIndex(baseSize),
  ) {
    this.cache = new Array<R | undefined>(baseSize);
  }

  static fromRows<R extends Row>(name: string, rows: R[]): Table<R> {
    const byId = new Map(rows.map((r, i) => [r.id, i]));
    return new Table(name, rows.length, (i) => rows[i]!, (id) => byId.get(id) ?? -1);
  }

  /** The generated row at a position (ignores the overlay). */
  at(index: number): R {
    let row = this.cache[index];
    if (row === undefined) {
      row = this.make(index);
      this.cache[index] = row;
    }
    return row;
  }

  get(id: string): R | undefined {
    if (this.deleted.has(id)) return undefined;
    const o = this.overrides.get(id);
    if (o) return o;
    const index = this.indexOfId(id);
    if (index >= 0) return this.at(index);
    return this.createdIndex.get(id);
  }

  /** All live rows, generated ones first in id order, then created ones. */
  *rows(): IterableIterator<R> {
    const overlay = this.overrides.size > 0 || this.deleted.size > 0;
    for (let i = 0; i < this.baseSize; i++) {
      if (!overlay) {
        yield this.at(i);
        continue;
      }
      const row = this.at(i);
      if (this.deleted.has(row.id)) continue;
      yield this.overrides.get(row.id) ?? row;
    }
    for (const row of this.created) if (!this.deleted.has(row.id)) yield row;
  }

  /** Whether writes changed the generated rows (indexes over generated rows are then not complete). */
  hasOverlay(): boolean {
    return this.overrides.size > 0 || this.created.length > 0 || this.deleted.size > 0;
  }

  size(): number {
    return this.baseSize + this.created.length - this.deleted.size;
  }

  /** Write hooks for the write actions (not used by the read-only emulator yet). */
  put(row: R): void {
    if (this.indexOfId(row.id) >= 0) this.overrides.set(row.id, row);
    else if (this.createdIndex.has(row.id)) {
      const i = this.created.findIndex((r) => r.id === row.id);
      this.created[i] = row;
      this.createdIndex.set(row.id, row);
    } else {
      this.created.push(row);
      this.createdIndex.set(row.id, row);
    }
    this.deleted.delete(row.id);
  }

  remove(id: string): boolean {
    if (!this.get(id)) return false;
    this.deleted.add(id);
    return true;
  }
}

function numericIndex(size: number): (id: string) => number {
  return (id) => {
    if (!/^[1-9]\d*$/.test(id)) return -1;
    const n = Number(id);
    return n <= size ? n - 1 : -1;
  };
}
