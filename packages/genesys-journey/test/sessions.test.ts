import { SessionSummarySchema } from '@sessionkit/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  ConfigurationError,
  EVENT_TYPES,
  isEventType,
  RequestValidationError,
  ResponseValidationError,
  type Session,
} from '../src/index.ts';
import { collect, makeClient, NOW, rejectionOf, sessionJson, useEmulator, useTestServer } from './helpers.ts';

const ctx = useEmulator({ seed: 12, now: NOW });

describe('sessions.get', () => {
  it('returns the session as stored, with every field', async () => {
    const { emulator } = ctx;
    const stored = emulator.seeded[3] as Session;
    const session = await makeClient(emulator.url).sessions.get(stored.id);
    expect(session).toEqual(stored);
    expect(session.lastEvent.id).toBe(stored.lastEvent.id);
  });

  it('withResponse() gives the correlation id, status, attempts and the rate-limit window', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const { data, response } = await gj.sessions.get(emulator.seeded[0]?.id as string).withResponse();
    expect(data.id).toBe(emulator.seeded[0]?.id);
    expect(response.status).toBe(200);
    expect(response.attempts).toBe(1);
    expect(response.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.requestId).toBe(response.correlationId);
    expect(response.rateLimit).toEqual({ count: 1, allowed: 300, resetSeconds: 60, remaining: 299 });
    await gj.sessions.get(emulator.seeded[1]?.id as string);
    expect(gj.rateLimit).toEqual({ count: 2, allowed: 300, resetSeconds: 60, remaining: 298 });
  });
});

describe('sessions.events: cursor paging through nextUri', () => {
  it('walks every page, following nextUri until it is absent, and sends pageSize as a string', async () => {
    const { emulator } = ctx;
    const session = emulator.seeded.find((candidate) => candidate.eventCount >= 4) as Session;
    const gj = makeClient(emulator.url);
    const events = await collect(gj.sessions.events(session.id, { pageSize: 2 }));
    expect(events.map((event) => event.id)).toEqual(emulator.store.events.get(session.id)?.map((event) => event.id));
    const calls = emulator.server.calls.filter((call) => call.path.endsWith('/events'));
    expect(calls).toHaveLength(Math.ceil(session.eventCount / 2));
    expect(calls[0]?.query.get('pageSize')).toBe('2');
    expect(calls[0]?.query.has('after')).toBe(false);
    expect(calls.slice(1).every((call) => call.query.get('after'))).toBe(true);
  });

  it('awaiting gives the first page with its raw listing; nextPage() follows nextUri', async () => {
    const { emulator } = ctx;
    const session = emulator.seeded.find((candidate) => candidate.eventCount >= 3) as Session;
    const page = await makeClient(emulator.url).sessions.events(session.id, { pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.raw.nextUri).toMatch(/^\/api\/v2\/journey\/sessions\/.+\/events\?.*after=/);
    expect(page.hasNextPage()).toBe(true);
    const second = await page.nextPage();
    expect(second?.items[0]?.id).not.toBe(page.items[0]?.id);
    expect(second?.params.nextUri).toBe(page.raw.nextUri);
  });

  it('filters by one or several event types, sent comma-separated, and narrows with isEventType', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const web = emulator.seeded.find((candidate) => candidate.type === 'web') as Session;
    const pageviews = await collect(gj.sessions.events(web.id, { eventType: EVENT_TYPES.webEvent }));
    expect(pageviews.length).toBeGreaterThan(0);
    for (const event of pageviews) {
      expect(isEventType(event, EVENT_TYPES.webEvent)).toBe(true);
      if (isEventType(event, EVENT_TYPES.webEvent))
        expect(event.webEvent.page.url).toMatch(/^https:\/\/shop\.example\.com/);
    }
    await collect(
      gj.sessions.events(web.id, { eventType: [EVENT_TYPES.webEvent, EVENT_TYPES.appEvent, EVENT_TYPES.webEvent] }),
    );
    const last = emulator.server.calls.at(-1);
    expect(last?.query.get('eventType')).toBe(`${EVENT_TYPES.webEvent},${EVENT_TYPES.appEvent}`);
  });

  it('stops on a page without nextUri, and on an empty page even if it has one', async () => {
    const local = await import('@sessionkit/test-server').then((module) => module.createTestServer());
    try {
      local
        .on('POST', '/oauth/token', { json: { access_token: 'tok-1234', expires_in: 3600 } })
        .on('GET', '/api/v2/journey/sessions/:id/events', {
          json: { entities: [], nextUri: '/api/v2/journey/sessions/s/events?after=x' },
        });
      expect(await collect(makeClient(local.url).sessions.events('s'))).toEqual([]);
      expect(local.calls.filter((call) => call.path.endsWith('/events'))).toHaveLength(1);
    } finally {
      await local.close();
    }
  });
});

