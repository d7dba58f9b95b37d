import { createTestServer } from '@sessionkit/test-server';
import { describe, expect, it } from 'vitest';
import { ConnectionError, InternalServerError, type RetryLogEntry } from '../src/index.ts';
import { graphql, makeClient, rejectionOf, sessionJson, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';
const BUSY = { status: 503, json: { errors: [{ message: 'busy' }] } };
const operations = () => ctx.server.calls.map((call) => (call.body as { operationName: string }).operationName);

describe('reads and idempotent mutations are retried on 5xx and broken connections', () => {
  it.each([
    [
      'get',
      '/private',
      graphql({ session: sessionJson() }),
      (hl: ReturnType<typeof makeClient>) => hl.sessions.get(ID),
    ],
    [
      'search',
      '/private',
      graphql({ sessions: { sessions: [sessionJson()], totalCount: 1, totalLength: 1, totalActiveLength: 1 } }),
      (hl: ReturnType<typeof makeClient>) => hl.sessions.search(),
    ],
    [
      'initialize',
      '/public',
      graphql({ initializeSession: { secure_id: ID, project_id: '1' } }),
      (hl: ReturnType<typeof makeClient>) => hl.sessions.initialize({ secureId: ID }),
    ],
    [
      'identify',
      '/public',
      graphql({ identifySession: ID }),
      (hl: ReturnType<typeof makeClient>) => hl.sessions.identify(ID, { identifier: 'ada' }),
    ],
    [
      'setPublic',
      '/private',
      graphql({ updateSessionIsPublic: sessionJson({ is_public: true }) }),
      (hl: ReturnType<typeof makeClient>) => hl.sessions.setPublic(ID, true),
    ],
  ] as const)(
    '%s: 503, then a reset connection, then success — with the same body each time',
    async (_name, route, reply, call) => {
      ctx.server.on('POST', route, reply).inject('POST', route, BUSY, { fault: 'reset-after-headers' });
      await call(makeClient(ctx.server.url));
      expect(ctx.server.calls).toHaveLength(3);
      const [first, ...rest] = ctx.server.calls.map((recorded) => recorded.rawBody);
      for (const body of rest) expect(body).toBe(first);
    },
  );

  it('gives up after maxRetries with the last error', async () => {
    ctx.server.on('POST', '/private', { status: 502, json: {} });
    const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 1 }).sessions.get(ID));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('a GraphQL error on a 200 is not retried: the server processed the request', async () => {
    ctx.server.on('POST', '/private', { json: { data: null, errors: [{ message: 'boom' }] } });
    await rejectionOf(makeClient(ctx.server.url).sessions.get(ID));
    expect(ctx.server.calls).toHaveLength(1);
  });
});

describe('addFeedback (each call adds a comment) is retried only when it provably was not processed', () => {
  it('is not retried on 503 nor after the connection broke once it reached Highlight', async () => {
    ctx.server.on('POST', '/public', BUSY);
    expect(await rejectionOf(makeClient(ctx.server.url).sessions.addFeedback(ID, { verbatim: 'hi' }))).toBeInstanceOf(
      InternalServerError,
    );
    expect(ctx.server.calls).toHaveLength(1);
    ctx.server.reset();
    ctx.server
      .on('POST', '/public', graphql({ addSessionFeedback: ID }))
      .inject('POST', '/public', { fault: 'reset-before-headers' });
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.addFeedback(ID, { verbatim: 'hi' }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(operations()).toEqual(['AddSessionFeedback']);
  });

  it('is retried on 429 and when the connection was refused', async () => {
    ctx.server
      .on('POST', '/public', graphql({ addSessionFeedback: ID }))
      .inject('POST', '/public', { status: 429, headers: { 'retry-after': '0' }, json: {} });
    await makeClient(ctx.server.url).sessions.addFeedback(ID, { verbatim: 'hi' });
    expect(operations()).toEqual(['AddSessionFeedback', 'AddSessionFeedback']);

    const closed = await createTestServer();
    await closed.close();
    const retries: RetryLogEntry[] = [];
    const hl = makeClient(closed.url, { maxRetries: 2, hooks: { onRetry: (entry) => retries.push(entry) } });
    const error = await rejectionOf(hl.sessions.addFeedback(ID, { verbatim: 'hi' }));
    expect((error as ConnectionError).reachedServer).toBe(false);
    expect(retries.map((entry) => entry.attempt)).toEqual([1, 2]);
  });
});
