import type { RecordedRequest } from '@sessionkit/test-server';
import { describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  apiKeyHeader,
  bearerToken,
  ConfigurationError,
  clientCredentials,
  clientCredentialsFrom,
  InternalServerError,
  RequestValidationError,
  tokenProvider,
} from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const CLIENT_ID = 'client-id-1';
const CLIENT_SECRET = 'client-secret-s3cr3t-value';

/** A token endpoint that issues `token-1`, `token-2`, … each valid for `expiresIn` seconds. */
function tokenEndpoint(expiresIn = 3600): { issued: () => number } {
  let count = 0;
  ctx.server.on('POST', '/oauth/token', () => {
    count += 1;
    return { json: { access_token: `token-${count}`, token_type: 'bearer', expires_in: expiresIn } };
  });
  return { issued: () => count };
}

/** An API route accepting only the given token. */
function protectedRoute(accepts: (token: string) => boolean): void {
  ctx.server.on('GET', '/me', (request: RecordedRequest) => {
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    return accepts(token) ? { json: { token } } : { status: 401, json: { message: 'expired token' } };
  });
}

function oauthClient(options: { now?: () => number; expiresIn?: number } = {}) {
  return makeClient(ctx.server, {
    auth: clientCredentials({
      tokenUrl: `${ctx.server.url}/oauth/token`,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      now: options.now,
    }),
  });
}

