import { startVapiEmulator } from '@sessionkit/emulators/vapi';
import { describe, expect, it } from 'vitest';
import { Page, PaginationError, RequestValidationError } from '../src/index.ts';
import {
  API_KEY,
  collect,
  makeClient,
  NOW,
  pageJson,
  rejectionOf,
  sessionJson,
  useEmulator,
  useTestServer,
} from './helpers.ts';

describe('sessions.list against the emulator', () => {
  const ctx = useEmulator({ seed: 12, now: NOW });

  it('sends nothing until awaited, then resolves to the first Page with the metadata', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const pending = vapi.sessions.list({ limit: 5 });
    expect(ctx.emulator.server.calls).toHaveLength(0);
    const page = await pending;
    expect(page).toBeInstanceOf(Page);
    expect(page.items.map((session) => session.id)).toEqual(
      ctx.emulator.seeded
        .map((session) => session.id)
        .reverse()
        .slice(0, 5),
    );
    expect(page.raw.metadata).toMatchObject({ itemsPerPage: 5, totalItems: 12, currentPage: 1, totalPages: 3 });
    expect(page.hasNextPage()).toBe(true);
    expect(ctx.emulator.server.calls).toHaveLength(1);
  });

  it('for await walks every session across pages, newest first, one request per page', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const all = await collect(vapi.sessions.list({ limit: 5 }));
    expect(all.map((session) => session.id)).toEqual(ctx.emulator.seeded.map((session) => session.id).reverse());
    expect(ctx.emulator.server.calls.map((call) => call.query.get('page'))).toEqual([null, '2', '3']);
    expect(ctx.emulator.server.calls.every((call) => call.query.get('limit') === '5')).toBe(true);
  });

  it('nextPage() and iterPages() walk pages explicitly', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const first = await vapi.sessions.list({ limit: 10 });
    const second = await first.nextPage();
    expect(second?.items).toHaveLength(2);
    expect(second?.hasNextPage()).toBe(false);
    expect(await second?.nextPage()).toBeNull();
    const sizes: number[] = [];
    for await (const page of first.iterPages()) sizes.push(page.items.length);
    expect(sizes).toEqual([10, 2]);
  });

  it('filters and sorts on the server: assistant, date bounds, cost ascending', async () => {
    const vapi = makeClient(ctx.emulator.url);
    const assistantId = ctx.emulator.seeded[0]?.assistantId as string;
    const byAssistant = await collect(vapi.sessions.list({ assistantId }));
    expect(byAssistant.length).toBeGreaterThan(0);
    expect(byAssistant.every((session) => session.assistantId === assistantId)).toBe(true);
    const pivot = ctx.emulator.seeded[6]?.createdAt as string;
    const recent = await collect(vapi.sessions.list({ createdAtGe: new Date(pivot) }));
    expect(recent.map((session) => session.id)).toEqual(
      ctx.emulator.seeded
        .slice(6)
        .map((session) => session.id)
        .reverse(),
    );
    const byCost = await collect(vapi.sessions.list({ sortBy: 'cost', sortOrder: 'ASC' }));
    const costs = byCost.map((session) => session.cost ?? 0);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
  });

  it('follows nextCursor when the server returns one', async () => {
    const emulator = await startVapiEmulator({ apiKey: API_KEY, seed: 7, now: NOW, cursors: true });
    try {
      const all = await collect(makeClient(emulator.url).sessions.list({ limit: 3 }));
      expect(all).toHaveLength(7);
      const queries = emulator.server.calls.map((call) => call.query);
      expect(queries.map((query) => query.has('cursor'))).toEqual([false, true, true]);
      expect(queries.map((query) => query.get('page'))).toEqual([null, null, null]);
    } finally {
      await emulator.close();
    }
  });
});

