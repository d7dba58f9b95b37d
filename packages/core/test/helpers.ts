import type { TestServer } from '@sessionkit/test-server';
import { HttpClient, type HttpClientConfig } from '../src/index.ts';

/** Fast retries, so retry tests run in milliseconds. */
export const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 5 } as const;

export function makeClient(server: TestServer, config: Partial<HttpClientConfig> = {}): HttpClient {
  return new HttpClient({
    vendor: 'Test',
    client: { name: '@sessionkit/test', version: '1.2.3' },
    baseUrl: server.url,
    retry: FAST_RETRY,
    ...config,
  });
}

export { rejectionOf, useTestServer } from '@sessionkit/test-server/vitest';
