import { createHash, randomBytes } from 'node:crypto';
import type { ApiView, Principal } from '../registry/types.ts';

export interface TokenInfo { view: ApiView; principal: Principal; expiresAt: number }

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * Issued OAuth tokens (PROTOCOL §7.1). Access tokens look like JWTs but are opaque to clients;
 * the emulator only looks them up. Refresh tokens live 30 days.
 */
export class TokenStore {
  private readonly access = new Map<string, TokenInfo>();
  private readonly refresh = new Map<string, TokenInfo & { clientId: string }>();

  constructor(private readonly ttlSeconds: number, private readonly now: () => number = Date.now) {}

  issue(view: ApiView, principal: Principal, clientId: string, withRefresh: boolean): { access_token: string; refresh_token?: string; expires_in: number } {
    const jti = randomBytes(16).toString('hex');
    const token = `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64({ aud: clientId, jti, iat: Math.floor(this.now() / 1000), exp: Math.floor(this.now() / 1000) + this.ttlSeconds, scopes: [] })}.${randomBytes(32).toString('base64url')}`;
    this.access.set(token, { view, principal, expiresAt: this.now() + this.ttlSeconds * 1000 });
    const out: { access_token: string; refresh_token?: string; expires_in: number } = { access_token: token, expires_in: this.ttlSeconds };
    if (withRefresh) {
      const rt = randomBytes(48).toString('hex');
      this.refresh.set(rt, { view, principal, clientId, expiresAt: this.now() + 2_592_000_000 });
      out.refresh_token = rt;
    }
    return out;
  }

  lookup(token: string): TokenInfo | null {
    const info = this.access.get(token);
    if (!info) return null;
    if (info.expiresAt <= this.now()) {
      this.access.delete(token);
      return null;
    }
    return info;
  }

  /** Uses up a refresh token (rotation, like league's server). */
  takeRefresh(token: string, clientId: string): (TokenInfo & { clientId: string }) | null {
    const info = this.refresh.get(token);
    if (!info || info.clientId !== clientId || info.expiresAt <= this.now()) return null;
    this.refresh.delete(token);
    return info;
  }
}

/** Logs show `Bearer <first 12 hex of sha256>`, never the token itself. */
export function redactAuthorization(value: string): string {
  const m = /^Bearer\s+(.+)$/i.exec(value);
  if (!m) return '<redacted>';
  return `Bearer ${createHash('sha256').update(m[1]!).digest('hex').slice(0, 12)}`;
}