describe('nextUri forms', () => {
  const local = useTestServer();
  const EVENT = {
    id: 'e1',
    correlationId: 'c1',
    eventType: 'com.genesys.journey.SegmentAssignmentEvent',
    session: { id: 's', type: 'web' },
    createdDate: '2026-08-20T10:00:00Z',
    segmentAssignmentEvent: { segment: { id: 'vip' } },
  };

  it.each([
    ['host-relative', '/api/v2/journey/sessions/s/events?after=c2&pageSize=1'],
    [
      'absolute on another host (only path and query are used)',
      'https://api.mypurecloud.ie/api/v2/journey/sessions/s/events?after=c2&pageSize=1',
    ],
    ['query only', '?after=c2&pageSize=1'],
  ])('%s: the next page goes to the configured base with the cursor', async (_form, nextUri) => {
    local.server
      .on('POST', '/oauth/token', { json: { access_token: 'tok-1234', expires_in: 3600 } })
      .on('GET', '/api/v2/journey/sessions/:id/events', (request) =>
        request.query.get('after') === 'c2'
          ? { json: { entities: [{ ...EVENT, id: 'e2' }] } }
          : { json: { entities: [EVENT], nextUri } },
      );
    const events = await collect(makeClient(local.server.url).sessions.events('s', { pageSize: 1 }));
    expect(events.map((event) => event.id)).toEqual(['e1', 'e2']);
    const pages = local.server.calls.filter((call) => call.path.endsWith('/events'));
    expect(pages.map((call) => `${call.rawPath}?${call.query}`)).toEqual([
      '/api/v2/journey/sessions/s/events?pageSize=1',
      '/api/v2/journey/sessions/s/events?after=c2&pageSize=1',
    ]);
  });
});

describe('a malformed nextUri', () => {
  const local = useTestServer();

  it('is a ResponseValidationError, never a TypeError', async () => {
    local.server
      .on('POST', '/oauth/token', { json: { access_token: 'tok-1234', expires_in: 3600 } })
      .on('GET', '/api/v2/journey/sessions/:id/events', {
        json: {
          entities: [
            {
              id: 'e1',
              correlationId: 'c1',
              eventType: 'x.Custom',
              session: { id: 's', type: 'web' },
              createdDate: '2026-08-20T10:00:00Z',
            },
          ],
          nextUri: 'http://[broken',
        },
      });
    const error = await rejectionOf(collect(makeClient(local.server.url).sessions.events('s')));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([{ path: 'nextUri', message: 'Not a URI' }]);
  });
});

describe('outcome scores (deprecated upstream)', () => {
  it('returns the scores of a session', async () => {
    const { emulator } = ctx;
    const id = emulator.seeded[0]?.id as string;
    const result = await makeClient(emulator.url).sessions.outcomeScores(id);
    expect(result).toEqual(emulator.store.outcomeScores.get(id));
  });
});

describe('contacts', () => {
  it('lists the sessions of a contact across pages; includeMerged adds the merged contacts', async () => {
    const { emulator } = ctx;
    const contactId = emulator.contactIds[0] as string;
    const merged = emulator.store.contact(contactId).merged[0] as string;
    const mergedSession = { ...sessionJson({ id: 'merged-session' }), externalContact: { id: merged } };
    emulator.store.addSession(mergedSession as never);
    const gj = makeClient(emulator.url);
    const own = await collect(gj.contacts.sessions(contactId, { pageSize: 1 }));
    expect(own.map((session) => session.id).sort()).toEqual(
      emulator.seeded
        .filter((session) => session.externalContact?.id === contactId)
        .map((session) => session.id)
        .sort(),
    );
    const all = await collect(gj.contacts.sessions(contactId, { includeMerged: true }));
    expect(all.map((session) => session.id)).toContain('merged-session');
    expect(emulator.server.calls.at(-1)?.query.get('includeMerged')).toBe('true');
  });

  it('reads, assigns and unassigns segments', async () => {
    const { emulator } = ctx;
    const contactId = emulator.contactIds[1] as string;
    const gj = makeClient(emulator.url);
    const before = await gj.contacts.segments(contactId, { limit: 500 });
    expect(emulator.server.calls.at(-1)?.query.get('limit')).toBe('500');
    const result = await gj.contacts.updateSegments(contactId, {
      assign: ['brand-new'],
      unassign: [{ id: 'never-assigned' }],
    });
    expect(result.unprocessedItems).toEqual({ count: 1, unassign: { segments: [{ id: 'never-assigned' }] } });
    expect(emulator.server.calls.at(-1)?.body).toEqual({
      assign: { segments: [{ id: 'brand-new' }] },
      unassign: { segments: [{ id: 'never-assigned' }] },
    });
    const after = await gj.contacts.segments(contactId, { limit: 500 });
    expect(after.entities?.map((entry) => entry.segment.id)).toEqual([
      ...(before.entities ?? []).map((entry) => entry.segment.id),
      'brand-new',
    ]);
  });
});

