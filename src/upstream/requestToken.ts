import type { OAuthClientCredentials } from '../config.ts';
import type { OroHttp } from './oroHttp.ts';
import { UpstreamError } from './types.ts';

export type TokenGrant =
  | { grantType: 'password'; username: string; password: string }
  | { grantType: 'refresh_token'; refreshToken: string }
  | { grantType: 'client_credentials' };

export interface OroToken {
  accessToken: string;
  /** Only for password and refresh grants (PROTOCOL §7.1). */
  refreshToken?: string;
  expiresIn: number;
}

/** Why Oro refused a token request, without Oro's own words (they never reach a client). */
export class TokenRefusedError extends Error {
  constructor(
    readonly reason: 'invalid_credentials' | 'invalid_client' | 'invalid_refresh_token' | 'refused',
    readonly status: number,
  ) {
    super(`Oro refused the token request (${reason}, HTTP ${status})`);
    this.name = 'TokenRefusedError';
  }
}

/**
 * One OAuth token request to Oro's shared endpoint `POST /oauth2-token` (PROTOCOL §7.1): a JSON
 * body with `grant_type`, `client_id`, `client_secret` and the grant's fields. League-style errors:
 * `invalid_grant` 400 for wrong user credentials, `invalid_client` 401, an invalid refresh token
 * 401 `invalid_request`. Token requests are POSTs, so they are never retried.
 */
export async function requestToken(
  http: OroHttp,
  target: { origin: string; tokenPath: string; client: OAuthClientCredentials; signal?: AbortSignal; requestId?: string },
  grant: TokenGrant,
): Promise<OroToken> {
  const body: Record<string, string> = {
    grant_type: grant.grantType,
    client_id: target.client.clientId,
    client_secret: target.client.clientSecret,
  };
  if (grant.grantType === 'password') {
    body.username = grant.username;
    body.password = grant.password;
  } else if (grant.grantType === 'refresh_token') {
    body.refresh_token = grant.refreshToken;
  }
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (target.requestId) headers['x-request-id'] = target.requestId;
  const res = await http.send({
    origin: target.origin,
    method: 'POST',
    path: target.tokenPath,
    headers,
    body: JSON.stringify(body),
    signal: target.signal,
  });
  if (res.status === 200) {
    const b = res.body as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown } | null;
    if (!b || typeof b.access_token !== 'string') throw new UpstreamError('bad_response', 'Oro token response has no access_token', res.status);
    return {
      accessToken: b.access_token,
      refreshToken: typeof b.refresh_token === 'string' ? b.refresh_token : undefined,
      expiresIn: typeof b.expires_in === 'number' ? b.expires_in : 3600,
    };
  }
  if (res.status >= 500) throw new UpstreamError('unavailable', `Oro token endpoint answered ${res.status}`, res.status);
  const error = (res.body as { error?: unknown } | null)?.error;
  if (error === 'invalid_client') throw new TokenRefusedError('invalid_client', res.status);
  if (grant.grantType === 'refresh_token' && (res.status === 400 || res.status === 401)) throw new TokenRefusedError('invalid_refresh_token', res.status);
  if (error === 'invalid_grant' || res.status === 400 || res.status === 401) throw new TokenRefusedError('invalid_credentials', res.status);
  throw new TokenRefusedError('refused', res.status);
}
