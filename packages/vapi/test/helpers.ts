import { startVapiEmulator, type VapiEmulator, type VapiEmulatorOptions } from '@sessionkit/emulators/vapi';
import { FAST_RETRY, useEmulator as useStartedEmulator } from '@sessionkit/test-server/vitest';
import { VapiClient, type VapiClientOptions } from '../src/index.ts';

export { collect, FAST_RETRY, rejectionOf, useTestServer } from '@sessionkit/test-server/vitest';

export const API_KEY = 'vapi-test-key-5f2c9a7e41';

/** A fixed clock for the emulator, so seeded data and summaries are deterministic. */
export const NOW = new Date('2026-08-20T12:00:00.000Z');

/** One emulator for the file, reset (state and call log) before each test. */
export function useEmulator(options: VapiEmulatorOptions = {}): { readonly emulator: VapiEmulator } {
  return useStartedEmulator(() => startVapiEmulator({ apiKey: API_KEY, ...options }));
}

export function makeClient(baseUrl: string, options: VapiClientOptions = {}): VapiClient {
  return new VapiClient({ apiKey: API_KEY, baseUrl, retry: FAST_RETRY, ...options });
}

/** A minimal valid session body as Vapi returns it. */
export function sessionJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa',
    orgId: '9c3d2f0e-6f2b-4f7e-9a61-0d1b2c3e4f50',
    createdAt: '2026-08-20T10:00:00.000Z',
    updatedAt: '2026-08-20T10:05:00.000Z',
    ...overrides,
  };
}

/** A page body `{ results, metadata }`. */
export function pageJson(results: unknown[], metadata: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    results,
    metadata: { itemsPerPage: 100, totalItems: results.length, currentPage: 1, ...metadata },
  };
}
