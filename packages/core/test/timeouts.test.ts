import { describe, expect, it } from 'vitest';
import { RequestAbortedError, TimeoutError } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();

describe('timeouts, deadline and abort', () => {
  it('times out an attempt whose headers never come, and retries it for idempotent requests', async () => {
    ctx.server.inject('GET', '/slow', { fault: 'hang' });
    ctx.server.on('GET', '/slow', { json: { ok: true } });
    expect(await makeClient(ctx.server, { timeoutMs: 100 }).request({ method: 'GET', path: '/slow' })).toEqual({
      ok: true,
    });
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('fails with TimeoutError (attempt) when every attempt is too slow', async () => {
    ctx.server.on('GET', '/slow', { fault: 'delay', ms: 5_000, then: { json: {} } });
    const retries: unknown[] = [];
    const client = makeClient(ctx.server, {
      timeoutMs: 300,
      maxRetries: 1,
      hooks: { onRetry: (entry) => retries.push(entry) },
    });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/slow' }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('attempt');
    expect(retries).toHaveLength(1);
    expect(ctx.server.calls.length).toBeGreaterThanOrEqual(1);
  });

  it('times out a body that arrives too slowly', async () => {
    ctx.server.on('GET', '/slow', {
      fault: 'slow-body',
      json: { items: [1, 2, 3, 4, 5, 6] },
      chunks: 6,
      chunkDelayMs: 200,
    });
    const error = await rejectionOf(
      makeClient(ctx.server, { timeoutMs: 150, maxRetries: 0 }).request({ method: 'GET', path: '/slow' }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('does not retry a POST that timed out (it may have been processed)', async () => {
    ctx.server.on('POST', '/slow', { fault: 'hang' });
    const error = await rejectionOf(
      makeClient(ctx.server, { timeoutMs: 50 }).request({ method: 'POST', path: '/slow', json: {} }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('stops everything at the total deadline, retries included', async () => {
    ctx.server.on('GET', '/slow', { fault: 'hang' });
    const started = Date.now();
    const error = await rejectionOf(
      makeClient(ctx.server, { timeoutMs: 10_000, totalTimeoutMs: 200, maxRetries: 5 }).request({
        method: 'GET',
        path: '/slow',
      }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).kind).toBe('deadline');
    // A deadline TimeoutError names the whole deadline (it used to name what was left of it when the attempt that ran
    // into it started: the same here, less on a later attempt).
    expect((error as TimeoutError).timeoutMs).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('takes timeoutMs: Infinity as no per-attempt timeout (a timer cannot hold it; it used to fire at once)', async () => {
    ctx.server.on('GET', '/slow', { fault: 'delay', ms: 100, then: { json: { ok: true } } });
    const client = makeClient(ctx.server, { timeoutMs: Number.POSITIVE_INFINITY, maxRetries: 0 });
    expect(await client.request({ method: 'GET', path: '/slow' })).toEqual({ ok: true });
  });

  it('does not start a retry wait that would pass the deadline', async () => {
    ctx.server.on('GET', '/busy', { status: 503, headers: { 'retry-after': '30' } });
    const error = await rejectionOf(
      makeClient(ctx.server, { totalTimeoutMs: 1_000 }).request({ method: 'GET', path: '/busy' }),
    );
    expect(error.name).toBe('InternalServerError');
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('stops when the caller aborts, in flight or while waiting to retry', async () => {
    ctx.server.on('GET', '/slow', { fault: 'hang' });
    const controller = new AbortController();
    const pending = makeClient(ctx.server).request({ method: 'GET', path: '/slow', signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect(await rejectionOf(pending)).toBeInstanceOf(RequestAbortedError);

    ctx.server.reset();
    ctx.server.on('GET', '/busy', { status: 503, headers: { 'retry-after': '20' } });
    const waiting = new AbortController();
    const retrying = makeClient(ctx.server).request({ method: 'GET', path: '/busy', signal: waiting.signal });
    setTimeout(() => waiting.abort(), 100);
    expect(await rejectionOf(retrying)).toBeInstanceOf(RequestAbortedError);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('stops at once when the caller aborts from a retry hook, before the wait', async () => {
    ctx.server.on('GET', '/busy', { status: 503, headers: { 'retry-after': '20' } });
    const controller = new AbortController();
    const client = makeClient(ctx.server, { hooks: { onRetry: () => controller.abort() } });
    const error = await rejectionOf(client.request({ method: 'GET', path: '/busy', signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('refuses to start when the signal is already aborted', async () => {
    ctx.server.on('GET', '/x', { json: {} });
    const error = await rejectionOf(
      makeClient(ctx.server).request({ method: 'GET', path: '/x', signal: AbortSignal.abort() }),
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(ctx.server.calls).toHaveLength(0);
  });
});
