import { pino } from 'pino';
import type { Logger } from 'pino';

/** Paths pino blanks out: no token, password or secret is ever logged. */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  '*.authorization',
  'password',
  '*.password',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'clientSecret',
  '*.clientSecret',
  'variables',
  '*.variables',
];

/** JSON logs (pino) with secrets redacted. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { name: 'oro-graphql' } };
  return destination ? pino(options, destination as Parameters<typeof pino>[1]) : pino(options);
}
