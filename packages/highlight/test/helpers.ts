import {
  type HighlightEmulator,
  type HighlightEmulatorOptions,
  startHighlightEmulator,
} from '@sessionkit/emulators/highlight';
import { FAST_RETRY, useEmulator as useStartedEmulator } from '@sessionkit/test-server/vitest';
import { HighlightClient, type HighlightClientOptions } from '../src/index.ts';

export { collect, FAST_RETRY, rejectionOf, useTestServer } from '@sessionkit/test-server/vitest';

export const TOKEN = 'hl-dashboard-token-3f9a1c7e52';

/** The vendored schemas, from the repository root: `../shared/specs/highlight/`. */
export const SPECS = new URL('../../../../shared/specs/highlight/', import.meta.url);

/** One emulator for the file (real clock unless `now` is given), reset (state and call log) before each test. */
export function useEmulator(options: HighlightEmulatorOptions = {}): { readonly emulator: HighlightEmulator } {
  return useStartedEmulator(() => startHighlightEmulator({ token: TOKEN, ...options }));
}

/** A client for a backend at `baseUrl` (an emulator or a test server), project 1, the test token, fast retries. */
export function makeClient(baseUrl: string, options: HighlightClientOptions = {}): HighlightClient {
  return new HighlightClient({ baseUrl, projectId: '1', token: TOKEN, retry: FAST_RETRY, ...options });
}

/** A private-graph `Session` with every non-null field of the schema, as Highlight returns it. */
export function sessionJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '101',
    secure_id: 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E',
    client_id: 'c1ientIdc1ientIdc1ientIdc1ie',
    fingerprint: 2_837_466_115,
    os_name: 'Mac OS X',
    os_version: '10.15.7',
    browser_name: 'Chrome',
    browser_version: '128.0.0.0',
    ip: '203.0.113.7',
    city: 'Dublin',
    state: 'Leinster',
    country: 'Ireland',
    postal: 'D02',
    language: 'en-IE,en;q=0.8',
    identifier: 'ada@example.com',
    identified: true,
    created_at: '2026-08-20T10:00:00.123456789Z',
    last_user_interaction_time: '2026-08-20T10:04:30Z',
    length: 300_000,
    active_length: 180_000,
    processed: true,
    excluded: false,
    has_errors: false,
    is_public: false,
    fields: [
      { id: 1, name: 'visited-url', value: 'https://shop.example.com/', type: 'session' },
      { id: 2, name: 'plan', value: 'pro', type: 'user' },
    ],
    ...overrides,
  };
}

/** A 200 GraphQL answer of `data`. */
export function graphql(data: unknown): { json: { data: unknown } } {
  return { json: { data } };
}

/** The GraphQL variables a recorded request carried. */
export function variablesOf(call: { body: unknown } | undefined): Record<string, unknown> {
  const body = call?.body as { variables?: Record<string, unknown> } | undefined;
  return body?.variables ?? {};
}