describe('sessions.list query and stop rules', () => {
  const ctx = useTestServer();

  it('encodes filters as the spec declares them: repeated phoneNumberIdAny, comma lists, ISO dates', async () => {
    ctx.server.on('GET', '/session', { json: pageJson([]) });
    await makeClient(ctx.server.url).sessions.list({
      limit: 10,
      sortOrder: 'ASC',
      createdAtGt: new Date('2026-08-01T00:00:00Z'),
      updatedAtLe: '2026-08-20T12:00:00+02:00',
      idAny: ['a', 'b'],
      assistantIdAny: 'x,y',
      customerNumberAny: ['+14155550123', '+14155550124'],
      phoneNumberIdAny: ['p1', 'p2'],
      name: undefined,
    });
    const query = ctx.server.calls[0]?.query as URLSearchParams;
    expect([...query.entries()].sort()).toEqual(
      [
        ['limit', '10'],
        ['sortOrder', 'ASC'],
        ['createdAtGt', '2026-08-01T00:00:00.000Z'],
        ['updatedAtLe', '2026-08-20T10:00:00.000Z'],
        ['idAny', 'a,b'],
        ['assistantIdAny', 'x,y'],
        ['customerNumberAny', '+14155550123,+14155550124'],
        ['phoneNumberIdAny', 'p1'],
        ['phoneNumberIdAny', 'p2'],
      ].sort(),
    );
  });

  it('stops when hasNextPage is false, even on a full page', async () => {
    ctx.server.on('GET', '/session', { json: pageJson([sessionJson()], { itemsPerPage: 1, hasNextPage: false }) });
    expect(await collect(makeClient(ctx.server.url).sessions.list({ limit: 1 }))).toHaveLength(1);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('stops at totalPages without asking for an empty page', async () => {
    ctx.server.on('GET', '/session', (request) => ({
      json: pageJson([sessionJson({ id: `s${request.query.get('page') ?? 1}` })], {
        itemsPerPage: 1,
        totalPages: 2,
        currentPage: Number(request.query.get('page') ?? 1),
      }),
    }));
    const ids = (await collect(makeClient(ctx.server.url).sessions.list({ limit: 1 }))).map((s) => s.id);
    expect(ids).toEqual(['s1', 's2']);
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('stops on a short page when the server gives no other hint', async () => {
    ctx.server.on('GET', '/session', { json: pageJson([sessionJson()], { itemsPerPage: 2 }) });
    expect(await collect(makeClient(ctx.server.url).sessions.list({ limit: 2 }))).toHaveLength(1);
    expect(ctx.server.calls).toHaveLength(1);
  });

  it('uses the server-reported page size, so a capped limit does not end the walk early', async () => {
    ctx.server.on('GET', '/session', (request) => {
      const page = Number(request.query.get('page') ?? 1);
      const results = page < 3 ? [sessionJson({ id: `a${page}` }), sessionJson({ id: `b${page}` })] : [];
      return { json: pageJson(results, { itemsPerPage: 2, currentPage: page }) };
    });
    const all = await collect(makeClient(ctx.server.url).sessions.list({ limit: 1000 }));
    expect(all.map((session) => session.id)).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(ctx.server.calls).toHaveLength(3);
  });

  it('switches to the cursor when nextCursor appears, and ends when it no longer comes back', async () => {
    ctx.server.on('GET', '/session', (request) => {
      const cursor = request.query.get('cursor');
      if (!cursor) return { json: pageJson([sessionJson({ id: 'p1' })], { itemsPerPage: 1, nextCursor: 'c2' }) };
      if (cursor === 'c2')
        return { json: pageJson([sessionJson({ id: 'p2' })], { itemsPerPage: 1, nextCursor: 'c3' }) };
      return { json: pageJson([sessionJson({ id: 'p3' })], { itemsPerPage: 1 }) };
    });
    const ids = (await collect(makeClient(ctx.server.url).sessions.list({ page: 1, limit: 1 }))).map((s) => s.id);
    expect(ids).toEqual(['p1', 'p2', 'p3']);
    const queries = ctx.server.calls.map((call) => Object.fromEntries(call.query));
    expect(queries).toEqual([
      { page: '1', limit: '1' },
      { limit: '1', cursor: 'c2' },
      { limit: '1', cursor: 'c3' },
    ]);
  });

  it('ends the walk with a PaginationError when Vapi repeats a cursor (A → B → A), after the items already fetched', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    ctx.server.on('GET', '/session', (request) => {
      const cursor = request.query.get('cursor') ?? '';
      return { json: pageJson([sessionJson({ id: `s${cursor}` })], { itemsPerPage: 1, nextCursor: next[cursor] }) };
    });
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const session of makeClient(ctx.server.url).sessions.list({ limit: 1 })) seen.push(session.id);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'cycle', pages: 3, params: { limit: 1, cursor: 'A' } });
    expect(seen).toEqual(['s', 'sA', 'sB']);
    expect(ctx.server.calls.map((call) => call.query.get('cursor'))).toEqual([null, 'A', 'B']);
  });

  it('ends the walk with a PaginationError when Vapi sends back the cursor it was given', async () => {
    ctx.server.on('GET', '/session', { json: pageJson([sessionJson()], { itemsPerPage: 1, nextCursor: 'same' }) });
    const error = await rejectionOf(collect(makeClient(ctx.server.url).sessions.list({ limit: 1 })));
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'cycle', params: { limit: 1, cursor: 'same' } });
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('ends the walk at maxPages with a PaginationError (reason max-pages)', async () => {
    ctx.server.on('GET', '/session', (request) => ({
      json: pageJson([sessionJson({ id: `s${request.query.get('page') ?? 1}` })], {
        itemsPerPage: 1,
        hasNextPage: true,
      }),
    }));
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const session of makeClient(ctx.server.url).sessions.list({ limit: 1 }, { maxPages: 3 })) {
          seen.push(session.id);
        }
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'max-pages', pages: 3 });
    expect(seen).toEqual(['s1', 's2', 's3']);
    expect(ctx.server.calls).toHaveLength(3);
  });

  it('refuses a maxPages that is not a whole number ≥ 1 before sending', async () => {
    for (const maxPages of [0, 1.5, -1]) {
      const error = await rejectionOf(makeClient(ctx.server.url).sessions.list({}, { maxPages }));
      expect(error).toBeInstanceOf(RequestValidationError);
    }
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('reads drifted metadata as absent: a nextCursor that is not a string is no cursor', async () => {
    ctx.server.on('GET', '/session', (request) => {
      const page = Number(request.query.get('page') ?? 1);
      const results = page < 3 ? [sessionJson({ id: `p${page}` })] : [];
      return { json: pageJson(results, { itemsPerPage: 1, nextCursor: 12, currentPage: page }) };
    });
    const ids = (await collect(makeClient(ctx.server.url).sessions.list({ limit: 1 }))).map((s) => s.id);
    expect(ids).toEqual(['p1', 'p2']);
    expect(ctx.server.calls.map((call) => call.query.has('cursor'))).toEqual([false, false, false]);
  });

  it('stops on an empty page even if the server claims more', async () => {
    ctx.server.on('GET', '/session', { json: pageJson([], { hasNextPage: true, nextCursor: 'again' }) });
    expect(await collect(makeClient(ctx.server.url).sessions.list())).toEqual([]);
    expect(ctx.server.calls).toHaveLength(1);
  });
});

