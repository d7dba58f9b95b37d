import { type SessionSource, SessionSummarySchema } from '@sessionkit/core';
import { describe, expect, it } from 'vitest';
import { RequestValidationError, type Session } from '../src/index.ts';
import { collect, makeClient, NOW, pageJson, rejectionOf, sessionJson, useEmulator, useTestServer } from './helpers.ts';

const ctx = useEmulator({ seed: 12, now: NOW });

const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();
const HOUR = 3_600_000;

function session(overrides: Record<string, unknown>): Session {
  return sessionJson(overrides) as unknown as Session;
}

describe('sessions.toSummary', () => {
  it('maps a completed session: ended at its last update, with customer, counts and link', () => {
    const vapi = makeClient(ctx.emulator.url);
    const summary = vapi.sessions.toSummary(
      session({
        createdAt: '2026-08-20T10:00:00.000Z',
        updatedAt: '2026-08-20T10:05:00.000Z',
        status: 'completed',
        customerId: 'cus_1',
        customer: { name: 'Ada Lovelace', email: 'ada@example.com', number: '+14155550123' },
        messages: [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello' },
        ],
      }),
    );
    expect(summary).toEqual({
      vendor: 'vapi',
      id: '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa',
      createdAt: new Date('2026-08-20T10:00:00.000Z'),
      endedAt: new Date('2026-08-20T10:05:00.000Z'),
      durationMs: 300_000,
      status: 'ended',
      vendorStatus: 'completed',
      customer: { id: 'cus_1', name: 'Ada Lovelace', email: 'ada@example.com', phone: '+14155550123' },
      counts: { messages: 2 },
      link: `${ctx.emulator.url}/session/3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa`,
    });
    expect(SessionSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('an active session within its expiration is active, with no end', () => {
    const summary = makeClient(ctx.emulator.url).sessions.toSummary(
      session({ createdAt: ago(2 * HOUR), updatedAt: ago(HOUR), status: 'active', expirationSeconds: 7_200 }),
    );
    expect(summary.status).toBe('active');
    expect(summary.endedAt).toBeUndefined();
    expect(summary.counts).toEqual({});
  });

  it('an active session past its expiration (default 24 h after the last update) ended then', () => {
    const updatedAt = ago(25 * HOUR);
    const summary = makeClient(ctx.emulator.url).sessions.toSummary(
      session({ createdAt: ago(26 * HOUR), updatedAt, status: 'active' }),
    );
    expect(summary.status).toBe('ended');
    expect(summary.vendorStatus).toBe('active');
    expect(summary.endedAt).toEqual(new Date(Date.parse(updatedAt) + 24 * HOUR));
  });

  it('a session without a known status is unknown', () => {
    const vapi = makeClient(ctx.emulator.url);
    expect(vapi.sessions.toSummary(session({})).status).toBe('unknown');
    expect(vapi.sessions.toSummary(session({ status: 'archived' })).status).toBe('unknown');
  });

  it('refuses something that is not a session with a RequestValidationError', () => {
    const vapi = makeClient(ctx.emulator.url);
    // Issue 13: toSummary no longer re-validates, so `{ id: 'only-id' }` (what a lenient read can deliver when
    // everything but the id drifted) now summarises (see the drift tests below); only a value with no string id,
    // which no read delivers, is refused.
    for (const value of [undefined, null, 'x', 42, [], { id: 7 }, { name: 'no id' }]) {
      expect(() => vapi.sessions.toSummary(value as never)).toThrow(RequestValidationError);
    }
  });

  it('encodes the id in the link', () => {
    const summary = makeClient(ctx.emulator.url).sessions.toSummary(session({ id: 'a/b c' }));
    expect(summary.link).toBe(`${ctx.emulator.url}/session/a%2Fb%20c`);
  });

  it('builds the link on the base URL without its trailing slashes', () => {
    const summary = makeClient(`${ctx.emulator.url}//`).sessions.toSummary(session({ id: 's1' }));
    expect(summary.link).toBe(`${ctx.emulator.url}/session/s1`);
  });
});

describe('sessions.toSummary on drift (maps the session as it is, never validates it again)', () => {
  it('summarises a session whose every field but the id drifted, without throwing', () => {
    const drifted = {
      id: 'drifted',
      createdAt: 42,
      updatedAt: 'not a date',
      status: 'completed',
      expirationSeconds: 'a day',
      messages: 'hello',
      customer: { name: 5, email: ['x'], number: null, sipUri: 'sip:ada@example.com' },
      customerId: { id: 'c' },
      costs: [{ type: 'brand-new', cost: 'free' }],
    };
    const summary = makeClient(ctx.emulator.url).sessions.toSummary(drifted as never);
    expect(summary).toMatchObject({
      vendor: 'vapi',
      id: 'drifted',
      status: 'ended',
      vendorStatus: 'completed',
      counts: {},
      customer: { phone: 'sip:ada@example.com' },
    });
    expect(Number.isNaN(summary.createdAt.getTime())).toBe(true);
    expect(summary.endedAt).toBeUndefined();
    expect(summary.durationMs).toBeUndefined();
  });

  it('summarises a bare `{ id }` and a non-string status as unknown', () => {
    const vapi = makeClient(ctx.emulator.url);
    expect(vapi.sessions.toSummary({ id: 'only-id' } as never)).toMatchObject({ id: 'only-id', status: 'unknown' });
    const summary = vapi.sessions.toSummary(session({ status: 3 }));
    expect(summary.status).toBe('unknown');
    expect(summary.vendorStatus).toBeUndefined();
  });

  it('an active session with an unreadable updatedAt stays active (its expiry is unknown)', () => {
    const summary = makeClient(ctx.emulator.url).sessions.toSummary(session({ status: 'active', updatedAt: null }));
    expect(summary.status).toBe('active');
    expect(summary.endedAt).toBeUndefined();
  });
});

describe('sessions.toSummary of what a read delivered', () => {
  const served = useTestServer();

  it("does not throw a RequestValidationError about a session read under validation 'off'", async () => {
    served.server.on('GET', '/session/:id', { json: { id: 's1', orgId: 5, createdAt: NOW.toISOString() } });
    const vapi = makeClient(served.server.url, { validation: 'off' });
    const summary = vapi.sessions.toSummary(await vapi.sessions.get('s1'));
    expect(summary).toMatchObject({ id: 's1', createdAt: NOW, status: 'unknown' });
  });

  it('recentSummaries summarises every session of a page that drifted (lenient), and reports the drift', async () => {
    served.server.on('GET', '/session', {
      json: pageJson([
        sessionJson({ id: 'a', status: 'completed' }),
        sessionJson({ id: 'b', createdAt: 42, costs: [{ type: 'brand-new' }], customer: { name: 5 } }),
        sessionJson({ id: 'c', messages: [{ role: 'user', content: 'Hi' }] }),
      ]),
    });
    const reported: string[] = [];
    const vapi = makeClient(served.server.url, {
      hooks: { onValidationIssue: (report) => reported.push(...report.issues.map((issue) => issue.path)) },
    });
    const summaries = await collect(vapi.sessions.recentSummaries());
    expect(summaries.map((summary) => summary.id)).toEqual(['a', 'b', 'c']);
    expect(summaries.map((summary) => summary.status)).toEqual(['ended', 'unknown', 'unknown']);
    expect(summaries[2]?.counts).toEqual({ messages: 1 });
    expect(reported).toEqual(expect.arrayContaining(['results[1].createdAt', 'results[1].customer.name']));
  });
});

describe('sessions.recentSummaries (SessionSource)', () => {
  it('is a SessionSource for vendor vapi', () => {
    const source: SessionSource<Session> = makeClient(ctx.emulator.url).sessions;
    expect(source.vendor).toBe('vapi');
  });

  it('yields the newest sessions first, at most maxItems, asking for one page of that size', async () => {
    const summaries = await collect(makeClient(ctx.emulator.url).sessions.recentSummaries({ maxItems: 5 }));
    expect(summaries.map((summary) => summary.id)).toEqual(
      ctx.emulator.seeded
        .map((seeded) => seeded.id)
        .reverse()
        .slice(0, 5),
    );
    for (const summary of summaries) expect(SessionSummarySchema.safeParse(summary).success).toBe(true);
    expect(ctx.emulator.server.calls.map((call) => Object.fromEntries(call.query))).toEqual([
      { sortBy: 'createdAt', sortOrder: 'DESC', limit: '5' },
    ]);
  });

  it('yields every session without maxItems, and nothing for maxItems 0', async () => {
    const vapi = makeClient(ctx.emulator.url);
    expect(await collect(vapi.sessions.recentSummaries())).toHaveLength(12);
    ctx.emulator.server.calls.length = 0;
    expect(await collect(vapi.sessions.recentSummaries({ maxItems: 0 }))).toEqual([]);
    expect(ctx.emulator.server.calls).toHaveLength(0);
  });

  it('passes request options through (an aborted signal stops it)', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(
      collect(makeClient(ctx.emulator.url).sessions.recentSummaries({ signal: controller.signal })),
    );
    expect(error.name).toBe('RequestAbortedError');
  });
});
