import type { Response } from 'express';

/**
 * Errors answered before GraphQL runs (bad JSON, body too large, not ready, unknown route):
 * always a GraphQL-shaped JSON body with a stable `extensions.code`, never HTML
 * (RELIABILITY.md pitfall 3).
 */
export function sendJsonError(res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  res.status(status).set(headers).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