describe('OAuth client credentials', () => {
  it('posts the grant with Basic auth and a form body, and sends the bearer token', async () => {
    tokenEndpoint();
    protectedRoute(() => true);
    expect(await oauthClient().request({ method: 'GET', path: '/me' })).toEqual({ token: 'token-1' });
    const tokenCall = ctx.server.calls.find((call) => call.path === '/oauth/token');
    expect(tokenCall?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(tokenCall?.body).toEqual({ grant_type: 'client_credentials' });
    const basic = Buffer.from(String(tokenCall?.headers.authorization).replace('Basic ', ''), 'base64').toString();
    expect(basic).toBe(`${CLIENT_ID}:${CLIENT_SECRET}`);
  });

  it('caches the token across requests', async () => {
    const endpoint = tokenEndpoint();
    protectedRoute(() => true);
    const client = oauthClient();
    for (let index = 0; index < 5; index += 1) await client.request({ method: 'GET', path: '/me' });
    expect(endpoint.issued()).toBe(1);
  });

  it('refreshes before expiry, by the skew', async () => {
    const endpoint = tokenEndpoint(120);
    protectedRoute(() => true);
    let clock = 1_000_000;
    const client = oauthClient({ now: () => clock });
    await client.request({ method: 'GET', path: '/me' });
    clock += 50_000; // 50 s of a 120 s token: still fresh (refresh at 60 s with the default 60 s skew)
    await client.request({ method: 'GET', path: '/me' });
    expect(endpoint.issued()).toBe(1);
    clock += 15_000; // 65 s: inside the skew window
    expect(await client.request({ method: 'GET', path: '/me' })).toEqual({ token: 'token-2' });
    expect(endpoint.issued()).toBe(2);
  });

  it('makes one token request for 100 concurrent calls (single flight)', async () => {
    ctx.server.on('POST', '/oauth/token', {
      fault: 'delay',
      ms: 50,
      then: { json: { access_token: 'shared', expires_in: 3600 } },
    });
    protectedRoute(() => true);
    const client = oauthClient();
    const results = await Promise.all(
      Array.from({ length: 100 }, () => client.request({ method: 'GET', path: '/me' })),
    );
    expect(results.every((result) => (result as { token: string }).token === 'shared')).toBe(true);
    expect(ctx.server.calls.filter((call) => call.path === '/oauth/token')).toHaveLength(1);
  });

  it('refreshes once and retries once when a call returns 401', async () => {
    const endpoint = tokenEndpoint();
    protectedRoute((token) => token === 'token-2');
    expect(await oauthClient().request({ method: 'GET', path: '/me' })).toEqual({ token: 'token-2' });
    expect(endpoint.issued()).toBe(2);
  });

  it('does not loop: a second 401 is an AuthenticationError', async () => {
    const endpoint = tokenEndpoint();
    protectedRoute(() => false);
    const error = await rejectionOf(oauthClient().request({ method: 'GET', path: '/me' }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(endpoint.issued()).toBe(2);
    expect(ctx.server.calls.filter((call) => call.path === '/me')).toHaveLength(2);
  });

  it('retries a failing token endpoint, then recovers', async () => {
    ctx.server.inject('POST', '/oauth/token', { status: 503 }, { fault: 'reset-before-headers' });
    tokenEndpoint();
    protectedRoute(() => true);
    expect(await oauthClient().request({ method: 'GET', path: '/me' })).toEqual({ token: 'token-1' });
  });

  it('surfaces a token endpoint that stays down as a typed error without the secret', async () => {
    ctx.server.on('POST', '/oauth/token', { status: 500, json: { error: `bad client ${CLIENT_SECRET}` } });
    const error = await rejectionOf(oauthClient().request({ method: 'GET', path: '/me' }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET);
  });

  it('refuses at request time to post the client secret over plain http to a remote token URL', async () => {
    protectedRoute(() => true);
    const sent: string[] = [];
    const client = makeClient(ctx.server, {
      fetch: async (input) => {
        sent.push(String(input instanceof Request ? input.url : input));
        return new Response('{}');
      },
      // The strategy alone would allow it; the transport still refuses, whatever strategy asks for a token.
      auth: clientCredentials({
        tokenUrl: 'http://login.example.test/oauth/token',
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        allowInsecureHttp: true,
      }),
    });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/me' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('http://login.example.test');
    expect(sent).toEqual([]);
  });

  it('refuses CR/LF in the client id or secret before any request (a secret read with its trailing newline)', async () => {
    tokenEndpoint();
    for (const [clientId, clientSecret] of [
      [CLIENT_ID, `${CLIENT_SECRET}\n`],
      [`${CLIENT_ID}\r\nx-injected: 1`, CLIENT_SECRET],
    ] as const) {
      const client = makeClient(ctx.server, {
        auth: clientCredentials({ tokenUrl: `${ctx.server.url}/oauth/token`, clientId, clientSecret }),
      });
      const error = await rejectionOf(client.request({ method: 'GET', path: '/me' }));
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET);
    }
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('refuses, when built, a plain-http or invalid token URL and any use in a browser', () => {
    const options = { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
    expect(() => clientCredentials({ ...options, tokenUrl: 'http://login.example.test/oauth/token' })).toThrow(
      /Refusing to send credentials to http:\/\/login\.example\.test/,
    );
    expect(() => clientCredentials({ ...options, tokenUrl: 'login.example.test/oauth/token' })).toThrow(
      ConfigurationError,
    );
    expect(() => clientCredentials({ ...options, tokenUrl: `${ctx.server.url}/oauth/token` })).not.toThrow();
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    try {
      const error = (() => {
        try {
          clientCredentials({ ...options, tokenUrl: 'https://login.example.test/oauth/token' });
        } catch (caught) {
          return caught as Error;
        }
        throw new Error('expected a refusal');
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.message).toContain('browser');
      expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('requires a client id and secret', () => {
    expect(() => clientCredentials({ tokenUrl: 'https://x', clientId: '', clientSecret: 's' })).toThrow(
      ConfigurationError,
    );
    expect(() => clientCredentials({ tokenUrl: 'https://x', clientId: 'i', clientSecret: undefined })).toThrow(
      ConfigurationError,
    );
  });
});

describe('clientCredentialsFrom (options, else the vendor environment variables)', () => {
  const env = { clientId: 'ACME_CLIENT_ID', clientSecret: 'ACME_CLIENT_SECRET' };
  const from = (options: { clientId?: string; clientSecret?: string } = {}) =>
    clientCredentialsFrom({ vendor: 'Acme', env, tokenUrl: `${ctx.server.url}/oauth/token`, ...options });

  it('is undefined when neither the options nor the environment hold any', () => {
    vi.stubEnv('ACME_CLIENT_ID', '');
    vi.stubEnv('ACME_CLIENT_SECRET', '');
    try {
      expect(from()).toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reads the environment only when no option is given, and names the missing half', async () => {
    vi.stubEnv('ACME_CLIENT_ID', CLIENT_ID);
    vi.stubEnv('ACME_CLIENT_SECRET', CLIENT_SECRET);
    try {
      tokenEndpoint();
      protectedRoute(() => true);
      const client = makeClient(ctx.server, { auth: from() });
      expect(await client.request({ method: 'GET', path: '/me' })).toEqual({ token: 'token-1' });
      expect(() => from({ clientId: 'only-the-id' })).toThrow(
        /Acme OAuth client credentials need both clientId and clientSecret \(or ACME_CLIENT_ID and ACME_CLIENT_SECRET\); clientSecret is missing/,
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('static and provided credentials', () => {
  it('sends a bearer token or an API key header', async () => {
    ctx.server.on('GET', '/me', (request) => ({
      json: { auth: request.headers.authorization, key: request.headers.token },
    }));
    expect(
      await makeClient(ctx.server, { auth: bearerToken('abc123') }).request({ method: 'GET', path: '/me' }),
    ).toEqual({
      auth: 'Bearer abc123',
    });
    expect(
      await makeClient(ctx.server, { auth: apiKeyHeader('token', 'k-123') }).request({ method: 'GET', path: '/me' }),
    ).toEqual({
      key: 'k-123',
    });
  });

  it('asks a token provider again after a 401', async () => {
    const tokens = ['old-token', 'new-token'];
    protectedRoute((token) => token === 'new-token');
    const client = makeClient(ctx.server, { auth: tokenProvider(() => tokens.shift() ?? 'none') });
    expect(await client.request({ method: 'GET', path: '/me' })).toEqual({ token: 'new-token' });
  });

  it('refuses a missing key with a ConfigurationError', () => {
    expect(() => bearerToken(undefined, 'Vapi API key (apiKey or VAPI_API_KEY)')).toThrow(/apiKey or VAPI_API_KEY/);
  });

  it('sends no credentials when a request opts out', async () => {
    ctx.server.on('POST', '/public', (request) => ({ json: { auth: request.headers.authorization ?? null } }));
    const client = makeClient(ctx.server, { auth: bearerToken('abc123') });
    expect(await client.request({ method: 'POST', path: '/public', json: {}, auth: false })).toEqual({ auth: null });
  });
});
