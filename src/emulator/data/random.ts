import prand from 'pure-rand';
import type { RandomGenerator } from 'pure-rand';

/**
 * A small deterministic random source over pure-rand. Every demo record gets its own stream
 * seeded from (seed, table salt, index), so a record can be materialised lazily, in any order,
 * and always comes out the same.
 */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = prand.xoroshiro128plus(seed | 0);
  }

  static forRecord(seed: number, salt: number, index: number): Random {
    // Mix the three numbers so neighbouring indexes do not give correlated streams.
    let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
    h = Math.imul(h ^ (h >>> 15) ^ index, 0x2c1b3c6d);
    h ^= h >>> 13;
    return new Random(h);
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return prand.unsafeUniformIntDistribution(min, max, this.rng);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  chance(percent: number): boolean {
    return this.int(0, 99) < percent;
  }
}
