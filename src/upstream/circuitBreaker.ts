import type { BreakerConfig } from '../config.ts';

export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * A circuit breaker for one Oro origin (RELIABILITY.md "Defaults": opens at 50% failures over at
 * least 20 calls in 10 s, half-open after 10 s). Only 5xx, timeouts and socket errors are reported
 * as failures; Oro 4xx answers are successes for the breaker (RELIABILITY "Behaviour under faults").
 */
export class CircuitBreaker {
  private outcomes: Array<{ at: number; ok: boolean }> = [];
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly options: BreakerConfig,
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.options.halfOpenAfterMs ? 'half-open' : 'open';
  }

  /** Whether a call may go out now. In half-open state exactly one trial call is let through. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** A call ended without telling anything about Oro (the caller aborted): free the trial slot. */
  release(): void {
    this.trialInFlight = false;
  }

  record(ok: boolean): void {
    const at = this.now();
    if (this.openedAt !== undefined) {
      this.trialInFlight = false;
      if (ok) {
        this.openedAt = undefined;
        this.outcomes = [];
      } else {
        this.openedAt = at;
      }
      return;
    }
    this.outcomes.push({ at, ok });
    const from = at - this.options.windowMs;
    while (this.outcomes.length > 0 && this.outcomes[0]!.at < from) this.outcomes.shift();
    if (this.outcomes.length < this.options.minimumCalls) return;
    const failures = this.outcomes.reduce((n, o) => n + (o.ok ? 0 : 1), 0);
    if (failures / this.outcomes.length >= this.options.failureRatio) {
      this.openedAt = at;
      this.outcomes = [];
    }
  }
}
