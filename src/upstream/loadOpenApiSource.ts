import { readFile } from 'node:fs/promises';
import { request } from 'undici';

/** The OpenAPI document could not be read from a file or fetched from a URL. */
export class OpenApiSourceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OpenApiSourceError';
  }
}

export interface LoadOpenApiSourceOptions {
  /** Bearer token for a spec behind auth; never logged or put into error messages. */
  token?: string;
  /** Whole-request deadline in milliseconds (default 30 000). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Reads the text of Oro's OpenAPI document from a file path or an http(s) URL, e.g. Oro's public
 * specification URL `/public-openapi-specification/{organizationId}/{slug}` (METADATA §1.2, no
 * auth needed once published) or a back-office download with a bearer token. Parsing is left to
 * `parseOpenApiText` (src/metadata stays free of I/O).
 */
export async function loadOpenApiSource(source: string, options: LoadOpenApiSourceOptions = {}): Promise<string> {
  if (!/^https?:\/\//i.test(source)) {
    try {
      return await readFile(source, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new OpenApiSourceError(`cannot read OpenAPI file "${source}": ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`, { cause: error });
    }
  }
  const timeoutMs = options.timeoutMs ?? 30_000;
  const signals = [AbortSignal.timeout(timeoutMs)];
  if (options.signal) signals.push(options.signal);
  const headers: Record<string, string> = { accept: 'application/json, application/yaml;q=0.9, */*;q=0.5' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const where = source.replace(/\?.*$/, '');
  let response;
  try {
    response = await request(source, { method: 'GET', headers, signal: AbortSignal.any(signals) });
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError' || (e.name === 'AbortError' && signals[0]!.aborted)) {
      throw new OpenApiSourceError(`fetching ${where} timed out after ${timeoutMs} ms`, { cause: error });
    }
    throw new OpenApiSourceError(`cannot fetch ${where}: ${e.message}`, { cause: error });
  }
  const text = await response.body.text();
  if (response.statusCode !== 200) {
    const hint = response.statusCode === 401 || response.statusCode === 403 ? ' (is the specification published, or is a --token needed?)' : response.statusCode === 404 ? ' (check the organization id and slug)' : '';
    throw new OpenApiSourceError(`fetching ${where} failed with HTTP ${response.statusCode}${hint}`);
  }
  return text;
}
