import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTestServer, type TestServer, type TestServerOptions } from './create-test-server.ts';

/** Starts one test server for the test file, and resets its routes and call log before each test. */
export function useTestServer(options: TestServerOptions = {}): { readonly server: TestServer } {
  const holder = {} as { server: TestServer };
  beforeAll(async () => {
    holder.server = await createTestServer(options);
  });
  beforeEach(() => holder.server.reset());
  afterAll(() => holder.server.close());
  return holder;
}

/** Resolves with the error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('Expected the promise to reject, but it resolved');
}
