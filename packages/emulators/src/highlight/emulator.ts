import { createTestServer, type PlainReply, type RecordedRequest } from '../server/index.ts';
import { EmulatorClock } from '../shared/clock.ts';
import { type EmulatorControls, Seeding } from '../shared/controls.ts';
import { FaultPlan, faultControls } from '../shared/faults.ts';
import { graphqlHandler } from './graphql-route.ts';
import { HIGHLIGHT_FAILURES, notFound, otlpSink, transportNotSupported } from './http-replies.ts';
import { OAuthServer } from './oauth.ts';
import { executableSchemas } from './schema.ts';
import { DEFAULT_RANDOM_SEED, seedSessions } from './seed.ts';
import { HighlightStore } from './store.ts';
import type { Caller, EmulatedOAuthClient, EmulatedSession } from './types.ts';

/**
 * The request headers Highlight documents for its graphs (`token` or `Authorization: Bearer` on the private graph,
 * `Content-Type` of JSON bodies): all that the emulator's CORS allows, each named, so a browser test fails on any
 * other header a client would send.
 */
export const HIGHLIGHT_CORS_HEADERS: readonly string[] = ['authorization', 'content-type', 'token'];

/** Options of `startHighlightEmulator`. */
export interface HighlightEmulatorOptions {
  /** Answer CORS preflights, allowing the request headers `HIGHLIGHT_CORS_HEADERS`, for browser tests. */
  readonly cors?: boolean;
  /** Number of realistic sessions to create at start; deterministic for a given `now`. */
  readonly seed?: number;
  /** The seed of the generator the seeded data comes from. Default: a fixed one (the same data on every run). */
  readonly randomSeed?: number;
  /** The emulator's clock: a fixed time or a function. Default: the real time. */
  readonly now?: Date | (() => Date);
  /** The numeric project id. Default 1. */
  readonly projectId?: number;
  /** The project's verbose id, also accepted by `initializeSession`. Default `1jdkoe52`. */
  readonly verboseId?: string;
  /** The only `token` header value accepted; any non-empty token when absent (`AUTH_MODE=simple`). */
  readonly token?: string;
  /** OAuth clients `/oauth/token` accepts. Default: none. */
  readonly oauthClients?: readonly EmulatedOAuthClient[];
  /** Lifetime of issued OAuth tokens. Default 7200 s. */
  readonly tokenLifetimeSeconds?: number;
  /** Answer every `token`-header call of the private graph with 403 `MIGRATION_BLOCKED`, as hosted Highlight does. */
  readonly migrationBlocked?: boolean;
  /** The address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** The port to listen on. Default: a free one. */
  readonly port?: number;
}

/** A running Highlight emulator; `url` is the backend's base, the graphs are at `/public` and `/private`. */
export interface HighlightEmulator extends EmulatorControls {
  /** `{url}/public`: the SDKs' ingest graph (`backendUrl` of `highlight.run`). */
  readonly publicGraphUrl: string;
  /** `{url}/private`: the dashboard graph. */
  readonly privateGraphUrl: string;
  /** `/oauth/token`. */
  readonly tokenUrl: string;
  /** The project id to give the client (`'1'` by default). */
  readonly projectId: string;
  /** The state: sessions, intervals, errors, recordings. */
  readonly store: HighlightStore;
  /** The OAuth server: issued-token count, `revokeAll()`. */
  readonly oauth: OAuthServer;
  /** The sessions created by `seed`, oldest first. */
  readonly seeded: readonly EmulatedSession[];
  /** Turns the `MIGRATION_BLOCKED` answer on or off. */
  setMigrationBlocked(blocked: boolean): void;
  /**
   * Ends every live recorded session now, as Highlight's worker does once a session goes quiet (the emulator also
   * does it by itself after 15 idle minutes of its clock, or when the recorder reports the page unloaded).
   */
  processSessions(): void;
  /** Revokes every OAuth token and refuses every `token` header seen so far: the next private call gets a 401. */
  expireTokens(): void;
}

const MIGRATION_MESSAGE =
  'Highlight has migrated to LaunchDarkly. Please log in at https://app.launchdarkly.com to continue using observability.';

