import { createTestServer, type TestServer } from '@sessionkit/test-server';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { HttpClient, type HttpClientConfig } from '../src/index.ts';

/** Fast retries, so retry tests run in milliseconds. */
export const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 5 } as const;

/** Starts one test server for the file and resets its routes and call log before each test. */
export function useTestServer(): { readonly server: TestServer } {
  const holder = {} as { server: TestServer };
  beforeAll(async () => {
    holder.server = await createTestServer();
  });
  beforeEach(() => holder.server.reset());
  afterAll(() => holder.server.close());
  return holder;
}

export function makeClient(server: TestServer, config: Partial<HttpClientConfig> = {}): HttpClient {
  return new HttpClient({
    vendor: 'Test',
    client: { name: '@sessionkit/test', version: '1.2.3' },
    baseUrl: server.url,
    retry: FAST_RETRY,
    ...config,
  });
}

/** Resolves with the error a promise rejects with; fails if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the promise to reject, but it resolved');
}
