import { GatewayError } from '../errors.ts';

/** The rows a connection asks for: `[offset, offset + first)`. */
export interface PageWindow {
  offset: number;
  first: number;
}

/** One Oro page that covers a window plus one look-ahead row. */
export interface PageChoice {
  /** `page[number]`, 1-based. */
  number: number;
  /** `page[size]`. */
  size: number;
  /** Rows of the page before the window starts. */
  skip: number;
}

const PREFIX = 'oro:';

/** Opaque Relay cursor of the row at `offset` (base64 of `oro:<offset>`). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor stands for; BAD_USER_INPUT for anything we did not issue. */
export function decodeCursor(cursor: string, argumentPath: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const n = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new GatewayError('BAD_USER_INPUT', `Argument ${argumentPath} is not a valid cursor.`, { details: { argumentPath } });
  }
  return n;
}

/**
 * Chooses `page[size]`/`page[number]` so that ONE Oro page covers the window and one extra row
 * (for `hasNextPage`; links are off with `noHateoas`, PROTOCOL §4.3). Oro only has fixed-size
 * pages (PROTOCOL §3.5), so an unaligned window (offset 7, first 5) needs a page size `s` with
 * `floor(o/s) = floor((o+f)/s)`: we take the smallest `s ≥ first+1` that satisfies it. The
 * over-fetch is `s - (first+1)` rows, bounded by `offset` (`s = offset+first+1`, page 1, always
 * fits); for offset 0 or any offset that is a multiple of `first+1` it is zero.
 */
export function choosePage(window: PageWindow): PageChoice {
  const need = window.first + 1;
  const last = window.offset + window.first;
  for (let size = need; size <= last + 1; size++) {
    if (Math.floor(window.offset / size) === Math.floor(last / size)) {
      const number = Math.floor(window.offset / size) + 1;
      return { number, size, skip: window.offset - (number - 1) * size };
    }
  }
  return { number: 1, size: last + 1, skip: window.offset };
}
