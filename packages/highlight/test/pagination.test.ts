import { describe, expect, it } from 'vitest';
import { collect, makeClient, useEmulator, variablesOf } from './helpers.ts';

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
