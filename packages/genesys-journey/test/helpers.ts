import { type GenesysEmulator, type GenesysEmulatorOptions, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { FAST_RETRY, useEmulator as useStartedEmulator } from '@sessionkit/test-server/vitest';
import { GenesysJourneyClient, type GenesysJourneyClientOptions } from '../src/index.ts';

export { collect, FAST_RETRY, rejectionOf, useTestServer } from '@sessionkit/test-server/vitest';

export const CLIENT_ID = 'c3b1f7a2-9d4e-4c1a-8f6b-2e5d7a9c0b14';
export const CLIENT_SECRET = 'genesys-test-secret-8Xq2Lr7Vn4';

/** A fixed clock for the emulator, so seeded data and summaries are deterministic. */
export const NOW = new Date('2026-08-20T12:00:00.000Z');

/** One emulator for the file, reset (state, tokens and call log) before each test. */
export function useEmulator(options: GenesysEmulatorOptions = {}): { readonly emulator: GenesysEmulator } {
  return useStartedEmulator(() =>
    startGenesysEmulator({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...options }),
  );
}

/** A client with client credentials against a local server that serves both the API and `/oauth/token`. */
export function makeClient(baseUrl: string, options: GenesysJourneyClientOptions = {}): GenesysJourneyClient {
  return new GenesysJourneyClient({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    baseUrl,
    retry: FAST_RETRY,
    ...options,
  });
}

/** A client with a fixed access token (no token endpoint involved). */
export function tokenClient(baseUrl: string, options: GenesysJourneyClientOptions = {}): GenesysJourneyClient {
  return new GenesysJourneyClient({ accessToken: 'static-access-token-1234', baseUrl, retry: FAST_RETRY, ...options });
}

/** A minimal valid session body, as Genesys returns it. */
export function sessionJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '1d6d9a3e-6b7f-4a57-9b0e-4f1f0cbe6f0a',
    type: 'web',
    eventCount: 3,
    authenticated: false,
    createdDate: '2026-08-20T10:00:00.000Z',
    lastEvent: { id: 'e-3', eventName: 'page_viewed', createdDate: '2026-08-20T10:05:00.000Z' },
    ...overrides,
  };
}

/** A token endpoint reply. */
export const TOKEN_REPLY = { json: { access_token: 'issued-token-abc123', token_type: 'bearer', expires_in: 86_400 } };

/** The fields of a valid web event. */
export function webEventInput(overrides: Record<string, unknown> = {}) {
  return {
    customerCookieId: '0e7d5e43-54d4-4b1c-9f0a-8c7d3b2a1f00',
    eventName: 'page_viewed',
    page: { url: 'https://shop.example.com/checkout', title: 'Checkout' },
    createdDate: NOW,
    ...overrides,
  };
}
