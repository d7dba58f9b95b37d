import { inspect } from 'node:util';
import { startHighlightEmulator } from '@sessionkit/emulators/highlight';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationError, ConfigurationError, HighlightClient, HighlightGraphQLError } from '../src/index.ts';
import {
  FAST_RETRY,
  graphql,
  makeClient,
  rejectionOf,
  sessionJson,
  TOKEN,
  useTestServer,
  variablesOf,
} from './helpers.ts';

const ctx = useTestServer();
const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';
const CLIENT = { clientId: 'sessionkit-ci', clientSecret: 'oauth-client-secret-8d2b6f' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('credentials', () => {
  it('the private graph gets the token header on every attempt; the public graph never gets credentials', async () => {
    ctx.server
      .on('POST', '/private', graphql({ session: sessionJson() }))
      .inject('POST', '/private', { status: 503, json: {} })
      .on('POST', '/public', graphql({ identifySession: ID }));
    const hl = makeClient(ctx.server.url);
    await hl.sessions.get(ID);
    await hl.sessions.identify(ID, { identifier: 'ada@example.com' });
    const [first, second, ingest] = ctx.server.calls;
    expect([first?.headers.token, second?.headers.token]).toEqual([TOKEN, TOKEN]);
    expect(ingest?.headers.token).toBeUndefined();
    expect(ingest?.headers.authorization).toBeUndefined();
  });

  it('falls back to HIGHLIGHT_TOKEN, HIGHLIGHT_PROJECT_ID and the graph URL variables', async () => {
    vi.stubEnv('HIGHLIGHT_TOKEN', 'token-from-environment');
    vi.stubEnv('HIGHLIGHT_PROJECT_ID', '7');
    vi.stubEnv('HIGHLIGHT_PRIVATE_GRAPH_URL', `${ctx.server.url}/private`);
    vi.stubEnv('HIGHLIGHT_PUBLIC_GRAPH_URL', `${ctx.server.url}/public`);
    ctx.server.on(
      'POST',
      '/private',
      graphql({ sessions: { sessions: [], totalCount: 0, totalLength: 0, totalActiveLength: 0 } }),
    );
    await new HighlightClient().sessions.search();
    expect(ctx.server.calls[0]?.headers.token).toBe('token-from-environment');
    expect(variablesOf(ctx.server.calls[0]).project_id).toBe('7');
  });

  it('defaults to the self-hosted graphs on localhost:8082', () => {
    const { endpoints } = new HighlightClient({ projectId: '1' });
    expect(endpoints).toMatchObject({
      publicGraphUrl: 'http://localhost:8082/public',
      privateGraphUrl: 'http://localhost:8082/private',
      tokenUrl: 'http://localhost:8082/oauth/token',
    });
  });

  it('without a project id, calls that need one fail before sending with a ConfigurationError naming the option', async () => {
    vi.stubEnv('HIGHLIGHT_PROJECT_ID', '');
    const hl = new HighlightClient({ baseUrl: ctx.server.url, token: TOKEN });
    for (const call of [() => hl.sessions.initialize(), () => hl.sessions.search()]) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain('HIGHLIGHT_PROJECT_ID');
    }
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('a token provider is asked before each private-graph request and sent as a Bearer token', async () => {
    ctx.server
      .on('POST', '/private', graphql({ session: sessionJson() }))
      .on('POST', '/public', graphql({ identifySession: ID }));
    const asked: string[] = [];
    const hl = makeClient(ctx.server.url, {
      token: undefined,
      tokenProvider: async () => {
        asked.push('token');
        return `provided-${asked.length}`;
      },
    });
    await hl.sessions.get(ID);
    await hl.sessions.get(ID);
    await hl.sessions.identify(ID, { identifier: 'ada@example.com' });
    const [first, second, ingest] = ctx.server.calls;
    expect([first?.headers.authorization, second?.headers.authorization]).toEqual([
      'Bearer provided-1',
      'Bearer provided-2',
    ]);
    expect(first?.headers.token).toBeUndefined();
    expect(ingest?.headers.authorization).toBeUndefined();
    expect(asked).toHaveLength(2);
  });

  it('a token provider wins over HIGHLIGHT_TOKEN, and its tokens never show in errors', async () => {
    vi.stubEnv('HIGHLIGHT_TOKEN', 'token-from-environment');
    ctx.server.on('POST', '/private', { status: 401, json: { errors: [{ message: 'bad provided-secret-9f2' }] } });
    const hl = makeClient(ctx.server.url, { token: undefined, tokenProvider: () => 'provided-secret-9f2' });
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(ctx.server.calls[0]?.headers.token).toBeUndefined();
    expect(ctx.server.calls.map((call) => call.headers.authorization)).toEqual([
      'Bearer provided-secret-9f2',
      'Bearer provided-secret-9f2',
    ]);
    expect([error.message, JSON.stringify(error), inspect(error, { depth: 10 })].join('\n')).not.toContain(
      'provided-secret-9f2',
    );
  });

  it('refuses two kinds of credentials, half an OAuth pair, and credentials over http to a remote host', () => {
    expect(() => new HighlightClient({ token: TOKEN, ...CLIENT })).toThrow(ConfigurationError);
    expect(() => new HighlightClient({ token: TOKEN, tokenProvider: () => TOKEN })).toThrow(/token and tokenProvider/);
    expect(() => new HighlightClient({ tokenProvider: () => TOKEN, ...CLIENT })).toThrow(ConfigurationError);
    expect(() => new HighlightClient({ tokenProvider: 'not a function' as never })).toThrow(ConfigurationError);
    expect(() => new HighlightClient({ clientId: 'only-id' })).toThrow(/clientSecret/);
    expect(() => new HighlightClient({ token: TOKEN, baseUrl: 'http://highlight.example.com' })).toThrow(
      ConfigurationError,
    );
    expect(() => new HighlightClient({ publicGraphUrl: 'ftp://x' })).toThrow(ConfigurationError);
  });
});

describe('OAuth client credentials against the emulator', () => {
  it('fetches one token with Basic auth, sends it as Bearer, and fetches a new one once after a 401', async () => {
    const emulator = await startHighlightEmulator({ seed: 3, oauthClients: [CLIENT] });
    try {
      const hl = new HighlightClient({ baseUrl: emulator.url, projectId: '1', retry: FAST_RETRY, ...CLIENT });
      await hl.sessions.search();
      await hl.sessions.get(emulator.seeded[0]?.secure_id ?? '');
      expect(emulator.oauth.issuedCount).toBe(1);
      const tokenCall = emulator.server.calls.find((call) => call.path === '/oauth/token');
      expect(tokenCall?.headers.authorization).toMatch(/^Basic /);
      expect(tokenCall?.body).toEqual({ grant_type: 'client_credentials' });
      const graphCalls = emulator.server.calls.filter((call) => call.path === '/private');
      expect(graphCalls.every((call) => call.headers.authorization === 'Bearer hl-oauth-1-sessionkit-ci')).toBe(true);

      emulator.oauth.revokeAll();
      await hl.sessions.search();
      expect(emulator.oauth.issuedCount).toBe(2);
    } finally {
      await emulator.close();
    }
  });

  it('a wrong client secret is an AuthenticationError, and the secret never shows', async () => {
    const emulator = await startHighlightEmulator({ oauthClients: [CLIENT] });
    try {
      const wrong = 'wrong-client-secret-77aa';
      const hl = new HighlightClient({
        baseUrl: emulator.url,
        projectId: '1',
        clientId: CLIENT.clientId,
        clientSecret: wrong,
      });
      const error = await rejectionOf(hl.sessions.search());
      expect(error).toBeInstanceOf(AuthenticationError);
      expect([error.message, JSON.stringify(error), inspect(error, { depth: 10 })].join('\n')).not.toContain(wrong);
    } finally {
      await emulator.close();
    }
  });
});

describe('secrets never leak', () => {
  it('the token is absent from the error, its JSON, util.inspect and every hook, even when Highlight echoes it', async () => {
    ctx.server.on('POST', '/private', {
      headers: { 'x-echo': TOKEN },
      json: { data: null, errors: [{ message: `token ${TOKEN} is not allowed`, extensions: { token: TOKEN } }] },
    });
    const logs: unknown[] = [];
    const hl = makeClient(ctx.server.url, {
      hooks: {
        onRequest: (entry) => logs.push(entry),
        onResponse: (entry) => logs.push(entry),
        onError: (error) => logs.push({ error: String(error), json: JSON.stringify(error) }),
      },
    });
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(HighlightGraphQLError);
    const visible = [
      error.message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String(error.stack),
      JSON.stringify(logs),
    ].join('\n');
    expect(logs.length).toBeGreaterThanOrEqual(2);
    expect(visible).not.toContain(TOKEN);
    expect(visible).toContain('[REDACTED]');
  });

  it('the OAuth client secret and issued token are absent when echoed back', async () => {
    ctx.server
      .on('POST', '/oauth/token', {
        json: { access_token: 'issued-access-token-123456', expires_in: 3600, token_type: 'Bearer' },
      })
      .on('POST', '/private', {
        status: 401,
        json: { errors: [{ message: `bad ${CLIENT.clientSecret} / issued-access-token-123456` }] },
      });
    const hl = new HighlightClient({ baseUrl: ctx.server.url, projectId: '1', retry: FAST_RETRY, ...CLIENT });
    const error = await rejectionOf(hl.sessions.get(ID));
    expect(error).toBeInstanceOf(AuthenticationError);
    const visible = [error.message, JSON.stringify(error), inspect(error, { depth: 10 })].join('\n');
    expect(visible).not.toContain(CLIENT.clientSecret);
    expect(visible).not.toContain('issued-access-token-123456');
  });
});
