import { describe, expect, it } from 'vitest';
import { type ListOptions, PaginationError, RequestValidationError } from '../src/index.ts';
import { rejectionOf, sessionJson, tokenClient, useTestServer } from './helpers.ts';

// Issue 13 item 5: a nextUri Genesys repeats ends the walk with a PaginationError naming it, after the items already
// fetched; ListOptions.maxPages caps a walk. One block per list method.

const local = useTestServer();

const EVENTS = '/api/v2/journey/sessions/:id/events';
const CONTACT_SESSIONS = '/api/v2/externalcontacts/contacts/:id/journey/sessions';

function event(id: string): Record<string, unknown> {
  return {
    id,
    correlationId: `c-${id}`,
    eventType: 'com.genesys.journey.SegmentAssignmentEvent',
    session: { id: 's', type: 'web' },
    createdDate: '2026-08-20T10:00:00Z',
    segmentAssignmentEvent: { segment: { id: 'vip' } },
  };
}

/** Walks `iterable`, returning what it yielded before it failed, and the failure. */
async function walk<T>(iterable: AsyncIterable<T>): Promise<{ readonly items: T[]; readonly error: unknown }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

/** What the tests need of a list method's result: awaitable (first page) and iterable (every item). */
type Listed = PromiseLike<unknown> & AsyncIterable<{ readonly id: string }>;
type ListOf = (gj: ReturnType<typeof tokenClient>, options?: ListOptions) => Listed;

const lists: readonly {
  readonly name: string;
  readonly route: string;
  readonly item: (id: string) => object;
  readonly list: ListOf;
}[] = [
  {
    name: 'sessions.events',
    route: EVENTS,
    item: event,
    list: (gj, options) => gj.sessions.events('s', {}, options),
  },
  {
    name: 'contacts.sessions',
    route: CONTACT_SESSIONS,
    item: (id: string) => sessionJson({ id }),
    list: (gj, options) => gj.contacts.sessions('contact-1', {}, options),
  },
];

describe.each(lists)('$name', ({ route, item, list }) => {
  it('a nextUri that comes back (A → B → A) ends the walk with a PaginationError naming it', async () => {
    // First page → after=A → after=B → after=A again.
    const next: Record<string, string> = { first: '?after=A', A: '?after=B', B: '?after=A' };
    local.server.on('GET', route, (request) => {
      const at = request.query.get('after') ?? 'first';
      return { json: { entities: [item(`i-${at}`)], nextUri: next[at] } };
    });
    const { items, error } = await walk(list(tokenClient(local.server.url)));
    expect(items.map((entry) => entry.id)).toEqual(['i-first', 'i-A', 'i-B']);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe('cycle');
    expect((error as PaginationError).params).toMatchObject({ nextUri: '?after=A' });
    expect((error as PaginationError).message).toContain('?after=A');
    expect(local.server.calls).toHaveLength(3);
  });

  it('a nextUri that names the page just fetched ends the walk at once', async () => {
    local.server.on('GET', route, (request) => ({
      json: { entities: [item(`i-${request.query.get('after') ?? 'first'}`)], nextUri: '?after=same' },
    }));
    const { items, error } = await walk(list(tokenClient(local.server.url)));
    expect(items.map((entry) => entry.id)).toEqual(['i-first', 'i-same']);
    expect((error as PaginationError).reason).toBe('cycle');
    expect(local.server.calls).toHaveLength(2);
  });

  it('maxPages caps the walk with a PaginationError (max-pages); an invalid one is refused before sending', async () => {
    local.server.on('GET', route, (request) => {
      const at = Number(request.query.get('after') ?? 0);
      return { json: { entities: [item(`i-${at}`)], nextUri: `?after=${at + 1}` } };
    });
    const gj = tokenClient(local.server.url);
    const { items, error } = await walk(list(gj, { maxPages: 3 }));
    expect(items.map((entry) => entry.id)).toEqual(['i-0', 'i-1', 'i-2']);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe('max-pages');
    expect((error as PaginationError).pages).toBe(3);
    expect(local.server.calls).toHaveLength(3);
    expect(await rejectionOf(list(gj, { maxPages: 0 }))).toBeInstanceOf(RequestValidationError);
    expect(local.server.calls).toHaveLength(3);
  });
});
