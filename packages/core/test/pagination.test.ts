import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  cursorStrategy,
  type HttpClient,
  listPaginator,
  nextUriStrategy,
  Page,
  PagePromise,
  PaginationError,
  type Paginator,
  pageNumberStrategy,
  RequestAbortedError,
  RequestValidationError,
} from '../src/index.ts';
import { collect, makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ITEMS = Array.from({ length: 23 }, (_, index) => ({ id: `item-${index + 1}` }));
const Item = z.looseObject({ id: z.string() });

type PageParams = { page?: number; limit?: number };
const NumberedPage = z.object({ results: z.array(Item), metadata: z.object({ totalPages: z.number() }) });

function serveNumberedPages(): void {
  ctx.server.on('GET', '/items', (request) => {
    const page = Number(request.query.get('page') ?? 1);
    const limit = Number(request.query.get('limit') ?? 10);
    return {
      json: {
        results: ITEMS.slice((page - 1) * limit, page * limit),
        metadata: { totalPages: Math.ceil(ITEMS.length / limit) },
      },
    };
  });
}

function numberedPaginator(
  client: HttpClient,
): Paginator<PageParams, z.infer<typeof Item>, z.infer<typeof NumberedPage>> {
  return {
    fetchPage: async (params, options) => {
      const raw = await client.request({
        method: 'GET',
        path: '/items',
        query: params,
        schema: NumberedPage,
        ...options,
      });
      return { items: raw.results, raw };
    },
    nextParams: pageNumberStrategy({
      pageKey: 'page',
      limitKey: 'limit',
      defaultLimit: 10,
      totalPages: (raw) => raw.metadata.totalPages,
    }),
  };
}

describe('Page', () => {
  it('walks page numbers lazily until the last page', async () => {
    serveNumberedPages();
    const page = await Page.first(numberedPaginator(makeClient(ctx.server)), { limit: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.hasNextPage()).toBe(true);
    expect(ctx.server.calls).toHaveLength(1);
    const all = await collect(page);
    expect(all.map((item) => item.id)).toEqual(ITEMS.map((item) => item.id));
    expect(ctx.server.calls.map((call) => call.query.get('page'))).toEqual([null, '2', '3']);
  });

  it('stops on an exact last page using the reported total, without an extra request', async () => {
    ctx.server.on('GET', '/items', (request) => {
      const page = Number(request.query.get('page') ?? 1);
      return { json: { results: ITEMS.slice(0, 20).slice((page - 1) * 10, page * 10), metadata: { totalPages: 2 } } };
    });
    const pages = await collect(
      (await Page.first(numberedPaginator(makeClient(ctx.server)), { limit: 10 })).iterPages(),
    );
    expect(pages).toHaveLength(2);
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('nextPage() returns the following page, then null', async () => {
    serveNumberedPages();
    const first = await Page.first(numberedPaginator(makeClient(ctx.server)), { limit: 20 });
    const second = await first.nextPage();
    expect(second?.items.map((item) => item.id)).toEqual(['item-21', 'item-22', 'item-23']);
    expect(second?.hasNextPage()).toBe(false);
    expect(await second?.nextPage()).toBeNull();
  });

  it('follows a cursor', async () => {
    ctx.server.on('GET', '/events', (request) => {
      const after = Number(request.query.get('after') ?? 0);
      const slice = ITEMS.slice(after, after + 5);
      return { json: { entities: slice, cursor: after + 5 < ITEMS.length ? String(after + 5) : undefined } };
    });
    const client = makeClient(ctx.server);
    const Raw = z.object({ entities: z.array(Item), cursor: z.string().optional() });
    const paginator: Paginator<{ after?: string }, z.infer<typeof Item>, z.infer<typeof Raw>> = {
      fetchPage: async (params) => {
        const raw = await client.request({ method: 'GET', path: '/events', query: params, schema: Raw });
        return { items: raw.entities, raw };
      },
      nextParams: cursorStrategy({ cursorKey: 'after', nextCursor: (raw) => raw.cursor }),
    };
    expect(await collect(await Page.first(paginator, {}))).toHaveLength(ITEMS.length);
    expect(ctx.server.calls).toHaveLength(5);
  });

  it('follows next URIs', async () => {
    ctx.server.on('GET', '/sessions', (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const next = offset + 10 < ITEMS.length ? `/sessions?offset=${offset + 10}` : undefined;
      return { json: { entities: ITEMS.slice(offset, offset + 10), nextUri: next } };
    });
    const client = makeClient(ctx.server);
    const Raw = z.object({ entities: z.array(Item), nextUri: z.string().optional() });
    const paginator: Paginator<{ nextUri?: string }, z.infer<typeof Item>, z.infer<typeof Raw>> = {
      fetchPage: async (params) => {
        const raw = await client.request({ method: 'GET', path: params.nextUri ?? '/sessions', schema: Raw });
        return { items: raw.entities, raw };
      },
      nextParams: nextUriStrategy({ nextUri: (raw) => raw.nextUri }),
    };
    expect(await collect(await Page.first(paginator, {}))).toHaveLength(ITEMS.length);
    expect(ctx.server.calls.map((call) => call.query.get('offset'))).toEqual([null, '10', '20']);
  });

  // Deliberate change (issue 13): a repeated cursor used to end the walk silently, which hid the vendor bug and
  // missed A→B→A; it now ends with a PaginationError naming the cursor, after the items already fetched.
  it('ends with a PaginationError naming the cursor when a cursor repeats at once', async () => {
    ctx.server.on('GET', '/events', { json: { entities: ITEMS.slice(0, 5), cursor: 'same' } });
    const paginator = rawCursorPaginator(makeClient(ctx.server));
    const seen: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of await Page.first(paginator, {})) seen.push(item);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe('cycle');
    expect((error as PaginationError).params).toEqual({ after: 'same' });
    expect(error.message).toContain('"after":"same"');
    expect(seen).toHaveLength(10);
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('ends with a PaginationError when cursors cycle A → B → A', async () => {
    const next: Record<string, string> = { '': 'A', A: 'B', B: 'A' };
    ctx.server.on('GET', '/events', (request) => ({
      json: { entities: ITEMS.slice(0, 2), cursor: next[request.query.get('after') ?? ''] },
    }));
    const error = await rejectionOf(collect(await Page.first(rawCursorPaginator(makeClient(ctx.server)), {})));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).params).toEqual({ after: 'A' });
    expect((error as PaginationError).pages).toBe(3);
    expect(ctx.server.calls.map((call) => call.query.get('after'))).toEqual([null, 'A', 'B']);
  });

  it('ends with a PaginationError at maxPages, and refuses a maxPages that is not a whole number ≥ 1', async () => {
    let cursor = 0;
    ctx.server.on('GET', '/events', () => {
      cursor += 1;
      return { json: { entities: ITEMS.slice(0, 1), cursor: `c${cursor}` } };
    });
    const paginator = rawCursorPaginator(makeClient(ctx.server));
    const error = await rejectionOf(collect(await Page.first(paginator, {}, { maxPages: 4 })));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe('max-pages');
    expect(ctx.server.calls).toHaveLength(4);
    expect(await rejectionOf(Page.first(paginator, {}, { maxPages: 0 }))).toBeInstanceOf(RequestValidationError);
  });

  it('walking again from an earlier page is not a cycle', async () => {
    serveNumberedPages();
    const first = await Page.first(numberedPaginator(makeClient(ctx.server)), { limit: 10 });
    const second = await first.nextPage();
    expect(second?.items).toHaveLength(10);
    const again: number[] = [];
    for await (const page of first.iterPages()) again.push(page.items.length);
    expect(again).toEqual([10, 10, 3]);
  });

  it('a next page with the same params in another key order is the same page', async () => {
    ctx.server.on('GET', '/events', { json: { entities: ITEMS.slice(0, 1) } });
    const client = makeClient(ctx.server);
    const paginator: Paginator<Record<string, string>, unknown, unknown> = {
      fetchPage: async (params) => ({
        items: [await client.request({ method: 'GET', path: '/events', query: params })],
        raw: {},
      }),
      nextParams: (params) => (params.b === undefined ? { b: '2', a: '1' } : { a: '1', b: '2' }),
    };
    const error = await rejectionOf(collect(await Page.first(paginator, { a: '1' })));
    expect((error as PaginationError).reason).toBe('cycle');
    expect(ctx.server.calls).toHaveLength(2);
  });

  it('stops walking when the signal aborts', async () => {
    serveNumberedPages();
    const controller = new AbortController();
    const page = await Page.first(
      numberedPaginator(makeClient(ctx.server)),
      { limit: 5 },
      { signal: controller.signal },
    );
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of page) {
          seen.push(item.id);
          if (seen.length === 7) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(seen).toHaveLength(7);
    expect(ctx.server.calls).toHaveLength(2);
  });
});

describe('listPaginator and pageNumberStrategy with totalItems', () => {
  it("walks past a short page while totalItems says more exist, and keeps each page's response", async () => {
    // A vendor that caps some pages below the asked size (Highlight's search can): 10 asked, 7 + 10 + 6 served.
    const sizes = [7, 10, 6];
    ctx.server.on('GET', '/search', (request) => {
      const page = Number(request.query.get('page'));
      const start = sizes.slice(0, page - 1).reduce((sum, size) => sum + size, 0);
      return {
        json: { items: ITEMS.slice(start, start + (sizes[page - 1] ?? 0)), total: 23 },
        headers: { 'x-request-id': `page-${page}` },
      };
    });
    const client = makeClient(ctx.server);
    const Raw = z.object({ items: z.array(Item), total: z.number() });
    const paginator = listPaginator<{ page: number; count: number }, z.infer<typeof Item>, z.infer<typeof Raw>>({
      fetch: (query, options) =>
        client.call({ ...options, method: 'GET', path: '/search', query, schema: Raw }).withResponse(),
      items: (raw) => raw.items,
      next: pageNumberStrategy({
        pageKey: 'page',
        limitKey: 'count',
        defaultLimit: 10,
        totalItems: (raw) => raw.total,
      }),
    });
    const pages = [];
    for await (const page of (await Page.first(paginator, { page: 1, count: 10 })).iterPages()) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([7, 10, 6]);
    expect(pages.map((page) => page.response?.requestId)).toEqual(['page-1', 'page-2', 'page-3']);
    expect(ctx.server.calls).toHaveLength(3);
  });
});

function rawCursorPaginator(
  client: HttpClient,
): Paginator<{ after?: string }, unknown, { entities: unknown[]; cursor?: string }> {
  return {
    fetchPage: async (params) => {
      const raw = (await client.request({ method: 'GET', path: '/events', query: params })) as {
        entities: unknown[];
        cursor?: string;
      };
      return { items: raw.entities, raw };
    },
    nextParams: cursorStrategy({ cursorKey: 'after', nextCursor: (raw) => raw.cursor }),
  };
}

describe('PagePromise', () => {
  it('is awaitable for the first page and iterable over every item, fetching nothing until used', async () => {
    serveNumberedPages();
    const paginator = numberedPaginator(makeClient(ctx.server));
    const list = () => new PagePromise(() => Page.first(paginator, { limit: 10 }));
    const pending = list();
    expect(ctx.server.calls).toHaveLength(0);
    expect((await pending).items).toHaveLength(10);
    expect(await collect(list())).toHaveLength(ITEMS.length);
  });

  it('rejects like a promise when the first page fails', async () => {
    ctx.server.on('GET', '/items', { status: 404, json: {} });
    const paginator = numberedPaginator(makeClient(ctx.server));
    const error = await rejectionOf(Promise.resolve(new PagePromise(() => Page.first(paginator, {}))));
    expect(error.name).toBe('NotFoundError');
  });
});
