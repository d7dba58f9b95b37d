import { inspect } from 'node:util';
import { startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConfigurationError,
  GenesysJourneyClient,
  NotFoundError,
  SessionkitError,
} from '../src/index.ts';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  FAST_RETRY,
  makeClient,
  rejectionOf,
  sessionJson,
  TOKEN_REPLY,
  useEmulator,
  useTestServer,
} from './helpers.ts';

const ctx = useEmulator({ seed: 3 });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('OAuth client credentials', () => {
  it('posts grant_type=client_credentials with HTTP Basic auth to the token URL, then sends the token', async () => {
    const { emulator } = ctx;
    const session = emulator.seeded[0];
    const gj = makeClient(emulator.url);
    expect((await gj.sessions.get(session?.id as string)).id).toBe(session?.id);
    const [token, call] = emulator.server.calls;
    expect(token?.method).toBe('POST');
    expect(token?.path).toBe('/oauth/token');
    expect(token?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(token?.body).toEqual({ grant_type: 'client_credentials' });
    expect(token?.headers.authorization).toBe(`Basic ${btoa(`${CLIENT_ID}:${CLIENT_SECRET}`)}`);
    expect(call?.headers.authorization).toBe(`Bearer ${emulator.issuedTokens[0]}`);
  });

  it('50 parallel calls on a cold client make exactly one token request, and all succeed', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const ids = emulator.seeded.map((session) => session.id);
    const sessions = await Promise.all(
      Array.from({ length: 50 }, (_, index) => gj.sessions.get(ids[index % ids.length] as string)),
    );
    expect(sessions.map((session) => session.id)).toEqual(
      Array.from({ length: 50 }, (_, index) => ids[index % ids.length]),
    );
    expect(emulator.tokenRequests).toBe(1);
    const tokens = new Set(emulator.server.calls.slice(1).map((call) => call.headers.authorization));
    expect(tokens).toEqual(new Set([`Bearer ${emulator.issuedTokens[0]}`]));
  });

  it('reuses the cached token across calls', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    for (const session of emulator.seeded) await gj.sessions.get(session.id);
    expect(emulator.tokenRequests).toBe(1);
  });

  it('after a 401 (the token expired early), fetches a new token once and retries the call once', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const id = emulator.seeded[0]?.id as string;
    await gj.sessions.get(id);
    emulator.expireTokens();
    await gj.sessions.get(id);
    expect(emulator.tokenRequests).toBe(2);
    expect(emulator.server.calls.map((call) => call.path)).toEqual([
      '/oauth/token',
      `/api/v2/journey/sessions/${id}`,
      `/api/v2/journey/sessions/${id}`,
      '/oauth/token',
      `/api/v2/journey/sessions/${id}`,
    ]);
  });

  it('refreshes the token before it expires: a 120 s token is renewed after 60 s (refreshSkewMs default 60 s)', async () => {
    let now = Date.parse('2026-08-20T12:00:00Z');
    const genesys = await startGenesysEmulator({ tokenLifetimeSeconds: 120, seed: 1, now: () => new Date(now) });
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const gj = makeClient(genesys.url);
      const id = genesys.seeded[0]?.id as string;
      await gj.sessions.get(id);
      now += 59_000;
      await gj.sessions.get(id);
      expect(genesys.tokenRequests).toBe(1);
      now += 2_000;
      await gj.sessions.get(id);
      expect(genesys.tokenRequests).toBe(2);
      expect(
        genesys.server.calls.map((call) => call.headers.authorization).filter((value) => value?.startsWith('Bearer')),
      ).toEqual([
        `Bearer ${genesys.issuedTokens[0]}`,
        `Bearer ${genesys.issuedTokens[0]}`,
        `Bearer ${genesys.issuedTokens[1]}`,
      ]);
    } finally {
      await genesys.close();
    }
  });

  it('wrong client credentials fail with AuthenticationError carrying the OAuth error, and no API call is made', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url, { clientSecret: 'not-the-secret-9f8e7d' });
    const error = await rejectionOf(gj.sessions.get('any'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('invalid_client');
    expect(error.message).toContain('Invalid client credentials');
    expect(emulator.server.calls.every((call) => call.path === '/oauth/token')).toBe(true);
  });

  it('falls back to GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET', async () => {
    const { emulator } = ctx;
    vi.stubEnv('GENESYS_CLIENT_ID', CLIENT_ID);
    vi.stubEnv('GENESYS_CLIENT_SECRET', CLIENT_SECRET);
    const gj = new GenesysJourneyClient({ baseUrl: emulator.url, retry: FAST_RETRY });
    await gj.sessions.get(emulator.seeded[0]?.id as string);
    expect(emulator.tokenRequests).toBe(1);
  });

  it.each([
    ['only a client id', { clientId: CLIENT_ID }, 'clientSecret'],
    ['only a client secret', { clientSecret: CLIENT_SECRET }, 'clientId'],
    ['credentials and a token', { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accessToken: 'abcd' }, 'one kind'],
  ])('refuses %s with a ConfigurationError naming what is wrong', (_what, options, expected) => {
    vi.stubEnv('GENESYS_CLIENT_ID', '');
    vi.stubEnv('GENESYS_CLIENT_SECRET', '');
    expect(() => new GenesysJourneyClient({ baseUrl: ctx.emulator.url, ...options })).toThrow(expected);
    expect(() => new GenesysJourneyClient({ baseUrl: ctx.emulator.url, ...options })).toThrow(ConfigurationError);
  });

  it('refuses client credentials in a browser: a client secret must never ship to one', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    let caught: unknown;
    try {
      new GenesysJourneyClient({ region: 'eu_west_1', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as Error).message).toContain('browser');
    expect((caught as Error).message).not.toContain(CLIENT_SECRET);
    // An access token (from an implicit or PKCE login) and tracking without credentials stay possible.
    expect(() => new GenesysJourneyClient({ region: 'eu_west_1', accessToken: 'browser-token' })).not.toThrow();
    expect(() => new GenesysJourneyClient({ region: 'eu_west_1' })).not.toThrow();
  });

  it('refuses to send the client secret to a plain-http token URL other than this machine', () => {
    expect(
      () =>
        new GenesysJourneyClient({
          region: 'eu_west_1',
          tokenUrl: 'http://login.example.com/oauth/token',
          clientId: 'i',
          clientSecret: 's',
        }),
    ).toThrow(ConfigurationError);
  });
});

