import { createTestServer } from '@sessionkit/test-server';
import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, type RetryLogEntry } from '../src/index.ts';
import { makeClient, rejectionOf, sessionJson, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa';
const SESSION = { status: 200, json: sessionJson() };
const CHAT = { json: { ...sessionJson(), output: [] } };

describe('idempotent requests are retried on 5xx and connection failures', () => {
  it.each([
    ['GET', (vapi: ReturnType<typeof makeClient>) => vapi.sessions.get(ID)],
    ['DELETE', (vapi: ReturnType<typeof makeClient>) => vapi.sessions.delete(ID)],
    ['PATCH', (vapi: ReturnType<typeof makeClient>) => vapi.sessions.update(ID, { name: 'same patch' })],
  ] as const)('%s: 503, then a reset connection, then success', async (method, call) => {
    ctx.server
      .on(method, '/session/:id', SESSION)
      .inject(method, '/session/:id', { status: 503, json: { message: 'busy' } }, { fault: 'reset-after-headers' });
    const session = await call(makeClient(ctx.server.url));
    expect(session.id).toBe(ID);
    expect(ctx.server.calls).toHaveLength(3);
    if (method === 'PATCH') expect(ctx.server.calls.map((c) => c.body)).toEqual(Array(3).fill({ name: 'same patch' }));
  });

  it('gives up after maxRetries with the last error', async () => {
    ctx.server.on('GET', '/session/:id', { status: 502, json: { message: 'bad gateway' } });
    const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 1 }).sessions.get(ID));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('retries the pages of a list', async () => {
    ctx.server
      .on('GET', '/session', {
        json: { results: [sessionJson()], metadata: { itemsPerPage: 100, totalItems: 1, currentPage: 1 } },
      })
      .inject('GET', '/session', { status: 500, json: {} });
    expect((await makeClient(ctx.server.url).sessions.list()).items).toHaveLength(1);
    expect(ctx.server.calls).toHaveLength(2);
  });
});

describe('POST (create, send) is retried only when it provably was not processed', () => {
  it.each([
    ['create', 'POST', '/session', (vapi: ReturnType<typeof makeClient>) => vapi.sessions.create()],
    ['send', 'POST', '/chat', (vapi: ReturnType<typeof makeClient>) => vapi.sessions.send(ID, 'hi')],
  ] as const)('%s is not retried on 503', async (_name, method, route, call) => {
    ctx.server.on(method, route, { status: 503, json: { message: 'busy' } });
    expect(await rejectionOf(call(makeClient(ctx.server.url)))).toBeInstanceOf(InternalServerError);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('create is not retried when the connection broke after reaching Vapi', async () => {
    ctx.server.on('POST', '/session', SESSION).inject('POST', '/session', { fault: 'reset-before-headers' });
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.create());
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).reachedServer).toBe(true);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('create and send are retried on 429', async () => {
    ctx.server
      .on('POST', '/session', { status: 201, json: sessionJson() })
      .inject('POST', '/session', {
        status: 429,
        headers: { 'retry-after': '0' },
        json: { message: 'Rate limit exceeded' },
      })
      .on('POST', '/chat', CHAT)
      .inject('POST', '/chat', { status: 429, json: { message: 'Rate limit exceeded' } });
    const vapi = makeClient(ctx.server.url);
    await vapi.sessions.create();
    await vapi.sessions.send(ID, 'hi');
    expect(ctx.server.calls.map((call) => call.path)).toEqual(['/session', '/session', '/chat', '/chat']);
  });

  it('create is retried when the connection was refused (it never reached Vapi)', async () => {
    const closed = await createTestServer();
    const url = closed.url;
    await closed.close();
    const retries: RetryLogEntry[] = [];
    const vapi = makeClient(url, { maxRetries: 2, hooks: { onRetry: (entry) => retries.push(entry) } });
    const error = await rejectionOf(vapi.sessions.create());
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).reachedServer).toBe(false);
    expect(retries.map((entry) => entry.attempt)).toEqual([1, 2]);
  });
});
