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

/**
 * Resolves once `condition()` holds, checking every 5 ms; rejects after `timeoutMs`. For waiting on what a server has
 * seen without a fixed sleep that a loaded CI machine can outlast.
 */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition still false after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export { collect, FAST_RETRY, rejectionOf, useTestServer } from '@sessionkit/test-server/vitest';
