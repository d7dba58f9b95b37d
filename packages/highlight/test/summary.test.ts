import { SessionSummarySchema } from '@sessionkit/core';
import { describe, expect, it } from 'vitest';
import { RequestValidationError, type Session } from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import { collect, graphql, makeClient, sessionJson, useEmulator, useTestServer } from './helpers.ts';

const ctx = useEmulator({ seed: 7 });

function session(overrides: Record<string, unknown> = {}): Session {
  const raw = SessionSchema.parse({
    ...sessionJson(overrides),
    project_id: '1',
    user_agent: null,
    started_at: '2026-08-20T10:00:00.123456789Z',
    last_active_at: '2026-08-20T10:04:30Z',
    url: null,
    events_count: null,
    messages_count: null,
    errors_count: null,
  });
  return raw;
}

describe('toSummary', () => {
  it('a processed session ended length milliseconds after it started, with the identified customer', () => {
    const summary = makeClient(ctx.emulator.url, { dashboardUrl: 'https://highlight.example.com' }).sessions.toSummary(
      session({ user_object: { name: 'Ada Lovelace' } }),
    );
    expect(summary).toEqual({
      vendor: 'highlight',
      id: 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E',
      createdAt: new Date('2026-08-20T10:00:00.123Z'),
      endedAt: new Date(Date.parse('2026-08-20T10:00:00.123Z') + 300_000),
      durationMs: 300_000,
      status: 'ended',
      vendorStatus: 'processed',
      customer: { id: 'ada@example.com', email: 'ada@example.com', name: 'Ada Lovelace' },
      counts: {},
      link: 'https://highlight.example.com/1/sessions/k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E',
    });
  });

  it('a live session is active; an excluded one says why', () => {
    const hl = makeClient(ctx.emulator.url);
    expect(hl.sessions.toSummary(session({ processed: false })).status).toBe('active');
    const excluded = hl.sessions.toSummary(session({ excluded: true, excluded_reason: 'Sampled', processed: null }));
    expect(excluded.status).toBe('unknown');
    expect(excluded.vendorStatus).toBe('excluded: Sampled');
  });

  it('refuses something that is not a Highlight session', () => {
    expect(() => makeClient(ctx.emulator.url).sessions.toSummary({ id: 1 } as never)).toThrow(
      /Invalid Highlight session/,
    );
    expect(() => makeClient(ctx.emulator.url).sessions.toSummary(null as never)).toThrow(RequestValidationError);
  });

  it('maps a drifted session as it is, without validating it again: the drifted fields are left out', () => {
    const drifted = {
      ...session(),
      started_at: 'yesterday',
      created_at: 'yesterday',
      length: '300000',
      active_length: null,
      errors_count: -1,
      identifier: 42,
      client_id: 'c1ientIdc1ientIdc1ientIdc1ie',
      email: { address: 'ada@example.com' },
      user_object: 'not an object',
      processed: true,
      project_id: 1,
    } as unknown as Session;
    const summary = makeClient(ctx.emulator.url, { dashboardUrl: 'https://hl.example.com' }).sessions.toSummary(
      drifted,
    );
    expect(summary).toMatchObject({
      vendor: 'highlight',
      id: 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E',
      status: 'ended',
      customer: { id: 'c1ientIdc1ientIdc1ientIdc1ie' },
      counts: {},
      link: 'https://hl.example.com/1/sessions/k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E',
    });
    expect(summary.durationMs).toBeUndefined();
    expect(summary.endedAt).toEqual(new Date('2026-08-20T10:04:30Z'));
    expect(Number.isNaN(summary.createdAt.getTime())).toBe(true);
    const unlinkable = { ...session(), secure_id: 'id-\ud800' } as Session;
    const linked = makeClient(ctx.emulator.url, { dashboardUrl: 'https://hl.example.com' }).sessions;
    expect(linked.toSummary(unlinkable).link).toBeUndefined();
  });
});

describe('toSummary of what the client delivered', () => {
  const server = useTestServer();

  it('a session delivered with drift (lenient) or unchecked (validation off) summarises without throwing', async () => {
    // Issue 13, item 4: toSummary used to run the session schema again, and threw a RequestValidationError about
    // a response under validation: 'off'.
    server.server.on('POST', '/private', graphql({ session: sessionJson({ created_at: 'soon', length: 'long' }) }));
    const hl = makeClient(server.server.url);
    for (const validation of ['lenient', 'off'] as const) {
      const delivered = await hl.sessions.get('k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E', {}, { validation });
      const summary = hl.sessions.toSummary(delivered);
      expect(summary).toMatchObject({ id: 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E', status: 'ended', durationMs: 180_000 });
      // No readable start, so the end is the last interaction rather than start + length.
      expect(summary.endedAt).toEqual(new Date('2026-08-20T10:04:30Z'));
    }
  });

  it('a summary of a well-formed session is a valid SessionSummary', async () => {
    server.server.on('POST', '/private', graphql({ session: sessionJson() }));
    const hl = makeClient(server.server.url);
    const summary = hl.sessions.toSummary(await hl.sessions.get('k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E'));
    expect(SessionSummarySchema.safeParse(summary).success).toBe(true);
  });
});

describe('recentSummaries', () => {
  it('yields the newest sessions first, at most maxItems, each a valid summary', async () => {
    const hl = makeClient(ctx.emulator.url);
    const summaries = await collect(hl.sessions.recentSummaries({ maxItems: 4 }));
    expect(summaries.map((summary) => summary.id)).toEqual(
      ctx.emulator.seeded
        .slice(-4)
        .map((seeded) => seeded.secure_id)
        .reverse(),
    );
    expect(summaries.every((summary) => summary.vendor === 'highlight')).toBe(true);
    expect(summaries.slice(2).every((summary) => summary.status === 'ended')).toBe(true);
    expect(summaries.slice(0, 2).every((summary) => summary.status === 'active')).toBe(true);
    expect(await collect(hl.sessions.recentSummaries({ maxItems: 0 }))).toEqual([]);
    expect(await collect(hl.sessions.recentSummaries())).toHaveLength(7);
  });
});
