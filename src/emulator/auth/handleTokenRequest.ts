import type { TokenStore } from './tokenStore.ts';
import type { DemoAccounts } from '../startEmulator.ts';
import type { DemoStore } from '../data/demoStore.ts';

export interface TokenResponse { status: number; body: Record<string, unknown>; headers: Record<string, string> }

/** league/oauth2-server 8.x error payload (PROTOCOL §7.1): `message` duplicates `error_description`. */
function oauthError(status: number, error: string, description: string, hint?: string, headers: Record<string, string> = {}): TokenResponse {
  return { status, headers, body: { error, error_description: description, ...(hint ? { hint } : {}), message: description } };
}

/**
 * `POST /oauth2-token` (PROTOCOL §7.1, §7.2): client_credentials (back-office client),
 * password (customer users by email and `guest`/`guest` on the storefront, admin users on the
 * back office), refresh_token.
 */
export function handleTokenRequest(params: Record<string, string>, accounts: DemoAccounts, store: DemoStore, tokens: TokenStore): TokenResponse {
  const grant = params.grant_type;
  if (!grant) return oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.', 'Check that all required parameters have been provided');
  if (!['client_credentials', 'password', 'refresh_token'].includes(grant)) {
    return oauthError(400, 'unsupported_grant_type', 'The authorization grant type is not supported by the authorization server.', 'Check that all required parameters have been provided');
  }
  if (!params.client_id) return oauthError(400, 'invalid_request', 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', 'Check the `client_id` parameter');
  const clients = accounts.oauthClients;
  const view = params.client_id === clients.storefront.clientId ? 'storefront' : params.client_id === clients['back-office'].clientId ? 'back-office' : null;
  const client = view ? clients[view] : null;
  if (!view || !client || params.client_secret !== client.clientSecret) {
    return oauthError(401, 'invalid_client', 'Client authentication failed', undefined, { 'WWW-Authenticate': 'Basic realm="OAuth"' });
  }
  const ok = (t: ReturnType<TokenStore['issue']>): TokenResponse => ({ status: 200, headers: {}, body: { token_type: 'Bearer', expires_in: t.expires_in, access_token: t.access_token, ...(t.refresh_token ? { refresh_token: t.refresh_token } : {}) } });

  if (grant === 'client_credentials') {
    if (view !== 'back-office') return oauthError(401, 'invalid_client', 'Client authentication failed', undefined, { 'WWW-Authenticate': 'Basic realm="OAuth"' });
    return ok(tokens.issue(view, { kind: 'admin', username: accounts.adminUsers[0]!.username }, client.clientId, false));
  }
  if (grant === 'refresh_token') {
    if (!params.refresh_token) return oauthError(400, 'invalid_request', 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', 'Check the `refresh_token` parameter');
    const info = tokens.takeRefresh(params.refresh_token, client.clientId);
    if (!info) return oauthError(401, 'invalid_request', 'The refresh token is invalid.', 'Cannot decrypt the refresh token');
    return ok(tokens.issue(info.view, info.principal, client.clientId, true));
  }
  for (const field of ['username', 'password'] as const) {
    if (!params[field]) return oauthError(400, 'invalid_request', 'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.', `Check the \`${field}\` parameter`);
  }
  const bad = (): TokenResponse => oauthError(400, 'invalid_grant', 'The user credentials were incorrect.');
  if (view === 'back-office') {
    const admin = accounts.adminUsers.find((a) => a.username === params.username && a.password === params.password);
    return admin ? ok(tokens.issue(view, { kind: 'admin', username: admin.username }, client.clientId, true)) : bad();
  }
  if (params.username === 'guest' && params.password === 'guest') return ok(tokens.issue(view, { kind: 'visitor' }, client.clientId, true));
  const user = findCustomerUser(store, params.username!);
  if (!user || user.password !== params.password) return bad();
  return ok(tokens.issue(view, { kind: 'customerUser', customerUserId: user.id, customerId: user.customerId }, client.clientId, true));
}

function findCustomerUser(store: DemoStore, email: string): { id: string; customerId: string; password: string } | null {
  // Demo emails end in the user id before the `@` (`amanda.cole1@…`): look it up directly.
  const m = /(\d+)@/.exec(email);
  const row = m ? store.tables.customerUsers!.get(m[1]!) : undefined;
  if (row && row.email === email) return row as never;
  for (const r of store.tables.customerUsers!.rows()) if (r.email === email) return r as never;
  return null;
}
