import type { OroToken } from './requestToken.ts';

/**
 * The back-office service account's access token (client credentials, PROTOCOL §7.1): cached
 * until shortly before it expires, fetched by exactly one request however many operations wait
 * for it (single-flight), and dropped when Oro answers 401 with it.
 */
export class ServiceAccount {
  private token: { value: string; expiresAt: number } | undefined;
  private inFlight: Promise<string> | undefined;

  constructor(
    private readonly fetchToken: () => Promise<OroToken>,
    private readonly options: { refreshBeforeMs?: number; now?: () => number } = {},
  ) {}

  async getToken(): Promise<string> {
    const now = (this.options.now ?? Date.now)();
    if (this.token && now < this.token.expiresAt) return this.token.value;
    this.inFlight ??= this.fetchToken()
      .then((t) => {
        const margin = this.options.refreshBeforeMs ?? 60_000;
        const lifetime = Math.max(0, t.expiresIn * 1000 - margin);
        this.token = { value: t.accessToken, expiresAt: (this.options.now ?? Date.now)() + lifetime };
        return t.accessToken;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  /** Forget `token` if it is still the cached one (another caller may have refreshed already). */
  invalidate(token: string): void {
    if (this.token?.value === token) this.token = undefined;
  }
}