describe('sessions.chats paging', () => {
  const ctx = useTestServer();

  it('ends the walk with a PaginationError when Vapi repeats a cursor (A → B → A)', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    ctx.server.on('GET', '/chat', (request) => {
      const cursor = request.query.get('cursor') ?? '';
      return { json: pageJson([chatJson(`c${cursor}`)], { itemsPerPage: 1, nextCursor: next[cursor] }) };
    });
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const chat of makeClient(ctx.server.url).sessions.chats('s1', { limit: 1 })) seen.push(chat.id);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'cycle', pages: 3, params: { limit: 1, sessionId: 's1', cursor: 'A' } });
    expect(seen).toEqual(['c', 'cA', 'cB']);
  });

  it('ends the walk at maxPages with a PaginationError', async () => {
    ctx.server.on('GET', '/chat', (request) => ({
      json: pageJson([chatJson(`c${request.query.get('page') ?? 1}`)], { itemsPerPage: 1, hasNextPage: true }),
    }));
    const error = await rejectionOf(
      collect(makeClient(ctx.server.url).sessions.chats('s1', { limit: 1 }, { maxPages: 2 })),
    );
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'max-pages', pages: 2 });
    expect(ctx.server.calls).toHaveLength(2);
  });
});

function chatJson(id: string): Record<string, unknown> {
  return { ...sessionJson({ id }), sessionId: 's1' };
}
