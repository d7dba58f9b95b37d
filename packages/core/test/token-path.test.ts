import type { RecordedRequest } from '@sessionkit/test-server';
import { describe, expect, it } from 'vitest';
import { type AuthContext, clientCredentials, RequestAbortedError, TimeoutError } from '../src/index.ts';
import { makeClient, rejectionOf, until, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const TOKEN_PATH = '/oauth/token';
/** The client's own bound on the token request: far above any call's bound in these tests. */
const CLIENT_TIMEOUT_MS = 20_000;

function oauthClient(config: Parameters<typeof makeClient>[1] = {}) {
  return makeClient(ctx.server, {
    auth: clientCredentials({ tokenUrl: `${ctx.server.url}${TOKEN_PATH}`, clientId: 'id-1', clientSecret: 'secret-1' }),
    timeoutMs: CLIENT_TIMEOUT_MS,
    maxRetries: 0,
    ...config,
  });
}

function callsTo(path: string): RecordedRequest[] {
  return ctx.server.calls.filter((call) => call.path === path);
}

/** `/me` answers 401 to every token but the accepted one. */
function protectedRoute(accepts: (token: string) => boolean): void {
  ctx.server.on('GET', '/me', (request: RecordedRequest) => {
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    return accepts(token) ? { json: { token } } : { status: 401, json: { message: 'expired token' } };
  });
}

describe('the shared token fetch is bounded by the client, each waiter by its own call', () => {
  it('a token endpoint that never answers: the caller’s signal ends the wait, the API is never called', async () => {
    ctx.server.on('POST', TOKEN_PATH, { fault: 'hang' });
    protectedRoute(() => true);
    const controller = new AbortController();
    const pending = oauthClient().request({ method: 'GET', path: '/me', signal: controller.signal });
    await until(() => callsTo(TOKEN_PATH).length === 1);
    controller.abort();
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.message).toContain('waiting for credentials');
    expect(callsTo(TOKEN_PATH)).toHaveLength(1);
    expect(callsTo('/me')).toHaveLength(0);
  });

  it('a token endpoint that never answers: totalTimeoutMs ends the wait with a deadline TimeoutError, within it', async () => {
    ctx.server.on('POST', TOKEN_PATH, { fault: 'hang' });
    protectedRoute(() => true);
    const started = Date.now();
    const error = await rejectionOf(oauthClient().request({ method: 'GET', path: '/me', totalTimeoutMs: 300 }));
    // Bounded by the call's 300 ms, not by the token request's own 20 s timeout.
    expect(Date.now() - started).toBeLessThan(CLIENT_TIMEOUT_MS / 4);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('deadline');
    expect((error as TimeoutError).timeoutMs).toBe(300);
    expect((error as TimeoutError).reachedServer).toBe(false);
    expect(callsTo('/me')).toHaveLength(0);
  });

  it('a waiter that leaves does not cancel the fetch: the others get the token it brings, from one request', async () => {
    ctx.server.on('POST', TOKEN_PATH, {
      fault: 'delay',
      ms: 2_000,
      then: { json: { access_token: 'shared-token', expires_in: 3600 } },
    });
    protectedRoute((token) => token === 'shared-token');
    const client = oauthClient();
    const controller = new AbortController();
    const leaving = client.request({ method: 'GET', path: '/me', signal: controller.signal });
    const staying = client.request({ method: 'GET', path: '/me' });
    // Times far apart, so a loaded 2-core machine cannot reorder them: abort at 100 ms, deadline at 600 ms, token at 2 s.
    const deadlined = client.request({ method: 'GET', path: '/me', totalTimeoutMs: 600 });
    setTimeout(() => controller.abort(), 100);
    expect(await rejectionOf(leaving)).toBeInstanceOf(RequestAbortedError);
    expect(((await rejectionOf(deadlined)) as TimeoutError).kind).toBe('deadline');
    expect(await staying).toEqual({ token: 'shared-token' });
    // The token the fetch brought is cached for later calls too.
    expect(await client.request({ method: 'GET', path: '/me' })).toEqual({ token: 'shared-token' });
    expect(callsTo(TOKEN_PATH)).toHaveLength(1);
    expect(callsTo('/me')).toHaveLength(2);
  });
});

describe('invalidate(rejected): compare, then clear', () => {
  it('50 concurrent calls all answered 401 once cause exactly one token refresh', async () => {
    let issued = 0;
    ctx.server.on('POST', TOKEN_PATH, () => {
      issued += 1;
      return { fault: 'delay', ms: 20, then: { json: { access_token: `token-${issued}`, expires_in: 3600 } } };
    });
    protectedRoute((token) => token !== 'token-1');
    const client = oauthClient();
    const results = await Promise.all(Array.from({ length: 50 }, () => client.request({ method: 'GET', path: '/me' })));
    expect(results).toEqual(Array.from({ length: 50 }, () => ({ token: 'token-2' })));
    // One token for the first attempts, one refresh after their 401s.
    expect(callsTo(TOKEN_PATH)).toHaveLength(2);
    expect(callsTo('/me')).toHaveLength(100);
  });

  it('keeps a newer token when a late 401 names an older one, and drops the one named', async () => {
    let fetched = 0;
    const context: AuthContext = {
      requestToken: async () => ({ access_token: `t${++fetched}`, expires_in: 3600 }),
    };
    const auth = clientCredentials({
      tokenUrl: 'https://login.example.test/oauth/token',
      clientId: 'i',
      clientSecret: 's',
    });
    expect(await auth.headers(context)).toEqual({ authorization: 'Bearer t1' });
    expect(await auth.invalidate?.({ authorization: 'Bearer t0' })).toBe(true);
    expect(await auth.headers(context)).toEqual({ authorization: 'Bearer t1' });
    expect(fetched).toBe(1);
    expect(await auth.invalidate?.({ authorization: 'Bearer t1' })).toBe(true);
    expect(await auth.headers(context)).toEqual({ authorization: 'Bearer t2' });
    expect(fetched).toBe(2);
  });
});

describe('the token endpoint is not the vendor’s API', () => {
  it('does not get the client-level headers option; the API does', async () => {
    ctx.server.on('POST', TOKEN_PATH, { json: { access_token: 'token', expires_in: 3600 } });
    protectedRoute(() => true);
    await oauthClient({ headers: { 'x-team': 'blue' } }).request({ method: 'GET', path: '/me' });
    const [tokenCall] = callsTo(TOKEN_PATH);
    const [apiCall] = callsTo('/me');
    expect(tokenCall?.headers['x-team']).toBeUndefined();
    expect(tokenCall?.headers.authorization).toMatch(/^Basic /);
    expect(apiCall?.headers['x-team']).toBe('blue');
  });
});
