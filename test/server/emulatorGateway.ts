import { buildConfig } from '../../src/config.ts';
import { startEmulator } from '../../src/emulator/startEmulator.ts';
import type { RunningEmulator } from '../../src/emulator/startEmulator.ts';
import { createGateway } from '../../src/server/createGateway.ts';
import type { Gateway } from '../../src/server/createGateway.ts';
import { loadViewSchema } from '../../src/server/loadViewSchema.ts';

/** The real gateway (default schema loader) in front of the emulator, both in-process on port 0. */
export async function startEmulatorGateway(options: { env?: Record<string, string>; gateway?: Record<string, unknown>; latencyMs?: number } = {}): Promise<{
  gateway: Gateway;
  url: string;
  emulator: RunningEmulator;
  close(): Promise<void>;
}> {
  const emulator = await startEmulator({ port: 0, latencyMs: options.latencyMs });
  const sf = emulator.accounts.oauthClients.storefront;
  const config = buildConfig({
    env: { NODE_ENV: 'test', ...(options.env ?? {}) },
    file: { gateway: { storefrontClientId: sf.clientId, storefrontClientSecret: sf.clientSecret, ...(options.gateway ?? {}) } },
    overrides: { oroUrl: emulator.url, port: 0, host: '127.0.0.1' },
  });
  const gateway = await createGateway(config, { loadSchema: loadViewSchema });
  const url = await gateway.listen(0, '127.0.0.1');
  try {
    await gateway.whenReady(20_000);
  } catch (err) {
    await gateway.close();
    await emulator.close();
    throw err;
  }
  return {
    gateway,
    url,
    emulator,
    close: async () => {
      await gateway.close();
      await emulator.close();
    },
  };
}
