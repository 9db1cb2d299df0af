import type { OroView, UpstreamClient, UpstreamRequest, UpstreamResponse } from '../../src/upstream/types.ts';
import { UpstreamError } from '../../src/upstream/types.ts';

/**
 * A minimal UpstreamClient for tests: global fetch to an Oro (emulator) origin, always with
 * `Accept: application/vnd.api+json` (PROTOCOL §2.1), an optional bearer token.
 */
export function testUpstream(origin: string, options: { token?: string; view?: OroView } = {}): UpstreamClient {
  return {
    view: options.view ?? 'storefront',
    async request(req: UpstreamRequest): Promise<UpstreamResponse> {
      const headers: Record<string, string> = { accept: 'application/vnd.api+json', ...(req.headers ?? {}) };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let res: Response;
      try {
        res = await fetch(origin + req.path, { method: req.method, headers, signal: req.signal });
      } catch (error) {
        throw new UpstreamError('unavailable', 'fetch failed', undefined, { cause: error });
      }
      const text = await res.text();
      let body: unknown = null;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch (error) {
          throw new UpstreamError('bad_response', 'invalid JSON', res.status, { cause: error });
        }
      }
      const out: Record<string, string> = {};
      res.headers.forEach((v, k) => (out[k] = v));
      return { status: res.status, headers: out, body };
    },
  };
}

/** Password-grant token for a storefront customer user (PROTOCOL §7.1). */
export async function customerToken(url: string, client: { clientId: string; clientSecret: string }, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/oauth2-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ grant_type: 'password', client_id: client.clientId, client_secret: client.clientSecret, username: user.email, password: user.password }),
  });
  const body = (await res.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`token request failed with ${res.status}`);
  return body.access_token;
}
