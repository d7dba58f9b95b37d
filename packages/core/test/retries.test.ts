import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, RateLimitError, type RetryLogEntry } from '../src/index.ts';
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
