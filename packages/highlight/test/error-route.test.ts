import { startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  HighlightClient,
  HighlightGraphQLError,
  MigrationBlockedError,
  NotFoundError,
  ResponseValidationError,
} from '../src/index.ts';
import { graphql, makeClient, rejectionOf, sessionJson, TOKEN, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';
const PENDING = 'query Pending($id: String!) { isSessionPending(session_secure_id: $id) }';
const UNAUTHENTICATED = { json: { data: { session: null }, errors: [{ message: '401 - AuthenticationError' }] } };

/** A client whose `onError` records what it sees. */
function observed(options: Parameters<typeof makeClient>[1] = {}) {
  const seen: Error[] = [];
  const hl = makeClient(ctx.server.url, { ...options, hooks: { onError: (error) => seen.push(error) } });
  return { hl, seen };
}

/** A token provider issuing `token-1`, `token-2`… one per call. */
function numberedTokens(): { tokenProvider: () => string; token: undefined } {
  let issued = 0;
  return {
    token: undefined,
    tokenProvider: () => {
      issued += 1;
      return `token-${issued}`;
    },
  };
}

// Issue 13, item 2: what a 200 says went wrong is read inside core's call (`HttpRequest.interpret`), so it leaves
// by the route of an HTTP error: onError sees it once, as the same object the caller gets, `.asResponse()` rejects
// with it, and an authentication failure refreshes the credentials once and retries, as after a 401.
describe('one error route for what a 200 says went wrong', () => {
  it('GraphQL errors: onError sees the HighlightGraphQLError once, the very error the caller and asResponse() get', async () => {
    ctx.server.on('POST', '/private', { json: { data: null, errors: [{ message: 'record not found' }] } });
    const { hl, seen } = observed();
    const promise = hl.sessions.intervals(ID);
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(HighlightGraphQLError);
    expect(await rejectionOf(promise.asResponse())).toBe(error);
    expect(await rejectionOf(promise.withResponse())).toBe(error);
    expect(seen).toEqual([error]);
    expect(seen[0]).toBe(error);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('the raw request() escape hatch goes the same route', async () => {
    ctx.server.on('POST', '/private', { json: { data: null, errors: [{ message: 'boom' }] } });
    const { hl, seen } = observed();
    const promise = hl.request({ graph: 'private', query: PENDING, variables: { id: ID } });
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(HighlightGraphQLError);
    expect((error as HighlightGraphQLError).operationName).toBe('Pending');
    expect(await rejectionOf(promise.asResponse())).toBe(error);
    expect(seen).toEqual([error]);
  });

  it('an authentication failure reported in the GraphQL errors refreshes the credentials once and retries', async () => {
    ctx.server.on('POST', '/private', (request) =>
      request.headers.authorization === 'Bearer token-1' ? UNAUTHENTICATED : graphql({ session: sessionJson() }),
    );
    const { hl, seen } = observed(numberedTokens());
    const session = await hl.sessions.get(ID);
    expect(session.secure_id).toBe(ID);
    expect(ctx.server.calls.map((call) => call.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(seen).toEqual([]);
  });

  it('so does the raw request(), with the UNAUTHENTICATED code too', async () => {
    ctx.server.on('POST', '/private', (request) =>
      request.headers.authorization === 'Bearer token-1'
        ? { json: { data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] } }
        : graphql({ isSessionPending: false }),
    );
    const hl = makeClient(ctx.server.url, numberedTokens());
    expect(await hl.request({ graph: 'private', query: PENDING, variables: { id: ID } })).toEqual({
      isSessionPending: false,
    });
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('an authentication failure that persists after the refresh is an AuthenticationError, seen once', async () => {
    ctx.server.on('POST', '/private', UNAUTHENTICATED);
    const { hl, seen } = observed(numberedTokens());
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toBeInstanceOf(HighlightGraphQLError);
    expect(error.message).toContain('401 - AuthenticationError');
    expect(error.message).toContain('check the token');
    expect((error as AuthenticationError).status).toBe(200);
    expect((error as AuthenticationError).body).toMatchObject({ errors: [{ message: '401 - AuthenticationError' }] });
    expect(ctx.server.calls).toHaveLength(2);
    expect(seen).toEqual([error]);
  });

  it('a static token cannot be refreshed: the AuthenticationError comes after one request', async () => {
    ctx.server.on('POST', '/private', UNAUTHENTICATED);
    const { hl, seen } = observed();
    expect(await rejectionOf(hl.sessions.get(ID))).toBeInstanceOf(AuthenticationError);
    expect(ctx.server.calls).toHaveLength(1);
    expect(seen).toHaveLength(1);
  });

  it('MIGRATION_BLOCKED in the GraphQL errors of a 200 is a MigrationBlockedError too', async () => {
    ctx.server.on('POST', '/private', {
      json: { data: null, errors: [{ message: 'blocked', extensions: { code: 'MIGRATION_BLOCKED' } }] },
    });
    const { hl, seen } = observed();
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(MigrationBlockedError);
    expect((error as MigrationBlockedError).code).toBe('MIGRATION_BLOCKED');
    expect(error.message).toContain('self-hosted Highlight');
    expect(seen).toEqual([error]);
  });

  it('a session that comes back null is a NotFoundError found inside the call: onError sees it, asResponse() rejects', async () => {
    ctx.server.on('POST', '/private', graphql({ session: null }));
    const { hl, seen } = observed();
    const promise = hl.sessions.get(ID);
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toContain(`GetSession: session "${ID}" not found`);
    expect(await rejectionOf(promise.asResponse())).toBe(error);
    expect(seen).toEqual([error]);
    ctx.server.reset();
    ctx.server.on('POST', '/private', graphql({ updateSessionIsPublic: null }));
    expect(await rejectionOf(hl.sessions.setPublic(ID, true))).toBeInstanceOf(NotFoundError);
  });

  it('a found session holding "session": null deeper down is not taken for a missing one', async () => {
    ctx.server.on('POST', '/private', graphql({ session: sessionJson({ user_object: { session: null } }) }));
    expect((await makeClient(ctx.server.url).sessions.get(ID)).secure_id).toBe(ID);
  });

  it('a body the schema refuses: onError sees the ResponseValidationError once, as the caller does', async () => {
    ctx.server.on('POST', '/private', graphql({ session: sessionJson({ secure_id: 42 }) }));
    const { hl, seen } = observed();
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(seen).toEqual([error]);
  });
});

describe('one error route for HTTP errors Highlight words', () => {
  it('403 MIGRATION_BLOCKED: onError sees the MigrationBlockedError the caller gets, not core error before it', async () => {
    ctx.server.on('POST', '/private', {
      status: 403,
      json: { errors: [{ message: 'Highlight has migrated', extensions: { code: 'MIGRATION_BLOCKED' } }] },
    });
    const { hl, seen } = observed();
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(MigrationBlockedError);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(error);
  });

  it('401: onError sees the AuthenticationError that says what to check, the same object the caller gets', async () => {
    ctx.server.on('POST', '/private', { status: 401, json: { errors: [{ message: `bad ${TOKEN}` }] } });
    const { hl, seen } = observed();
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain('check the token');
    expect(error.message).not.toContain(TOKEN);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(error);
  });

  it('a refused OAuth client: onError sees the AuthenticationError of the token request once, as the caller gets it', async () => {
    const emulator = await startHighlightEmulator({
      oauthClients: [{ clientId: 'ci', clientSecret: 'right-secret-1234567' }],
    });
    try {
      const seen: Error[] = [];
      const hl = new HighlightClient({
        baseUrl: emulator.url,
        projectId: '1',
        clientId: 'ci',
        clientSecret: 'wrong-secret-7654321',
        hooks: { onError: (error) => seen.push(error) },
      });
      const error = await rejectionOf(hl.sessions.search());
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.message).toContain('check the token, the token provider or the OAuth client credentials');
      expect(seen).toHaveLength(1);
      expect(seen[0]).toBe(error);
    } finally {
      await emulator.close();
    }
  });
});
