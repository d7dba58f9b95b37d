import { createTestServer, type PlainReply, type RecordedRequest, type TestServer } from '../server/index.ts';
import { clockFrom } from '../shared/clock.ts';
import { graphqlHandler } from './graphql-route.ts';
import { OAuthServer } from './oauth.ts';
import { executableSchemas } from './schema.ts';
import { seedSessions } from './seed.ts';
import { HighlightStore } from './store.ts';
import type { Caller, EmulatedOAuthClient, EmulatedSession } from './types.ts';

/** Options of `startHighlightEmulator`. */
export interface HighlightEmulatorOptions {
  /** Answer CORS preflights and add CORS headers, for browser tests. */
  readonly cors?: boolean;
  /** Number of realistic sessions to create at start; deterministic for a given `now`. */
  readonly seed?: number;
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
}

/** A running Highlight emulator. */
export interface HighlightEmulator {
  /** The backend's base URL, `http://127.0.0.1:<port>`; the graphs are at `/public` and `/private`. */
  readonly url: string;
  readonly publicGraphUrl: string;
  readonly privateGraphUrl: string;
  /** `/oauth/token`. */
  readonly tokenUrl: string;
  /** The project id to give the client (`'1'` by default). */
  readonly projectId: string;
  /** The underlying test server: `calls` (every request received) and `inject()` (one-shot faults). */
  readonly server: TestServer;
  /** The state: sessions, intervals, errors. */
  readonly store: HighlightStore;
  /** The OAuth server: issued-token count, `revokeAll()`. */
  readonly oauth: OAuthServer;
  /** The sessions created by `seed`, oldest first. */
  readonly seeded: readonly EmulatedSession[];
  /** Turns the `MIGRATION_BLOCKED` answer on or off. */
  setMigrationBlocked(blocked: boolean): void;
  /** Forgets every session, token and recorded call, then seeds again. */
  reset(): void;
  close(): Promise<void>;
}

const MIGRATION_MESSAGE =
  'Highlight has migrated to LaunchDarkly. Please log in at https://app.launchdarkly.com to continue using observability.';

/**
 * Starts a stateful emulator of self-hosted Highlight's two GraphQL APIs on 127.0.0.1: `POST /public` (SDK
 * ingest, no auth) and `POST /private` (dashboard API; `token` header or OAuth bearer), plus `/oauth/token`.
 * Every request is parsed, validated and executed by graphql-js against the real schema files, so documents
 * and variable types are checked as Highlight's gqlgen server checks them (422 when they fail); in-memory
 * resolvers keep the sessions `initializeSession`/`identifySession`/`addSessionProperties` create and serve them
 * to `sessions`/`session`.
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
  const clock = clockFrom(options.now);
  const projectId = options.projectId ?? 1;
  const store = new HighlightStore(projectId, options.verboseId ?? '1jdkoe52', clock);
  const oauth = new OAuthServer(options.oauthClients ?? [], clock, options.tokenLifetimeSeconds ?? 7200);
  const server = await createTestServer({ cors: options.cors ?? false });
  const schemas = executableSchemas();
  let migrationBlocked = options.migrationBlocked ?? false;

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

  server
    .on(
      'POST',
      '/public',
      graphqlHandler(schemas.public, store, () => ({ kind: 'anonymous' })),
    )
    .on('POST', '/private', graphqlHandler(schemas.private, store, authenticatePrivate))
    .on('POST', '/oauth/token', (request) => oauth.token(request))
    .on('GET', '/oauth/token', (request) => oauth.token(request));

  const seeded: EmulatedSession[] = [];
  const seed = (): void => {
    seeded.splice(0, seeded.length, ...seedSessions(store, options.seed ?? 0, clock()));
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
    setMigrationBlocked(blocked) {
      migrationBlocked = blocked;
    },
    reset() {
      store.clear();
      oauth.reset();
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
