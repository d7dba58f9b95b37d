import { createTestServer } from '@sessionkit/test-server';
import { describe, expect, it } from 'vitest';
import {
  ConnectionError,
  InternalServerError,
  MAX_RETRY_AFTER_MS,
  RateLimitError,
  RequestAbortedError,
  type RetryLogEntry,
} from '../src/index.ts';
import {
  makeClient,
  NOW,
  rejectionOf,
  sessionJson,
  TOKEN_REPLY,
  useEmulator,
  useTestServer,
  webEventInput,
} from './helpers.ts';

describe('429 and Retry-After', () => {
  const ctx = useEmulator({ seed: 2, now: NOW });

  it('waits what Retry-After asks, then succeeds (reads and ingest alike)', async () => {
    const { emulator } = ctx;
    const retries: RetryLogEntry[] = [];
    const gj = makeClient(emulator.url, { hooks: { onRetry: (entry) => retries.push(entry) } });
    emulator.throttle(2, 0);
    const session = await gj.sessions.get(emulator.seeded[0]?.id as string);
    expect(session.id).toBe(emulator.seeded[0]?.id);
    emulator.throttle(1, 0);
    await gj.tracking.webEvent(emulator.deploymentId, webEventInput());
    expect(retries.map((entry) => entry.delayMs)).toEqual([0, 0, 0]);
    expect(emulator.store.sessions.size).toBe(3);
  });

  it('honours waits up to 180 s by default: a 180 s Retry-After is scheduled (aborted here, not waited)', async () => {
    const { emulator } = ctx;
    expect(MAX_RETRY_AFTER_MS).toBe(180_000);
    emulator.throttle(1, 180);
    const controller = new AbortController();
    const retries: RetryLogEntry[] = [];
    const gj = makeClient(emulator.url, {
      hooks: {
        onRetry: (entry) => {
          retries.push(entry);
          // Abort once the wait has started (core's sleep misses a signal aborted before it starts).
          setTimeout(() => controller.abort(), 1);
        },
      },
    });
    const error = await rejectionOf(gj.sessions.get(emulator.seeded[0]?.id as string, { signal: controller.signal }));
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(retries.map((entry) => entry.delayMs)).toEqual([180_000]);
  });

  it('refuses waits above 180 s like the Go SDK: fails at once with the RateLimitError', async () => {
    const { emulator } = ctx;
    emulator.throttle(1, 181);
    const gj = makeClient(emulator.url);
    const error = (await rejectionOf(gj.sessions.get(emulator.seeded[0]?.id as string))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(181_000);
    expect(emulator.server.calls.filter((call) => call.path.startsWith('/api/'))).toHaveLength(1);
  });

  it('retry.maxRetryAfterMs can lower the cap', async () => {
    const { emulator } = ctx;
    emulator.throttle(1, 5);
    const gj = makeClient(emulator.url, { retry: { initialDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1_000 } });
    expect(await rejectionOf(gj.sessions.get(emulator.seeded[0]?.id as string))).toBeInstanceOf(RateLimitError);
  });

  it('the emulator enforces its per-token window and the client reports it', async () => {
    const { startGenesysEmulator } = await import('@sessionkit/emulators/genesys');
    const small = await startGenesysEmulator({ seed: 1, rateLimit: { allowed: 2, windowSeconds: 600 } });
    try {
      const gj = makeClient(small.url, { retry: { initialDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1_000 } });
      const id = small.seeded[0]?.id as string;
      await gj.sessions.get(id);
      await gj.sessions.get(id);
      expect(gj.rateLimit).toMatchObject({ count: 2, allowed: 2, remaining: 0 });
      const error = (await rejectionOf(gj.sessions.get(id))) as RateLimitError;
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error.retryAfterMs).toBeGreaterThan(1_000);
    } finally {
      await small.close();
    }
  });
});

describe('idempotent reads are retried on 5xx and broken connections', () => {
  const ctx = useTestServer();

  it('GET: 503, then a reset connection, then success', async () => {
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/journey/sessions/:id', { json: sessionJson() })
      .inject(
        'GET',
        '/api/v2/journey/sessions/:id',
        { status: 503, json: { code: 'service.unavailable' } },
        { fault: 'reset-after-headers' },
      );
    const { data, response } = await makeClient(ctx.server.url).sessions.get('s').withResponse();
    expect(data.id).toBe(sessionJson().id);
    expect(response.attempts).toBe(3);
  });

  it('retries the pages of a list', async () => {
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/externalcontacts/contacts/:id/journey/sessions', { json: { entities: [sessionJson()] } })
      .inject('GET', '/api/v2/externalcontacts/contacts/:id/journey/sessions', { status: 502, json: {} });
    expect((await makeClient(ctx.server.url).contacts.sessions('c')).items).toHaveLength(1);
  });

  it('gives up after maxRetries with the last error', async () => {
    ctx.server
      .on('POST', '/oauth/token', TOKEN_REPLY)
      .on('GET', '/api/v2/journey/sessions/:id', { status: 500, json: { code: 'internal.server.error' } });
    const error = await rejectionOf(makeClient(ctx.server.url, { maxRetries: 1 }).sessions.get('s'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(ctx.server.calls.filter((call) => call.path.startsWith('/api/'))).toHaveLength(2);
  });
});

describe('ingest is never sent twice', () => {
  const ctx = useTestServer();

  it.each([
    ['webEvent', '/api/v2/journey/deployments/:d/webevents'],
    ['actionEvent', '/api/v2/journey/deployments/:d/actionevent'],
    ['externalEvents.send', '/api/v2/journey/externalevents/configurations/:c/events'],
  ])('%s is not retried on 503 or after the connection broke', async (name, route) => {
    const gj = makeClient(ctx.server.url);
    const call = () =>
      name === 'webEvent'
        ? gj.tracking.webEvent('d', webEventInput())
        : name === 'actionEvent'
          ? gj.tracking.actionEvent('d', { sessionId: 's', actionId: 'a', actionState: 'accepted' })
          : gj.externalEvents.send('c', [
              {
                id: 'e',
                dateCreated: NOW,
                identifiers: { externalIds: [{ externalSourceId: 's', value: 'v' }] },
                attributes: {},
              },
            ]);
    ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('POST', route, { status: 503, json: {} });
    expect(await rejectionOf(call())).toBeInstanceOf(InternalServerError);
    ctx.server.reset();
    ctx.server.on('POST', '/oauth/token', TOKEN_REPLY).on('POST', route, { fault: 'reset-before-headers' });
    const error = await rejectionOf(call());
    expect(error).toBeInstanceOf(ConnectionError);
    expect(ctx.server.calls.filter((request) => request.path !== '/oauth/token')).toHaveLength(1);
  });

  it('is retried when the connection was refused (it never reached Genesys)', async () => {
    const closed = await createTestServer();
    const url = closed.url;
    await closed.close();
    const retries: RetryLogEntry[] = [];
    const gj = makeClient(url, { hooks: { onRetry: (entry) => retries.push(entry) } });
    const error = await rejectionOf(gj.tracking.webEvent('d', webEventInput()));
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).reachedServer).toBe(false);
    expect(retries.map((entry) => entry.attempt)).toEqual([1, 2]);
  });
});
