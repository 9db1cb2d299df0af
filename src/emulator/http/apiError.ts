/** One JSON:API error object as Oro emits it (PROTOCOL §5.1): status as a string, pointer or parameter. */
export interface ErrorObject {
  status: string;
  title: string;
  detail?: string;
  source?: { pointer: string } | { parameter: string };
}

export class ApiError extends Error {
  /** Set when the request was Oro "plain REST" (no JSON:API media type): rendered as a bare array (PROTOCOL §2.2). */
  plainRest = false;

  constructor(readonly errors: ErrorObject[], readonly headers: Record<string, string> = {}, readonly emptyBody = false) {
    super(errors[0]?.title ?? 'error');
  }

  /** Empty-body statuses: 401 and 405 (PROTOCOL §5.4). */
  static empty(status: number, headers: Record<string, string> = {}): ApiError {
    return new ApiError([{ status: String(status), title: '' }], headers, true);
  }

  static param(status: number, title: string, detail: string, parameter: string): ApiError {
    return new ApiError([{ status: String(status), title, detail, source: { parameter } }]);
  }

  static of(status: number, title: string, detail?: string): ApiError {
    return new ApiError([{ status: String(status), title, ...(detail ? { detail } : {}) }]);
  }

  get status(): number {
    return aggregateStatus(this.errors.map((e) => Number(e.status)));
  }
}

/**
 * HTTP status for several errors (PROTOCOL §5.3): highest hundreds group; one distinct code in it
 * is used as is, otherwise the group base, except that 409 wins inside a mixed 4xx group.
 */
export function aggregateStatus(codes: number[]): number {
  const group = Math.max(...codes.map((c) => Math.floor(c / 100)));
  const inGroup = [...new Set(codes.filter((c) => Math.floor(c / 100) === group))];
  if (inGroup.length === 1) return inGroup[0]!;
  if (group === 4 && inGroup.includes(409)) return 409;
  return group * 100;
}

export const FILTER = 'filter constraint';
export const NOT_SUPPORTED = 'The filter is not supported.';
