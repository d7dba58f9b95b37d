import { createTestServer, type TestServer, type TestServerOptions } from '@sessionkit/emulators/server';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** Retry delays short enough that retry tests run in milliseconds. */
export const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 5 } as const;

/** Anything stateful a test file starts once: a test server or a vendor emulator. */
export interface Resettable {
  reset(): void;
  close(): Promise<void>;
}

/** Starts `start()` once for the test file, resets it (state and call log) before each test, closes it at the end. */
function useResettable<T extends Resettable>(start: () => Promise<T>): () => T {
  let current: T | undefined;
  beforeAll(async () => {
    current = await start();
  });
  beforeEach(() => current?.reset());
  afterAll(() => current?.close());
  return () => {
    if (!current) throw new Error('Used outside a test: the server starts in beforeAll');
    return current;
  };
}

/** One test server for the test file, reset before each test. */
export function useTestServer(options: TestServerOptions = {}): { readonly server: TestServer } {
  const get = useResettable(() => createTestServer(options));
  return {
    get server() {
      return get();
    },
  };
}

/** One vendor emulator for the test file, reset before each test. */
export function useEmulator<T extends Resettable>(start: () => Promise<T>): { readonly emulator: T } {
  const get = useResettable(start);
  return {
    get emulator() {
      return get();
    },
  };
}

/** Every item of an async iterable (a `PagePromise` walked to the end), in order. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
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
