import { createTestServer, type TestServer } from '../server/index.ts';
import { EmulatorClock } from '../shared/clock.ts';
import { type EmulatorControls, Seeding } from '../shared/controls.ts';
import { FaultPlan, faultControls } from '../shared/faults.ts';
import { VapiKeys } from './keys.ts';
import { VAPI_FAILURES } from './nest-errors.ts';
import { notFoundHandler, registerRoutes } from './routes.ts';
import { DEFAULT_RANDOM_SEED, seedSessions } from './seed.ts';
import { VapiStore } from './store.ts';
import { type StreamFault, type StreamRecord, StreamSettings } from './streaming.ts';
import type { EmulatedSession, Json } from './types.ts';
import { type VapiWebhookDelivery, type VapiWebhookOptions, VapiWebhooks } from './webhooks.ts';

/**
 * The request headers Vapi documents (`Authorization: Bearer <key>`, `Content-Type` of JSON bodies): all that the
 * emulator's CORS allows, each named, so a browser test fails on any other header a client would send.
 */
export const VAPI_CORS_HEADERS: readonly string[] = ['authorization', 'content-type'];

/** Options of `startVapiEmulator`. */
export interface VapiEmulatorOptions {
  /** Answer CORS preflights, allowing the request headers `VAPI_CORS_HEADERS`, for browser tests. */
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
  /**
   * POST a server message (`session.created`, `session.updated`, `session.deleted`, `chat.created`, `chat.deleted`)
   * to `url` after each change made through the API, signed as `plan` says, retried as `backoffPlan` says.
   */
  readonly webhook?: VapiWebhookOptions;
  /** Delay between two chunks of a streamed turn (`stream: true`), in ms. Default 10. */
  readonly streamChunkDelayMs?: number;
}

/** A running Vapi emulator. */
export interface VapiEmulator extends EmulatorControls {
  /** Base URL to give the client, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The underlying test server: `calls` (every request received) and `inject()` (one-shot faults). */
  readonly server: TestServer;
  /** The state: sessions and chats. */
  readonly store: VapiStore;
  /** The sessions created by `seed`, oldest first. */
  readonly seeded: readonly EmulatedSession[];
  /** The key the emulator requires, if one was set. */
  readonly apiKey: string | undefined;
  /** Every server message sent to the webhook URL (or tried), oldest first, with its attempts. */
  readonly deliveries: readonly VapiWebhookDelivery[];
  /** Resolves once every webhook delivery under way has succeeded or given up (retries included). */
  webhooksSettled(): Promise<void>;
  /**
   * Every streamed turn (`stream: true` on `POST /chat` or `/chat/responses`) and how it ended: `completed`,
   * `client-closed` (the client closed the connection first: an abort), `cut` or `stalled` (fault scripts).
   */
  readonly streams: readonly StreamRecord[];
  /**
   * The next `count` streamed turns follow a fault script: `cut` (connection destroyed after half the deltas),
   * `stall` (no byte after half the deltas, connection kept open), `garbage` (non-SSE lines and comments between
   * the events).
   *
   * @example
   * ```ts
   * vapi.streamFault('stall'); // the next streamed turn goes silent half-way
   * ```
   */
  streamFault(fault: StreamFault, count?: number): void;
  /** Sets the delay between two chunks of a streamed turn, in ms. */
  setStreamChunkDelay(ms: number): void;
  /** Creates a session directly in the state, as `POST /session` would. */
  createSession(body?: Json): EmulatedSession;
  /** Forgets every session, chat and recorded call, then seeds again. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a stateful emulator of Vapi's Session API (`/session`, `/session/{id}`) and Chat API (`/chat`,
 * `/chat/{id}`) on 127.0.0.1: bearer auth, NestJS-style validation and error bodies, filters, sorting and the spec's
 * page/limit pagination (with optional `nextCursor`).
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
  const faults = new FaultPlan(VAPI_FAILURES);
  const webhooks = new VapiWebhooks(options.webhook, () => clock.now());
  const streaming = new StreamSettings(options.streamChunkDelayMs ?? 10);
  const routes = {
    keys,
    cursors: options.cursors ?? false,
    notify: (type: string, payload: unknown) => webhooks.send(type, payload),
    streaming,
  };
  const listen = { host: options.host, port: options.port, middleware: faults.middleware };
  const server = await createTestServer({
    cors: options.cors ? { allowHeaders: VAPI_CORS_HEADERS } : false,
    ...listen,
    notFound: notFoundHandler(routes),
  });
  registerRoutes(server, store, routes);
  const seeding = new Seeding(options, DEFAULT_RANDOM_SEED);
  const seeded: EmulatedSession[] = [];
  const seed = (): void => {
    seeded.splice(0, seeded.length, ...seedSessions(store, seeding.sessions, clock.now(), seeding.randomSeed));
  };
  seed();
  return {
    url: server.url,
    server,
    store,
    seeded,
    clock,
    apiKey: options.apiKey,
    deliveries: webhooks.deliveries,
    webhooksSettled: () => webhooks.settled(),
    streams: streaming.records,
    streamFault: (fault, count = 1) => streaming.fault(fault, count),
    setStreamChunkDelay: (ms) => {
      streaming.chunkDelayMs = ms;
    },
    createSession: (body = {}) => store.createSession(body),
    seed(next = {}) {
      seeding.update(next);
      store.clear();
      seed();
    },
    expireTokens: () => keys.expire(),
    ...faultControls(faults),
    reset() {
      store.clear();
      keys.clear();
      faults.clearFaults();
      streaming.clear();
      clock.reset();
      server.calls.length = 0;
      webhooks.clear();
      seed();
    },
    close: async () => {
      await webhooks.settled();
      await server.close();
    },
  };
}
