import type { TestServer } from '@sessionkit/test-server';
import { FAST_RETRY } from '@sessionkit/test-server/vitest';
import { HttpClient, type HttpClientConfig } from '../src/index.ts';

export function makeClient(server: TestServer, config: Partial<HttpClientConfig> = {}): HttpClient {
  return new HttpClient({
    vendor: 'Test',
    client: { name: '@sessionkit/test', version: '1.2.3' },
    baseUrl: server.url,
    retry: FAST_RETRY,
    ...config,
  });
}

export { collect, FAST_RETRY, rejectionOf, useTestServer } from '@sessionkit/test-server/vitest';