/**
 * Starts a stateful emulator of self-hosted Highlight's two GraphQL APIs on 127.0.0.1: `POST /public` (SDK
 * ingest, no auth) and `POST /private` (dashboard API; `token` header or OAuth bearer), plus `/oauth/token`.
 * Every request is parsed, validated and executed by graphql-js against the real schema files, so documents
 * and variable types are checked as Highlight's gqlgen server checks them (422 when they fail); in-memory
 * resolvers answer every public-graph operation the `highlight.run` recorder sends (sessions, identification,
 * properties, replay payloads, errors, metrics, feedback, sampling) and serve what it sent to the private graph
 * (`sessions`, `session` with `length`/`active_length`/`processed`, `session_intervals`, `errors`, `events`, …);
 * a clock, reseeding and fault injection for your tests.
 *
 * @example
 * ```ts
 * const highlight = await startHighlightEmulator({ seed: 20 });
 * const hl = new HighlightClient({ baseUrl: highlight.url, projectId: highlight.projectId, token: 'any' });
 * for await (const session of hl.sessions.search()) console.log(session.identifier);
 * await highlight.close();
 * ```
 */
export async function startHighlightEmulator(options: HighlightEmulatorOptions = {}): Promise<HighlightEmulator> {
  const clock = new EmulatorClock(options.now);
  const now = (): Date => clock.now();
  const projectId = options.projectId ?? 1;
  const store = new HighlightStore(projectId, options.verboseId ?? '1jdkoe52', now);
  const oauth = new OAuthServer(options.oauthClients ?? [], now, options.tokenLifetimeSeconds ?? 7200);
  const faults = new FaultPlan(HIGHLIGHT_FAILURES);
  const server = await createTestServer({
    cors: options.cors ? { allowHeaders: HIGHLIGHT_CORS_HEADERS } : false,
    host: options.host,
    port: options.port,
    middleware: faults.middleware,
    notFound: notFound,
  });
  const schemas = executableSchemas();
  let migrationBlocked = options.migrationBlocked ?? false;
  const seenTokens = new Set<string>();
  const expiredTokens = new Set<string>();

  const authenticatePrivate = (request: RecordedRequest): Caller | PlainReply => {
    const token = header(request, 'token');
    if (token) {
      if (migrationBlocked) {
        return {
          status: 403,
          json: { errors: [{ message: MIGRATION_MESSAGE, extensions: { code: 'MIGRATION_BLOCKED' } }] },
        };
      }
      if (options.token !== undefined && token !== options.token) {
        return { status: 401, text: 'invalid token: signature is invalid\n' };
      }
      seenTokens.add(token);
      if (expiredTokens.has(token))
        return { status: 401, text: 'invalid token: token has invalid claims: token is expired\n' };
      return { kind: 'token' };
    }
    const bearer = /^Bearer (.+)$/i.exec(header(request, 'authorization') ?? '')?.[1];
    if (bearer) {
      const client = oauth.validate(bearer);
      if (!client) return { status: 401, text: 'invalid access token\n' };
      return { kind: 'oauth', operations: client.operations ? new Set(client.operations) : undefined };
    }
    return { kind: 'anonymous' };
  };

  // Routes added later take precedence: the catch-all methods first.
  server
    .on('*', '/public', transportNotSupported)
    .on('*', '/private', transportNotSupported)
    .on(
      'POST',
      '/public',
      graphqlHandler(schemas.public, store, () => ({ kind: 'anonymous' })),
    )
    .on('POST', '/private', graphqlHandler(schemas.private, store, authenticatePrivate))
    .on('POST', '/v1/:signal', otlpSink)
    .on('POST', '/otel/v1/:signal', otlpSink)
    .on('POST', '/oauth/token', (request) => oauth.token(request))
    .on('GET', '/oauth/token', (request) => oauth.token(request));

  const seeding = new Seeding(options, DEFAULT_RANDOM_SEED);
  const seeded: EmulatedSession[] = [];
  const seed = (): void => {
    seeded.splice(0, seeded.length, ...seedSessions(store, seeding.sessions, clock.now(), seeding.randomSeed));
  };
  seed();
  return {
    url: server.url,
    publicGraphUrl: `${server.url}/public`,
    privateGraphUrl: `${server.url}/private`,
    tokenUrl: `${server.url}/oauth/token`,
    projectId: String(projectId),
    server,
    store,
    oauth,
    seeded,
    clock,
    setMigrationBlocked(blocked) {
      migrationBlocked = blocked;
    },
    processSessions() {
      for (const session of store.sessions.values()) {
        if (store.recordings.has(session.secure_id)) session.processed = true;
      }
    },
    seed(next = {}) {
      seeding.update(next);
      store.clear();
      seed();
    },
    expireTokens() {
      oauth.revokeAll();
      for (const token of seenTokens) expiredTokens.add(token);
    },
    ...faultControls(faults),
    reset() {
      store.clear();
      oauth.reset();
      seenTokens.clear();
      expiredTokens.clear();
      faults.clearFaults();
      clock.reset();
      migrationBlocked = options.migrationBlocked ?? false;
      server.calls.length = 0;
      seed();
    },
    close: () => server.close(),
  };
}

function header(request: RecordedRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
