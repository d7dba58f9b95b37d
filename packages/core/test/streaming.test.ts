import { describe, expect, it } from 'vitest';
import { NotFoundError, RequestAbortedError, TimeoutError } from '../src/index.ts';
import { makeClient, rejectionOf, until, useTestServer } from './helpers.ts';

const ctx = useTestServer();

async function readAll(body: ReadableStream<Uint8Array> | null): Promise<string> {
  return body ? await new Response(body).text() : '';
}

describe('HttpClient.stream: a body read as a stream', () => {
  it('hands the body over unread, and the per-attempt timeout does not cut a long, healthy body', async () => {
    ctx.server.on('POST', '/events', {
      fault: 'slow-body',
      json: { items: [1, 2, 3, 4, 5, 6] },
      chunks: 6,
      chunkDelayMs: 300,
    });
    // The body takes about 1.8 s, far past both limits; the limits leave headers room on a loaded 2-core machine.
    const client = makeClient(ctx.server, { timeoutMs: 600, totalTimeoutMs: 900 });
    const { body, meta } = await client.stream({ method: 'POST', path: '/events', json: {} });
    expect(meta.status).toBe(200);
    expect(JSON.parse(await readAll(body.body))).toEqual({ items: [1, 2, 3, 4, 5, 6] });
  });

  it('rejects an error status with the usual ApiError, its body read', async () => {
    ctx.server.on('POST', '/events', { status: 404, json: { message: 'no such session' } });
    const error = await rejectionOf(makeClient(ctx.server).stream({ method: 'POST', path: '/events', json: {} }));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('applies the retry rules before the first byte (a 503 of a GET is retried)', async () => {
    ctx.server.inject('GET', '/events', { status: 503, json: {} });
    ctx.server.on('GET', '/events', { text: 'data: 1\n\n' });
    const { body, meta } = await makeClient(ctx.server).stream({ method: 'GET', path: '/events' });
    expect(await readAll(body.body)).toBe('data: 1\n\n');
    expect(meta.attempts).toBe(2);
  });

  it('times out headers that never come, as any call', async () => {
    ctx.server.on('POST', '/events', { fault: 'hang' });
    const error = await rejectionOf(
      makeClient(ctx.server, { timeoutMs: 80 }).stream({ method: 'POST', path: '/events', json: {} }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('never retries once the body started: a connection cut mid-body fails the reader, not the call', async () => {
    ctx.server.on('GET', '/events', { fault: 'reset-after-headers', status: 200, partialBody: 'data: 1\n\n' });
    const { body } = await makeClient(ctx.server).stream({ method: 'GET', path: '/events' });
    await expect(readAll(body.body)).rejects.toThrow();
    expect(ctx.server.calls).toHaveLength(1);
  });

  it("cancel() and the caller's signal close the connection", async () => {
    ctx.server.on('GET', '/events', { fault: 'slow-body', json: { a: 'x'.repeat(100) }, chunks: 50, chunkDelayMs: 50 });
    const client = makeClient(ctx.server);
    const first = await client.stream({ method: 'GET', path: '/events' });
    const reader = first.body.body?.getReader();
    await reader?.read();
    first.body.cancel();
    await expect(reader?.read()).rejects.toThrow();

    const controller = new AbortController();
    const second = await client.stream({ method: 'GET', path: '/events', signal: controller.signal });
    const reader2 = second.body.body?.getReader();
    await reader2?.read();
    controller.abort();
    await expect(reader2?.read()).rejects.toThrow();

    const aborted = new AbortController();
    aborted.abort();
    const error = await rejectionOf(client.stream({ method: 'GET', path: '/events', signal: aborted.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    await until(() => ctx.server.calls.length === 2);
  });

  it('TimeoutError accepts the idle kind', () => {
    const error = new TimeoutError('idle', {
      method: 'POST',
      url: 'u',
      reachedServer: true,
      timeoutMs: 5,
      kind: 'idle',
    });
    expect(error.kind).toBe('idle');
  });
});
