import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  DEFAULT_BASE_URL,
  SessionkitError,
  VapiClient,
} from '../src/index.ts';
import { API_KEY, FAST_RETRY, makeClient, rejectionOf, sessionJson, useTestServer } from './helpers.ts';

const ctx = useTestServer();

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('API key', () => {
  it('is sent as Authorization: Bearer on every request, retries included', async () => {
    ctx.server
      .on('GET', '/session/:id', { json: sessionJson() })
      .inject('GET', '/session/:id', { status: 503, json: {} });
    await makeClient(ctx.server.url).sessions.get('s');
    expect(ctx.server.calls.map((call) => call.headers.authorization)).toEqual([
      `Bearer ${API_KEY}`,
      `Bearer ${API_KEY}`,
    ]);
  });

  it('falls back to VAPI_API_KEY', async () => {
    vi.stubEnv('VAPI_API_KEY', 'key-from-environment');
    ctx.server.on('GET', '/session/:id', { json: sessionJson() });
    await new VapiClient({ baseUrl: ctx.server.url }).sessions.get('s');
    expect(ctx.server.calls[0]?.headers.authorization).toBe('Bearer key-from-environment');
  });

  it('prefers the apiKey option over the environment', async () => {
    vi.stubEnv('VAPI_API_KEY', 'key-from-environment');
    ctx.server.on('GET', '/session/:id', { json: sessionJson() });
    await new VapiClient({ apiKey: 'explicit-key', baseUrl: ctx.server.url }).sessions.get('s');
    expect(ctx.server.calls[0]?.headers.authorization).toBe('Bearer explicit-key');
  });

  it.each([undefined, '', '   '])(
    'missing (%j) is a ConfigurationError naming the option and the variable',
    (apiKey) => {
      vi.stubEnv('VAPI_API_KEY', '');
      let caught: unknown;
      try {
        new VapiClient({ apiKey, baseUrl: ctx.server.url });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConfigurationError);
      expect(caught).toBeInstanceOf(SessionkitError);
      expect((caught as Error).message).toContain('`apiKey`');
      expect((caught as Error).message).toContain('VAPI_API_KEY');
    },
  );

  it('is refused over plain http to a host other than localhost', () => {
    expect(() => new VapiClient({ apiKey: API_KEY, baseUrl: 'http://api.example.com' })).toThrow(ConfigurationError);
  });

  it('refuses a baseUrl that is not an absolute http(s) URL, naming the option', () => {
    for (const baseUrl of ['api.vapi.ai', 'ftp://api.vapi.ai', '']) {
      expect(() => new VapiClient({ apiKey: API_KEY, baseUrl })).toThrow(ConfigurationError);
      expect(() => new VapiClient({ apiKey: API_KEY, baseUrl })).toThrow(/Invalid baseUrl/);
    }
  });

  it('goes to https://api.vapi.ai unless baseUrl says otherwise', async () => {
    ctx.server.on('GET', '/session/:id', { json: sessionJson() });
    const requested: string[] = [];
    const vapi = new VapiClient({
      apiKey: API_KEY,
      // Records the URL the client asks for, then sends the request to the local server instead.
      fetch: (input, init) => {
        const request = new Request(input, init);
        requested.push(request.url);
        return globalThis.fetch(new Request(request.url.replace(DEFAULT_BASE_URL, ctx.server.url), request));
      },
    });
    await vapi.sessions.get('abc');
    expect(DEFAULT_BASE_URL).toBe('https://api.vapi.ai');
    expect(requested).toEqual(['https://api.vapi.ai/session/abc']);
  });
});

describe('secrets never leak', () => {
  function everythingVisible(error: unknown, logs: unknown[]): string {
    return [
      (error as Error).message,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      String((error as Error).stack),
      JSON.stringify(logs),
    ].join('\n');
  }

  it('the API key is absent from the error, its JSON, util.inspect and every hook, even when Vapi echoes it', async () => {
    ctx.server.on('GET', '/session/:id', {
      status: 401,
      headers: { 'x-echo': API_KEY, 'x-request-id': `req-${API_KEY}` },
      json: { message: `Invalid Key ${API_KEY}. Hot tip…`, error: 'Unauthorized', statusCode: 401, key: API_KEY },
    });
    const logs: unknown[] = [];
    const vapi = new VapiClient({
      apiKey: API_KEY,
      baseUrl: ctx.server.url,
      retry: FAST_RETRY,
      hooks: {
        onRequest: (entry) => logs.push(entry),
        onResponse: (entry) => logs.push(entry),
        onRetry: (entry) => logs.push(entry),
        onError: (error) => logs.push({ error: String(error), json: JSON.stringify(error) }),
      },
    });
    const error = await rejectionOf(vapi.sessions.get('s'));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(logs.length).toBeGreaterThanOrEqual(3);
    const visible = everythingVisible(error, logs);
    expect(visible).not.toContain(API_KEY);
    expect(visible).toContain('[REDACTED]');
  });

  it('a Twilio auth token and API secret sent in phoneNumber are redacted when Vapi echoes them', async () => {
    const token = 'twilio-token-9f8e7d6c5b4a';
    const secret = 'twilio-secret-1a2b3c4d5e6f';
    ctx.server.on('POST', '/session', {
      status: 400,
      json: {
        message: [`twilioAuthToken ${token} is invalid`, `secret ${secret}`],
        error: 'Bad Request',
        statusCode: 400,
      },
    });
    const error = await rejectionOf(
      makeClient(ctx.server.url).sessions.create({
        phoneNumber: {
          twilioPhoneNumber: '+14155550100',
          twilioAccountSid: 'AC1',
          twilioAuthToken: token,
          twilioApiSecret: secret,
        },
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    const visible = everythingVisible(error, []);
    expect(visible).not.toContain(token);
    expect(visible).not.toContain(secret);
  });
});
