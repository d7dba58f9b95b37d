import { createTestServer } from '../server/index.ts';
import { EmulatorClock } from '../shared/clock.ts';
import { type EmulatorControls, Seeding } from '../shared/controls.ts';
import { FaultPlan, type FaultScope } from '../shared/faults.ts';
import { type TokenRateLimitOptions, TokenRegistry } from './oauth.ts';
import { RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import { GENESYS_FAILURES, notFoundHandler, registerRoutes } from './routes.ts';
import { DEFAULT_RANDOM_SEED, seedGenesys } from './seed.ts';
import { GenesysStore } from './store.ts';
import type { EmulatedSession } from './types.ts';

/**
 * The request headers Genesys documents for its API (`Authorization`, `Accept`/`Content-Type: application/json`): all
 * that the emulator's CORS allows, each named, so a browser test fails on any other header a client would send.
 */
export const GENESYS_CORS_HEADERS: readonly string[] = ['authorization', 'content-type', 'accept'];

/** Options of `startGenesysEmulator`. */
export interface GenesysEmulatorOptions {
  /** Answer CORS preflights, allowing the request headers `GENESYS_CORS_HEADERS`, for browser tests. */
  readonly cors?: boolean;
  /** Number of realistic sessions (with events, contacts and segments) to create at start; deterministic for a given `now`. */
  readonly seed?: number;
  /** The seed of the generator the seeded data comes from. Default: a fixed one (the same data on every run). */
  readonly randomSeed?: number;
  /** Accept only this OAuth client id. Default: any non-empty one. */
  readonly clientId?: string;
  /** Accept only this OAuth client secret. Default: any non-empty one. */
  readonly clientSecret?: string;
  /** Lifetime of issued tokens (`expires_in`). Default 86 400 s (Genesys' default of 24 h). */
  readonly tokenLifetimeSeconds?: number;
  /** Requests allowed per token (or per deployment, for tracking) and window. Default 300 per 60 s, as Genesys. */
  readonly rateLimit?: RateLimitOptions;
  /**
   * Tokens one client id may create per window; over it the token endpoint answers 429 with `Retry-After` (Genesys
   * limits token creation too). Default: no limit.
   */
  readonly tokenRateLimit?: TokenRateLimitOptions;
  /** The emulator's clock: a fixed time or a function. Default: the real time. */
  readonly now?: Date | (() => Date);
  /** The address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** The port to listen on. Default: a free one. */
  readonly port?: number;
}

/** A running Genesys emulator; `url` is the base of both the API and the token endpoint (`{url}/oauth/token`). */
export interface GenesysEmulator extends EmulatorControls {
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
  /** Token requests answered 429 by `tokenRateLimit`. */
  readonly tokenRequestsRejected: number;
  /** Every access token issued so far, oldest first. */
  readonly issuedTokens: readonly string[];
  /** Makes every issued token invalid, as if it had expired: the next API call gets a 401. */
  expireTokens(): void;
  /**
   * The next `count` rate-limited requests (every API and tracking call, not the token endpoint) get Genesys' 429
   * with `Retry-After: retryAfterSeconds`; with a `scope`, the next matching ones.
   */
  throttle(count: number, retryAfterSeconds: number, scope?: FaultScope): void;
}

/**
 * Starts a stateful emulator of the Genesys Cloud Journey API on 127.0.0.1: the OAuth client-credentials token
 * endpoint (expiring tokens, counted), sessions and their events with cursor paging through `nextUri`, external
 * contacts' sessions and segments, web/app/action event tracking and pings (no token), external events; Genesys'
 * `ErrorBody` errors with `ININ-Correlation-Id` (unknown routes too), `inin-ratelimit-*` headers, and 429s with
 * `Retry-After`; a clock, reseeding and fault injection for your tests.
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
  const clock = new EmulatorClock(options.now);
  const now = (): Date => clock.now();
  const store = new GenesysStore(now);
  const tokens = new TokenRegistry(
    { clientId: options.clientId, clientSecret: options.clientSecret },
    options.tokenLifetimeSeconds ?? 86_400,
    now,
    options.tokenRateLimit,
  );
  const limiter = new RateLimiter(options.rateLimit ?? { allowed: 300, windowSeconds: 60 }, now);
  const faults = new FaultPlan(GENESYS_FAILURES);
  const routes: Parameters<typeof notFoundHandler>[1] = [];
  const server = await createTestServer({
    cors: options.cors ? { allowHeaders: GENESYS_CORS_HEADERS } : false,
    host: options.host,
    port: options.port,
    middleware: faults.middleware,
    notFound: notFoundHandler(tokens, routes),
  });
  routes.push(...registerRoutes(server, store, tokens, limiter));
  const seeding = new Seeding(options, DEFAULT_RANDOM_SEED);
  const seeded: EmulatedSession[] = [];
  const contactIds: string[] = [];
  let deploymentId = '';
  const seed = (): void => {
    const data = seedGenesys(store, seeding.sessions, clock.now(), seeding.randomSeed);
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
    clock,
    get deploymentId() {
      return deploymentId;
    },
    get tokenRequests() {
      return tokens.requests;
    },
    get tokenRequestsRejected() {
      return tokens.rejected;
    },
    get issuedTokens() {
      return tokens.issued;
    },
    seed(next = {}) {
      seeding.update(next);
      store.clear();
      seed();
    },
    expireTokens: () => tokens.expireAll(),
    throttle: (count, retryAfterSeconds, scope) =>
      scope ? faults.throttle(count, retryAfterSeconds, scope) : limiter.throttle(count, retryAfterSeconds),
    failNext: (count, failure, scope) => faults.failNext(count, failure, scope),
    slow: (ms, slowOptions) => faults.slow(ms, slowOptions),
    clearFaults() {
      faults.clearFaults();
      limiter.clear();
    },
    reset() {
      store.clear();
      tokens.clear();
      limiter.clear();
      faults.clearFaults();
      clock.reset();
      server.calls.length = 0;
      seed();
    },
    close: () => server.close(),
  };
}
