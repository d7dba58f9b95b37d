import { describe, expect, it } from 'vitest';
import { bearerToken, ConfigurationError, HttpClient, path, RequestValidationError, VERSION } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();

describe('transport', () => {
  it('identifies the package and version, and sends default and per-call headers', async () => {
    ctx.server.on('GET', '/x', { json: {} });
    await makeClient(ctx.server, { headers: { 'x-team': 'blue' } }).request({
      method: 'GET',
      path: '/x',
      headers: { 'x-call': '1' },
    });
    const headers = ctx.server.calls[0]?.headers ?? {};
    expect(headers['user-agent']).toMatch(
      new RegExp(`^sessionkit-test/1\\.2\\.3 sessionkit-core/${VERSION.replaceAll('.', '\\.')} node/`),
    );
    expect(headers['x-sessionkit-client']).toBe(`test/1.2.3 core/${VERSION}`);
    expect(headers['x-team']).toBe('blue');
    expect(headers['x-call']).toBe('1');
  });

  it('keeps a base URL path prefix and serialises queries (arrays repeated, dates ISO, undefined skipped)', async () => {
    ctx.server.on('GET', '/gateway/v1/items', { json: [] });
    const client = makeClient(ctx.server, { baseUrl: `${ctx.server.url}/gateway/v1/` });
    await client.request({
      method: 'GET',
      path: '/items',
      query: { id: ['a', 'b'], since: new Date(0), skip: undefined, flag: true, n: 3 },
    });
    const call = ctx.server.calls[0];
    expect(call?.path).toBe('/gateway/v1/items');
    expect(call?.query.getAll('id')).toEqual(['a', 'b']);
    expect(call?.query.get('since')).toBe('1970-01-01T00:00:00.000Z');
    expect(call?.query.has('skip')).toBe(false);
    expect(call?.query.get('flag')).toBe('true');
  });

  it('encodes ids into one path segment and refuses dot segments', async () => {
    ctx.server.on('GET', '/session/:id', (request) => ({ json: { id: request.params.id, raw: request.rawPath } }));
    const client = makeClient(ctx.server);
    for (const id of ['a/b', '../admin', 'x?y=1', 'frag#1', '100%', 'ünï code', 'a b']) {
      const result = (await client.request({ method: 'GET', path: path`/session/${id}` })) as { id: string };
      expect(result.id).toBe(id);
    }
    expect(() => path`/session/${'..'}`).toThrow(RequestValidationError);
    expect(() => path`/session/${''}`).toThrow(RequestValidationError);
  });

  it('refuses CR/LF in header values before any request leaves', async () => {
    ctx.server.on('GET', '/x', { json: {} });
    const error = await rejectionOf(
      makeClient(ctx.server, { auth: bearerToken('abc\r\nx-injected: 1') }).request({ method: 'GET', path: '/x' }),
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(error.message).toContain('authorization');
    expect(error.message).not.toContain('x-injected');
    await expect(
      makeClient(ctx.server).request({ method: 'GET', path: '/x', headers: { 'x-id': 'a\nb' } }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('reads a custom or replaced fetch at call time, not at construction', async () => {
    ctx.server.on('GET', '/x', { json: { ok: true } });
    const client = makeClient(ctx.server);
    const original = globalThis.fetch;
    let intercepted = 0;
    globalThis.fetch = (input, init) => {
      intercepted += 1;
      return original(input, init);
    };
    try {
      await client.request({ method: 'GET', path: '/x' });
    } finally {
      globalThis.fetch = original;
    }
    expect(intercepted).toBe(1);

    let custom = 0;
    const withCustom = makeClient(ctx.server, {
      fetch: (input, init) => {
        custom += 1;
        return original(input, init);
      },
    });
    await withCustom.request({ method: 'GET', path: '/x' });
    expect(custom).toBe(1);
  });

  it('refuses credentials over plain http except to localhost, unless allowed', () => {
    const base = { vendor: 'T', client: { name: 't', version: '1' }, auth: bearerToken('abcd') };
    expect(() => new HttpClient({ ...base, baseUrl: 'http://api.example.com' })).toThrow(ConfigurationError);
    expect(() => new HttpClient({ ...base, baseUrl: 'http://api.example.com', allowInsecureHttp: true })).not.toThrow();
    expect(() => new HttpClient({ ...base, baseUrl: 'http://localhost:8082/private' })).not.toThrow();
    expect(() => new HttpClient({ ...base, baseUrl: 'https://api.example.com' })).not.toThrow();
    expect(() => new HttpClient({ ...base, baseUrl: 'not a url' })).toThrow(ConfigurationError);
  });

  it('never sends credentials to another origin given as an absolute URL', async () => {
    const client = makeClient(ctx.server, { auth: bearerToken('abcd') });
    const error = await rejectionOf(client.request({ method: 'GET', path: 'http://127.0.0.2:9/steal' }));
    expect(error).toBeInstanceOf(ConfigurationError);
  });

  it('calls logging hooks with redacted data, and a throwing hook never breaks a request', async () => {
    ctx.server.on('GET', '/x', { json: {}, headers: { 'x-request-id': 'req-42' } });
    const seen: string[] = [];
    const client = makeClient(ctx.server, {
      auth: bearerToken('abcd1234'),
      hooks: {
        onRequest: (entry) => {
          seen.push(`${entry.method} ${entry.headers.authorization}`);
          throw new Error('broken logger');
        },
        onResponse: (entry) => seen.push(`${entry.status} ${entry.requestId}`),
      },
    });
    await client.request({ method: 'GET', path: '/x' });
    expect(seen).toEqual(['GET [REDACTED]', '200 req-42']);
  });

  it('returns undefined for an empty 204 body', async () => {
    ctx.server.on('POST', '/x', { status: 204 });
    expect(await makeClient(ctx.server).request({ method: 'POST', path: '/x', json: { a: 1 } })).toBeUndefined();
    expect(ctx.server.calls[0]?.body).toEqual({ a: 1 });
  });
});
