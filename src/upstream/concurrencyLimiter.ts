/**
 * A FIFO semaphore: at most `max` tasks run at once (RELIABILITY.md: at most 8 Oro calls in
 * flight per GraphQL operation, so one wide query cannot take the whole pool).
 */
export function createConcurrencyLimiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  const release = (): void => {
    running--;
    const next = waiting.shift();
    if (next) {
      running++;
      next();
    }
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= max) {
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await task();
    } finally {
      release();
    }
  };
}
