import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from '@sessionkit/test-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  clientCredentials,
  InternalServerError,
  RateLimitError,
  RequestAbortedError,
  type RetryLogEntry,
  withResetHeader,
} from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

describe('retries', () => {
  it('retries 503s on GET until a success', async () => {
    ctx.server.on('GET', '/thing', [{ status: 503 }, { status: 503 }, { json: { ok: true } }]);
    const { data, meta } = await makeClient(ctx.server).requestWithMeta({ method: 'GET', path: '/thing' });
    expect(data).toEqual({ ok: true });
    expect(meta.attempts).toBe(3);
    expect(ctx.server.calls).toHaveLength(3);
  });

  it('gives up after maxRetries with the last error', async () => {
    ctx.server.on('GET', '/thing', {
      status: 502,
      text: '<html>bad gateway</html>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await rejectionOf(
      makeClient(ctx.server, { maxRetries: 3 }).request({ method: 'GET', path: '/thing' }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(502);
    expect(error.message).toContain('non-JSON error body (text/html)');
    expect(ctx.server.calls).toHaveLength(4);
  });

  it('can be configured per call', async () => {
    ctx.server.on('GET', '/thing', { status: 500 });
    await rejectionOf(makeClient(ctx.server).request({ method: 'GET', path: '/thing', maxRetries: 0 }));
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('does not retry a POST that may have been processed (503, reset)', async () => {
    ctx.server.on('POST', '/thing', { status: 503 });
    await rejectionOf(makeClient(ctx.server).request({ method: 'POST', path: '/thing', json: {} }));
    expect(ctx.server.calls).toHaveLength(1);

    ctx.server.reset();
    ctx.server.on('POST', '/thing', { fault: 'reset-before-headers' });
    const error = await rejectionOf(makeClient(ctx.server).request({ method: 'POST', path: '/thing', json: {} }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).reachedServer).toBe(true);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('retries a POST on 429, and when the caller marks it idempotent', async () => {
    ctx.server.on('POST', '/thing', [
      { status: 429, headers: { 'retry-after': '0' } },
      { status: 201, json: { id: 1 } },
    ]);
    expect(await makeClient(ctx.server).request({ method: 'POST', path: '/thing', json: {} })).toEqual({ id: 1 });
    expect(ctx.server.calls).toHaveLength(2);

    ctx.server.reset();
    ctx.server.on('POST', '/thing', [{ status: 503 }, { json: { ok: 1 } }]);
    await makeClient(ctx.server).request({ method: 'POST', path: '/thing', json: {}, idempotent: true });
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('retries any method when the connection was refused (never reached the server)', async () => {
    const url = await closedPortUrl();
    const retries: RetryLogEntry[] = [];
    const client = makeClient(ctx.server, { baseUrl: url, hooks: { onRetry: (entry) => retries.push(entry) } });
    const error = await rejectionOf(client.request({ method: 'POST', path: '/thing', json: {} }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).reachedServer).toBe(false);
    expect(retries).toHaveLength(2);
  });

  it('retries a GET whose connection is reset, before or after headers', async () => {
    ctx.server.inject('GET', '/thing', { fault: 'reset-before-headers' }, { fault: 'reset-after-headers' });
    ctx.server.on('GET', '/thing', { json: { ok: true } });
    expect(await makeClient(ctx.server).request({ method: 'GET', path: '/thing' })).toEqual({ ok: true });
    expect(ctx.server.calls).toHaveLength(3);
  });

  it('honours Retry-After in seconds', async () => {
    ctx.server.on('GET', '/thing', [{ status: 429, headers: { 'retry-after': '1' } }, { json: { ok: true } }]);
    const retries: RetryLogEntry[] = [];
    const client = makeClient(ctx.server, { hooks: { onRetry: (entry) => retries.push(entry) } });
    const started = Date.now();
    await client.request({ method: 'GET', path: '/thing' });
    expect(retries.map((entry) => entry.delayMs)).toEqual([1_000]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const date = new Date(Date.now() + 2_000).toUTCString();
    ctx.server.on('GET', '/thing', [{ status: 503, headers: { 'retry-after': date } }, { json: { ok: true } }]);
    const retries: RetryLogEntry[] = [];
    await makeClient(ctx.server, { hooks: { onRetry: (entry) => retries.push(entry) } }).request({
      method: 'GET',
      path: '/thing',
    });
    expect(retries).toHaveLength(1);
    expect(retries[0]?.delayMs).toBeGreaterThan(0);
    expect(retries[0]?.delayMs).toBeLessThanOrEqual(2_000);
  });

  it('fails at once with the 429 when the server asks for a wait above maxRetryAfterMs', async () => {
    ctx.server.on('GET', '/thing', { status: 429, headers: { 'retry-after': '3600' }, json: { message: 'slow down' } });
    const error = await rejectionOf(
      makeClient(ctx.server, { retry: { maxRetryAfterMs: 5_000 } }).request({ method: 'GET', path: '/thing' }),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('survives a 503 burst that recovers', async () => {
    ctx.server.inject('GET', '/thing', { status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    ctx.server.on('GET', '/thing', { json: { ok: true } });
    const client = makeClient(ctx.server, { maxRetries: 5 });
    expect(await client.request({ method: 'GET', path: '/thing' })).toEqual({ ok: true });
    expect(ctx.server.calls).toHaveLength(5);
  });
});

describe('retries run by ky, with the rules ky cannot express', () => {
  afterEach(() => vi.restoreAllMocks());

  it('takes a server-requested wait from the vendor’s reader (retry-after-ms, a reset header), not ky’s', async () => {
    ctx.server.on('GET', '/thing', [{ status: 503, headers: { 'retry-after-ms': '40' } }, { json: { ok: true } }]);
    const retries: RetryLogEntry[] = [];
    await makeClient(ctx.server, { hooks: { onRetry: (entry) => retries.push(entry) } }).request({
      method: 'GET',
      path: '/thing',
    });
    ctx.server.reset();
    ctx.server.on('GET', '/thing', [{ status: 429, headers: { 'x-wait': '0.05' } }, { json: { ok: true } }]);
    await makeClient(ctx.server, {
      retryAfter: withResetHeader('x-wait'),
      hooks: { onRetry: (entry) => retries.push(entry) },
    }).request({ method: 'GET', path: '/thing' });
    expect(retries.map((entry) => entry.delayMs)).toEqual([40, 50]);
  });

  it('ignores timing headers the vendor’s reader does not read (ky would honour X-RateLimit-Reset)', async () => {
    ctx.server.on('GET', '/thing', [{ status: 503, headers: { 'x-ratelimit-reset': '30' } }, { json: { ok: true } }]);
    const retries: RetryLogEntry[] = [];
    await makeClient(ctx.server, { hooks: { onRetry: (entry) => retries.push(entry) } }).request({
      method: 'GET',
      path: '/thing',
    });
    expect(retries).toHaveLength(1);
    expect(retries[0]?.delayMs).toBeLessThanOrEqual(5); // FAST_RETRY's backoff, not 30 s
  });

  it('announces a backoff with its length before waiting it, so onRetry can still stop the call', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    ctx.server.on('GET', '/thing', { status: 503 });
    const controller = new AbortController();
    const retries: RetryLogEntry[] = [];
    const client = makeClient(ctx.server, {
      retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
      hooks: {
        onRetry: (entry) => {
          retries.push(entry);
          controller.abort();
        },
      },
    });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/thing', signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(retries.map((entry) => [entry.attempt, entry.delayMs, entry.error.name])).toEqual([
      [1, 30_000, 'InternalServerError'],
    ]);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('fails at once with the last error when a backoff would end past the deadline (ky would sleep it out)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.99);
    ctx.server.on('GET', '/thing', { status: 503 });
    const retries: RetryLogEntry[] = [];
    const client = makeClient(ctx.server, {
      retry: { initialDelayMs: 10_000, maxDelayMs: 10_000 },
      totalTimeoutMs: 2_000,
      hooks: { onRetry: (entry) => retries.push(entry) },
    });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/thing' }));
    expect(error).toBeInstanceOf(InternalServerError); // not ky's TimeoutError after waiting out the 2 s
    expect(retries).toHaveLength(0);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('does not take the 401 refresh from maxRetries (ky counts ky.retry() against its limit)', async () => {
    let issued = 0;
    ctx.server.on('POST', '/oauth/token', () => ({ json: { access_token: `token-${++issued}`, expires_in: 3600 } }));
    let calls = 0;
    ctx.server.on('GET', '/me', (request: RecordedRequest) => {
      calls += 1;
      if (calls === 1) return { status: 503 };
      return request.headers.authorization === 'Bearer token-1' ? { status: 401 } : { json: { ok: true } };
    });
    const auth = () =>
      clientCredentials({ tokenUrl: `${ctx.server.url}/oauth/token`, clientId: 'id', clientSecret: 'secret' });
    // maxRetries 1: the 503 takes the one retry, the 401 its refresh, and the call still succeeds.
    const { data, meta } = await makeClient(ctx.server, { auth: auth(), maxRetries: 1 }).requestWithMeta({
      method: 'GET',
      path: '/me',
    });
    expect(data).toEqual({ ok: true });
    expect(meta.attempts).toBe(3);
    // maxRetries 0: no retry at all, and still the one refresh after a 401.
    ctx.server.reset();
    issued = 0;
    calls = 1;
    ctx.server.on('POST', '/oauth/token', () => ({ json: { access_token: `token-${++issued}`, expires_in: 3600 } }));
    ctx.server.on('GET', '/me', (request: RecordedRequest) =>
      request.headers.authorization === 'Bearer token-1' ? { status: 401 } : { json: { ok: true } },
    );
    expect(
      await makeClient(ctx.server, { auth: auth(), maxRetries: 0 }).request({ method: 'GET', path: '/me' }),
    ).toEqual({ ok: true });
  });

  it('retries a 413 listed in statusCodes without a Retry-After (ky retries a 413 only with one)', async () => {
    ctx.server.on('GET', '/thing', [{ status: 413 }, { json: { ok: true } }]);
    const client = makeClient(ctx.server, { retry: { statusCodes: [413] } });
    expect(await client.request({ method: 'GET', path: '/thing' })).toEqual({ ok: true });
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('treats a fetch failure ky does not recognise as a network error as a connection failure', async () => {
    let failures = 1;
    const fetch = (input: Request | URL | string, init?: RequestInit) =>
      failures-- > 0
        ? Promise.reject(new TypeError('socket closed by another runtime'))
        : globalThis.fetch(input, init);
    ctx.server.on('GET', '/thing', { json: { ok: true } });
    ctx.server.on('POST', '/thing', { json: { ok: true } });
    const { meta } = await makeClient(ctx.server, { fetch }).requestWithMeta({ method: 'GET', path: '/thing' });
    expect(meta.attempts).toBe(2);
    failures = 1;
    const error = await rejectionOf(makeClient(ctx.server, { fetch }).request({ method: 'POST', path: '/thing' }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).reachedServer).toBe(true);
    expect(ctx.server.calls.filter((call) => call.method === 'POST')).toHaveLength(0);
  });
});
