import { createTestServer } from '../server/index.ts';
import { EmulatorClock } from '../shared/clock.ts';
import { type EmulatorControls, type SeedOptions, sessionCount } from '../shared/controls.ts';
import { FaultPlan } from '../shared/faults.ts';
import { VapiKeys } from './keys.ts';
import { nestError, reasonOf } from './nest-errors.ts';
import { notFoundHandler, registerRoutes } from './routes.ts';
import { DEFAULT_RANDOM_SEED, seedSessions } from './seed.ts';
import { VapiStore } from './store.ts';
import type { EmulatedSession, Json } from './types.ts';

/** Options of `startVapiEmulator`. */
export interface VapiEmulatorOptions {
  /** Answer CORS preflights and add CORS headers, for browser tests. */
  readonly cors?: boolean;
  /** Number of realistic sessions (with their chats) to create at start; deterministic for a given `now`. */
  readonly seed?: number;
  /** The seed of the generator the seeded data comes from. Default: a fixed one (the same data on every run). */
  readonly randomSeed?: number;
  /** Accept only this API key. Default: any non-empty bearer token. */
  readonly apiKey?: string;
  /** Return `metadata.nextCursor` (keyset paging) while more pages exist. Default false: page numbers only. */
  readonly cursors?: boolean;
  /** The emulator's clock: a fixed time or a function. Default: the real time. */
  readonly now?: Date | (() => Date);
  /** The org every session belongs to. */
  readonly orgId?: string;
  /** The address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** The port to listen on. Default: a free one. */
  readonly port?: number;
}

/** A running Vapi emulator. */
export interface VapiEmulator extends EmulatorControls {
  /** The state: sessions and chats. */
  readonly store: VapiStore;
  /** The sessions created by `seed`, oldest first. */
  readonly seeded: readonly EmulatedSession[];
  /** The key the emulator requires, if one was set. */
  readonly apiKey: string | undefined;
  /** Creates a session directly in the state, as `POST /session` would. */
  createSession(body?: Json): EmulatedSession;
  /** Refuses every API key seen so far (and `apiKey`), as a revoked key: the next calls get Vapi's 401. */
  expireTokens(): void;
}

/**
 * Starts a stateful emulator of Vapi's Session API (`/session`, `/session/{id}`) and Chat API (`/chat`,
 * `/chat/{id}`, `/chat/responses`) on 127.0.0.1: bearer auth, NestJS-style validation and error bodies (unknown
 * routes too), filters, sorting and the spec's page/limit pagination (with optional `nextCursor`); a clock, reseeding
 * and fault injection for your tests.
 *
 * @example
 * ```ts
 * const vapi = await startVapiEmulator({ seed: 20 });
 * const client = new VapiClient({ apiKey: 'any', baseUrl: vapi.url });
 * for await (const session of client.sessions.list()) console.log(session.name);
 * await vapi.close();
 * ```
 */
export async function startVapiEmulator(options: VapiEmulatorOptions = {}): Promise<VapiEmulator> {
  const clock = new EmulatorClock(options.now);
  const store = new VapiStore(options.orgId ?? '9c3d2f0e-6f2b-4f7e-9a61-0d1b2c3e4f50', () => clock.now());
  const keys = new VapiKeys(options.apiKey);
  const faults = new FaultPlan({
    isApi: () => true,
    error: (status, message) => nestError(status, message ?? reasonOf(status)),
    tooManyRequests: (seconds) => {
      const reply = nestError(429, 'Rate limit exceeded');
      return { ...reply, headers: { 'retry-after': String(seconds) } };
    },
  });
  const routeOptions = { keys, cursors: options.cursors ?? false };
  const server = await createTestServer({
    cors: options.cors ?? false,
    host: options.host,
    port: options.port,
    middleware: faults.middleware,
    notFound: notFoundHandler(routeOptions),
  });
  registerRoutes(server, store, routeOptions);
  let seedWith = { sessions: sessionCount(options.seed), randomSeed: options.randomSeed ?? DEFAULT_RANDOM_SEED };
  const seeded: EmulatedSession[] = [];
  const seed = (): void => {
    seeded.splice(0, seeded.length, ...seedSessions(store, seedWith.sessions, clock.now(), seedWith.randomSeed));
  };
  seed();
  return {
    url: server.url,
    server,
    store,
    seeded,
    clock,
    apiKey: options.apiKey,
    createSession: (body = {}) => store.createSession(body),
    seed(next: SeedOptions = {}) {
      seedWith = {
        sessions: next.sessions === undefined ? seedWith.sessions : sessionCount(next.sessions),
        randomSeed: next.randomSeed ?? seedWith.randomSeed,
      };
      store.clear();
      seed();
    },
    expireTokens: () => keys.expire(),
    throttle: (count, retryAfterSeconds, scope) => faults.throttle(count, retryAfterSeconds, scope),
    failNext: (count, failure, scope) => faults.failNext(count, failure, scope),
    slow: (ms, slowOptions) => faults.slow(ms, slowOptions),
    clearFaults: () => faults.clearFaults(),
    reset() {
      store.clear();
      keys.clear();
      faults.clearFaults();
      clock.reset();
      server.calls.length = 0;
      seed();
    },
    close: () => server.close(),
  };
}
