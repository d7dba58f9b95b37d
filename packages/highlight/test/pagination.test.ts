import { describe, expect, it } from 'vitest';
import { PaginationError, RequestValidationError } from '../src/index.ts';
import {
  collect,
  graphql,
  makeClient,
  rejectionOf,
  sessionJson,
  useEmulator,
  useTestServer,
  variablesOf,
} from './helpers.ts';

const ctx = useEmulator({ seed: 12 });
const sentVariables = (index: number) => variablesOf(ctx.emulator.server.calls[index]);

describe('sessions.search paging', () => {
  it('the first page has the totals, and for await walks every page, newest first', async () => {
    const hl = makeClient(ctx.emulator.url);
    const page = await hl.sessions.search({ count: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.raw.totalCount).toBe(12);
    expect(page.raw.totalLength).toBe(ctx.emulator.seeded.reduce((sum, session) => sum + (session.length ?? 0), 0));
    expect(page.hasNextPage()).toBe(true);

    ctx.emulator.server.calls.length = 0;
    const all = await collect(hl.sessions.search({ count: 5 }));
    expect(all.map((session) => session.secure_id)).toEqual(
      ctx.emulator.seeded.map((session) => session.secure_id).reverse(),
    );
    expect([0, 1, 2].map((index) => sentVariables(index).page)).toEqual([1, 2, 3]);
    expect(ctx.emulator.server.calls).toHaveLength(3);
  });

  it('stops after a full last page without asking for an empty one', async () => {
    const all = await collect(makeClient(ctx.emulator.url).sessions.search({ count: 4 }));
    expect(all).toHaveLength(12);
    expect(ctx.emulator.server.calls).toHaveLength(3);
  });

  it('sends the query, the date range, the sort and the page the caller asked for', async () => {
    const start = new Date(Date.now() - 3 * 3_600_000);
    const end = new Date();
    const page = await makeClient(ctx.emulator.url).sessions.search({
      query: 'processed=true',
      dateRange: { start, end: end.toISOString() },
      sort: { field: 'active_length', direction: 'asc' },
      count: 2,
      page: 2,
    });
    expect(sentVariables(0)).toMatchObject({
      project_id: '1',
      count: 2,
      page: 2,
      sort_field: 'active_length',
      sort_desc: false,
      params: { query: 'processed=true', date_range: { start_date: start.toISOString(), end_date: end.toISOString() } },
    });
    const lengths = page.items.map((session) => session.active_length ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(page.params.page).toBe(2);
  });

  it('an empty result is one empty page', async () => {
    const page = await makeClient(ctx.emulator.url).sessions.search({ query: 'identifier=nobody@example.com' });
    expect(page.items).toEqual([]);
    expect(page.hasNextPage()).toBe(false);
    expect(await page.nextPage()).toBeNull();
  });
});

describe('sessions.search walks by totalCount', () => {
  const server = useTestServer();
  const pageOf = (call: Parameters<typeof variablesOf>[0]) => Number(variablesOf(call).page);
  /** `count` sessions per page, numbered by page. */
  const sessions = (page: number, count: number) =>
    Array.from({ length: count }, (_, index) => sessionJson({ secure_id: `session-${page}-${index}` }));
  const results = (items: unknown[], totalCount: number) =>
    graphql({ sessions: { sessions: items, totalCount, totalLength: 0, totalActiveLength: 0 } });

  it('a short page is not the last while totalCount says more sessions match', async () => {
    // Highlight can answer a page with fewer sessions than `count` (sessions still being indexed) and more after it.
    server.server.on('POST', '/private', (request) => {
      const page = pageOf(request);
      return results(sessions(page, page === 1 ? 1 : 2), 5);
    });
    const all = await collect(makeClient(server.server.url).sessions.search({ count: 2 }));
    expect(server.server.calls.map(pageOf)).toEqual([1, 2, 3]);
    expect(all.map((session) => session.secure_id)).toEqual([
      'session-1-0',
      'session-2-0',
      'session-2-1',
      'session-3-0',
      'session-3-1',
    ]);
  });

  it('an empty page ends the walk even when totalCount says more', async () => {
    server.server.on('POST', '/private', (request) => results(pageOf(request) === 1 ? sessions(1, 2) : [], 100));
    expect(await collect(makeClient(server.server.url).sessions.search({ count: 2 }))).toHaveLength(2);
    expect(server.server.calls).toHaveLength(2);
  });

  it('a totalCount that never ends is stopped by maxPages with a PaginationError, after the sessions fetched', async () => {
    // Page numbers are the client's own (page + 1), so Highlight cannot send the walk back to a page it fetched;
    // what can make it endless is a total that keeps growing, which the page cap ends.
    server.server.on('POST', '/private', (request) => results(sessions(pageOf(request), 2), 1_000_000));
    const seen: string[] = [];
    const walk = (async () => {
      for await (const session of makeClient(server.server.url).sessions.search({ count: 2 }, { maxPages: 3 })) {
        seen.push(session.secure_id);
      }
    })();
    const error = await rejectionOf(walk);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe('max-pages');
    expect((error as PaginationError).pages).toBe(3);
    expect(seen).toHaveLength(6);
    expect(server.server.calls).toHaveLength(3);
  });

  it('maxPages must be a whole number ≥ 1, refused before sending', async () => {
    const error = await rejectionOf(makeClient(server.server.url).sessions.search({}, { maxPages: 0 }));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.server.calls).toHaveLength(0);
  });
});
