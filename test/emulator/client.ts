import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';

export const JSON_API = 'application/vnd.api+json';

export async function call(e: RunningEmulator, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Headers; json: any; text: string }> {
  const res = await fetch(e.url + path, { method: init.method ?? 'GET', headers: { accept: JSON_API, ...init.headers }, ...(init.body !== undefined ? { body: init.body } : {}) });
  const text = await res.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export async function token(e: RunningEmulator, body: Record<string, string>): Promise<string> {
  const res = await fetch(`${e.url}/oauth2-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { access_token: string };
  return json.access_token;
}

export async function customerToken(e: RunningEmulator, index = 0): Promise<string> {
  const c = e.accounts.oauthClients.storefront;
  const u = e.accounts.customerUsers[index]!;
  return token(e, { grant_type: 'password', client_id: c.clientId, client_secret: c.clientSecret, username: u.email, password: u.password });
}

export async function adminToken(e: RunningEmulator): Promise<string> {
  const c = e.accounts.oauthClients['back-office'];
  return token(e, { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret });
}
