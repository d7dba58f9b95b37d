import { createTestServer, type TestServer } from '../server/index.ts';
import { clockFrom } from '../shared/clock.ts';
import { TokenRegistry } from './oauth.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { registerRoutes } from './routes.ts';
import { seedGenesys } from './seed.ts';
import { GenesysStore } from './store.ts';
import type { EmulatedSession } from './types.ts';

/** Options of `startGenesysEmulator`. */
export interface GenesysEmulatorOptions {
  /** Answer CORS preflights and add CORS headers, for browser tests. */
  readonly cors?: boolean;
  /** Number of realistic sessions (with events, contacts and segments) to create at start; deterministic for a given `now`. */
  readonly seed?: number;
  /** Accept only this OAuth client id. Default: any non-empty one. */
  readonly clientId?: string;
  /** Accept only this OAuth client secret. Default: any non-empty one. */
  readonly clientSecret?: string;
  /** Lifetime of issued tokens (`expires_in`). Default 86 400 s (Genesys' default of 24 h). */
  readonly tokenLifetimeSeconds?: number;
  /** Requests allowed per token (or per deployment, for tracking) and window. Default 300 per 60 s, as Genesys. */
  readonly rateLimit?: RateLimitOptions;
  /** The emulator's clock: a fixed time or a function. Default: the real time. */
  readonly now?: Date | (() => Date);
}

/** A running Genesys emulator. */
export interface GenesysEmulator {
  /** Base URL of both the API and the token endpoint (`{url}/oauth/token`), `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** The underlying test server: `calls` (every request received) and `inject()` (one-shot faults). */
  readonly server: TestServer;
  /** The state: sessions, events, contacts, ingested events. */
  readonly store: GenesysStore;
  /** The sessions created by `seed`, oldest first. */
  readonly seeded: readonly EmulatedSession[];
  /** The seeded external contacts (pass them as the client's `contactIds`). */
  readonly contactIds: readonly string[];
  /** A deployment id for the tracking endpoints. */
  readonly deploymentId: string;
  /** Token requests received so far. */
  readonly tokenRequests: number;
  /** Every access token issued so far, oldest first. */
  readonly issuedTokens: readonly string[];
  /** Makes every issued token invalid, as if it had expired: the next API call gets a 401. */
  expireTokens(): void;
  /** The next `count` rate-limited requests get a 429 with `Retry-After: retryAfterSeconds`. */
  throttle(count: number, retryAfterSeconds: number): void;
  /** Forgets all state, tokens, limits and recorded calls, then seeds again. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts a stateful emulator of the Genesys Cloud Journey API on 127.0.0.1: the OAuth client-credentials token
 * endpoint (expiring tokens, counted), sessions and their events with cursor paging through `nextUri`, external
 * contacts' sessions and segments, web/app/action event tracking and pings (no token), external events; Genesys'
 * `ErrorBody` errors with `ININ-Correlation-Id`, `inin-ratelimit-*` headers, and 429s with `Retry-After`.
 *
 * @example
 * ```ts
 * const genesys = await startGenesysEmulator({ seed: 20 });
 * const gj = new GenesysJourneyClient({ baseUrl: genesys.url, clientId: 'id', clientSecret: 'secret', contactIds: genesys.contactIds });
 * for await (const summary of gj.sessions.recentSummaries({ limit: 5 })) console.log(summary.id);
 * await genesys.close();
 * ```
 */
export async function startGenesysEmulator(options: GenesysEmulatorOptions = {}): Promise<GenesysEmulator> {
  const clock = clockFrom(options.now);
  const store = new GenesysStore(clock);
  const tokens = new TokenRegistry(
    { clientId: options.clientId, clientSecret: options.clientSecret },
    options.tokenLifetimeSeconds ?? 86_400,
    clock,
  );
  const limiter = new RateLimiter(options.rateLimit ?? { allowed: 300, windowSeconds: 60 }, clock);
  const server = await createTestServer({ cors: options.cors ?? false });
  registerRoutes(server, store, tokens, limiter);
  const seeded: EmulatedSession[] = [];
  const contactIds: string[] = [];
  let deploymentId = '';
  const seed = (): void => {
    const data = seedGenesys(store, options.seed ?? 0, clock());
    seeded.splice(0, seeded.length, ...data.sessions);
    contactIds.splice(0, contactIds.length, ...data.contactIds);
    deploymentId = data.deploymentId;
  };
  seed();
  return {
    url: server.url,
    server,
    store,
    seeded,
    contactIds,
    get deploymentId() {
      return deploymentId;
    },
    get tokenRequests() {
      return tokens.requests;
    },
    get issuedTokens() {
      return tokens.issued;
    },
    expireTokens: () => tokens.expireAll(),
    throttle: (count, retryAfterSeconds) => limiter.throttle(count, retryAfterSeconds),
    reset() {
      store.clear();
      tokens.clear();
      limiter.clear();
      server.calls.length = 0;
      seed();
    },
    close: () => server.close(),
  };
}