describe('access token and token provider', () => {
  const local = useTestServer();

  it('sends an accessToken as a bearer token, with no token request', async () => {
    local.server.on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson() });
    await new GenesysJourneyClient({ baseUrl: local.server.url, accessToken: 'access-token-123' }).sessions.get('s');
    expect(local.server.calls.map((call) => [call.path, call.headers.authorization])).toEqual([
      ['/api/v2/journey/sessions/s', 'Bearer access-token-123'],
    ]);
  });

  it('asks the token provider before each call, and again after a 401', async () => {
    local.server
      .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson() })
      .inject('GET', '/api/v2/journey/sessions/:id', { status: 401, json: { code: 'bad.credentials', status: 401 } });
    let issued = 0;
    const gj = new GenesysJourneyClient({
      baseUrl: local.server.url,
      tokenProvider: async () => `provided-token-${++issued}`,
    });
    await gj.sessions.get('s');
    expect(local.server.calls.map((call) => call.headers.authorization)).toEqual([
      'Bearer provided-token-1',
      'Bearer provided-token-2',
    ]);
  });

  it('without any credentials, authenticated calls fail before sending; tracking works', async () => {
    vi.stubEnv('GENESYS_CLIENT_ID', '');
    vi.stubEnv('GENESYS_CLIENT_SECRET', '');
    local.server.on('GET', '/api/v2/journey/deployments/:d/customers/:c/ping', { json: { actions: [] } });
    const gj = new GenesysJourneyClient({ baseUrl: local.server.url });
    const error = await rejectionOf(gj.sessions.get('s'));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('GENESYS_CLIENT_ID');
    expect(local.server.calls).toHaveLength(0);
    expect(await gj.tracking.ping('d', 'c')).toEqual({ actions: [] });
    expect(local.server.calls[0]?.headers.authorization).toBeUndefined();
  });
});

describe('secrets never leak', () => {
  const local = useTestServer();

  function everythingVisible(error: unknown, logs: unknown[]): string {
    return [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String((error as Error).stack),
      JSON.stringify(logs),
    ].join('\n');
  }

  it('the client secret, its Basic header and the issued token are absent from errors, their JSON, inspect and hooks', async () => {
    const token = 'issued-token-abc123';
    const basic = btoa(`${CLIENT_ID}:${CLIENT_SECRET}`);
    local.server.on('POST', '/oauth/token', TOKEN_REPLY).on('GET', '/api/v2/journey/sessions/:id', {
      status: 404,
      headers: { 'x-echo': token, 'inin-correlation-id': `corr-${token}` },
      json: { message: `Session not found for ${token} / ${CLIENT_SECRET} / ${basic}`, code: 'not.found', status: 404 },
    });
    const logs: unknown[] = [];
    const gj = makeClient(local.server.url, {
      hooks: {
        onRequest: (entry) => logs.push(entry),
        onResponse: (entry) => logs.push(entry),
        onRetry: (entry) => logs.push(entry),
        onError: (error) => logs.push({ error: String(error), json: JSON.stringify(error) }),
      },
    });
    const error = await rejectionOf(gj.sessions.get('s'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(SessionkitError);
    const visible = everythingVisible(error, logs);
    for (const secret of [token, CLIENT_SECRET, basic]) expect(visible).not.toContain(secret);
    expect(visible).toContain('[REDACTED]');
  });

  it('a token endpoint that echoes the secret does not leak it', async () => {
    local.server.on('POST', '/oauth/token', {
      status: 401,
      json: { error: 'invalid_client', description: `bad secret ${CLIENT_SECRET}` },
    });
    const error = await rejectionOf(makeClient(local.server.url).sessions.get('s'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(everythingVisible(error, [])).not.toContain(CLIENT_SECRET);
  });
});