describe('summaries', () => {
  it('maps an ended and an active session to core SessionSummary', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url);
    const ended = emulator.seeded[0] as Session;
    const summary = gj.sessions.toSummary(ended);
    expect(z.safeParse(SessionSummarySchema, summary).success).toBe(true);
    expect(summary).toEqual({
      vendor: 'genesys-journey',
      id: ended.id,
      createdAt: new Date(ended.createdDate),
      endedAt: new Date(ended.endedDate as string),
      durationMs: Date.parse(ended.endedDate as string) - Date.parse(ended.createdDate),
      status: 'ended',
      counts: { events: ended.eventCount },
      customer: { id: ended.externalContact?.id },
      link: `${emulator.url}/api/v2/journey/sessions/${ended.id}`,
    });
    const active = emulator.seeded.at(-1) as Session;
    expect(gj.sessions.toSummary(active)).toMatchObject({
      status: 'active',
      durationMs: (active.durationInSeconds as number) * 1000,
    });
    expect(gj.sessions.toSummary(active).endedAt).toBeUndefined();
  });

  // Issue 13 item 4: toSummary no longer re-validates the session (it used to refuse `{ id: 'x' }`, and threw a
  // RequestValidationError about a response under validation: 'off'); it maps what it is given, defensively, and
  // refuses only what has no id to summarise.
  it('toSummary refuses only something without an id', () => {
    const gj = makeClient(ctx.emulator.url);
    for (const notASession of [null, undefined, 'x', {}, { id: '' }, { id: 7 }]) {
      expect(() => gj.sessions.toSummary(notASession as never)).toThrow(RequestValidationError);
    }
    expect(gj.sessions.toSummary({ id: 'x' } as never)).toMatchObject({ id: 'x', status: 'active', counts: {} });
  });

  it('toSummary maps a drifted session without throwing: a field of the wrong type counts as absent', () => {
    const gj = makeClient(ctx.emulator.url);
    const drifted = {
      id: 'drifted',
      createdDate: 1_787_220_000,
      endedDate: 'not a date',
      eventCount: '3',
      durationInSeconds: 'long',
      externalContact: 'contact-1',
      customerId: 42,
    } as unknown as Session;
    const summary = gj.sessions.toSummary(drifted);
    expect(summary).toMatchObject({ vendor: 'genesys-journey', id: 'drifted', status: 'ended', counts: {} });
    expect(Number.isNaN(summary.createdAt.getTime())).toBe(true);
    expect(summary.endedAt).toBeUndefined();
    expect(summary.durationMs).toBeUndefined();
    expect(summary.customer).toBeUndefined();
    const active = gj.sessions.toSummary({ id: 'a', createdDate: 'yesterday', durationInSeconds: 60 } as never);
    expect(active).toMatchObject({ status: 'active', durationMs: 60_000 });
  });

  it('recentSummaries: the newest sessions of the contacts, newest first, at most maxItems', async () => {
    const { emulator } = ctx;
    const gj = makeClient(emulator.url, { contactIds: emulator.contactIds });
    const summaries = await collect(gj.sessions.recentSummaries({ maxItems: 5 }));
    const expected = [...emulator.seeded].sort((a, b) => b.createdDate.localeCompare(a.createdDate)).slice(0, 5);
    expect(summaries.map((summary) => summary.id)).toEqual(expected.map((session) => session.id));
    expect(await collect(gj.sessions.recentSummaries({ maxItems: 0 }))).toEqual([]);
    const one = await collect(gj.sessions.recentSummaries({ contactIds: [emulator.contactIds[1] as string] }));
    expect(new Set(one.map((summary) => summary.customer?.id))).toEqual(new Set([emulator.contactIds[1]]));
  });

  it('recentSummaries without contact ids is a ConfigurationError that says why', async () => {
    const iterator = makeClient(ctx.emulator.url).sessions.recentSummaries({ maxItems: 3 });
    const error = await rejectionOf(iterator.next());
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('per external contact');
  });
});
