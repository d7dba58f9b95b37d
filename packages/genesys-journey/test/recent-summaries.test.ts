import type { RecordedRequest } from '@sessionkit/test-server';
import { describe, expect, it } from 'vitest';
import { NotFoundError, PaginationError, RequestValidationError } from '../src/index.ts';
import { collect, rejectionOf, sessionJson, tokenClient, useTestServer } from './helpers.ts';

// Issue 13 item 5: recentSummaries streams. A k-way merge of the contacts' newest-first listings, each page fetched
// when the merge needs it, at most 4 contacts' first pages at a time; summarize() caps it at maxItems.

const local = useTestServer();
const LIST = '/api/v2/externalcontacts/contacts/:contactId/journey/sessions';
/** The most sessions the test server puts on a page, whatever `pageSize` asks: several pages per contact. */
const SERVER_PAGE = 2;

/** A session of `contact` created `minute` minutes after 10:00 (higher is newer). */
function session(id: string, contact: string, minute: number): Record<string, unknown> {
  const createdDate = new Date(Date.UTC(2026, 7, 20, 10, minute)).toISOString();
  return sessionJson({ id, createdDate, externalContact: { id: contact } });
}

/**
 * Serves each contact's sessions as given (newest first), `SERVER_PAGE` a page (fewer when `pageSize` asks), through
 * `nextUri` with an `after` offset and the other query parameters, as Genesys pages. `delayMs` holds every reply; `inFlight` counts them.
 */
function serveContacts(
  listings: Readonly<Record<string, readonly Record<string, unknown>[]>>,
  options: { readonly delayMs?: number } = {},
): { readonly maxInFlight: () => number } {
  let inFlight = 0;
  let maxInFlight = 0;
  local.server.on('GET', LIST, async (request) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const contactId = request.params.contactId as string;
      const sessions = listings[contactId];
      if (!sessions) return { status: 404, json: { message: `No contact ${contactId}`, code: 'not.found' } };
      const size = Math.min(SERVER_PAGE, Number(request.query.get('pageSize') ?? SERVER_PAGE));
      const offset = Number(request.query.get('after') ?? 0);
      const end = offset + size;
      const page: Record<string, unknown> = { entities: sessions.slice(offset, end) };
      const next = new URLSearchParams(request.query);
      next.set('pageSize', String(size));
      next.set('after', String(end));
      if (end < sessions.length) page.nextUri = `${request.rawPath}?${next}`;
      return { json: page };
    } finally {
      inFlight -= 1;
    }
  });
  return { maxInFlight: () => maxInFlight };
}

const listCalls = (): RecordedRequest[] => local.server.calls.filter((call) => call.path.endsWith('/journey/sessions'));
const describeCall = (call: RecordedRequest): string =>
  `${call.path.split('/')[5]}@${call.query.get('after') ?? 'first'}`;

describe('recentSummaries streams', () => {
  it('yields the first summary once every contact has its first page, before any contact is read further', async () => {
    const listings: Record<string, Record<string, unknown>[]> = {};
    // Five contacts (more than the bound of 4), three pages each; contact c0 holds the newest sessions.
    for (let contact = 0; contact < 5; contact += 1) {
      listings[`c${contact}`] = [50, 40, 30, 20, 10, 5].map((minute, index) =>
        session(`s-${contact}-${index}`, `c${contact}`, minute - contact),
      );
    }
    serveContacts(listings);
    const gj = tokenClient(local.server.url, { contactIds: Object.keys(listings) });
    const summaries = gj.sessions.recentSummaries();
    const first = await summaries.next();
    expect(first.value?.id).toBe('s-0-0');
    // Only the five first pages: the last contact's later pages (and everyone else's) are not fetched yet.
    expect(listCalls().map(describeCall).sort()).toEqual(['c0@first', 'c1@first', 'c2@first', 'c3@first', 'c4@first']);
    const second = await summaries.next();
    expect(second.value?.id).toBe('s-1-0');
    expect(listCalls()).toHaveLength(5);
    await summaries.return();
  });

  it('fetches at most 4 contacts at a time', async () => {
    const listings: Record<string, Record<string, unknown>[]> = {};
    for (let contact = 0; contact < 7; contact += 1)
      listings[`c${contact}`] = [session(`s${contact}`, `c${contact}`, contact)];
    const { maxInFlight } = serveContacts(listings, { delayMs: 40 });
    const gj = tokenClient(local.server.url, { contactIds: Object.keys(listings) });
    const summaries = await collect(gj.sessions.recentSummaries());
    expect(summaries.map((summary) => summary.id)).toEqual(['s6', 's5', 's4', 's3', 's2', 's1', 's0']);
    expect(maxInFlight()).toBe(4);
    expect(listCalls()).toHaveLength(7);
  });

  it('maxItems stops fetching: only the pages the capped summaries need are fetched', async () => {
    serveContacts({
      a: [session('a1', 'a', 60), session('a2', 'a', 50), session('a3', 'a', 40), session('a4', 'a', 30)],
      b: [session('b1', 'b', 20), session('b2', 'b', 10), session('b3', 'b', 5)],
    });
    const gj = tokenClient(local.server.url, { contactIds: ['a', 'b'] });
    const summaries = await collect(gj.sessions.recentSummaries({ maxItems: 3 }));
    expect(summaries.map((summary) => summary.id)).toEqual(['a1', 'a2', 'a3']);
    // The first pages (sent together, so in either order), then a's second page for the third summary; not a's
    // third page, not b's second. Pages ask for no more than the cap needs.
    expect(Object.fromEntries(listCalls().map((call) => [describeCall(call), call.query.get('pageSize')]))).toEqual({
      'a@first': '3',
      'b@first': '3',
      'a@2': '2',
    });
    expect(listCalls().map(describeCall).at(-1)).toBe('a@2');
  });

  it('a break stops fetching too; without maxItems pages ask for 200', async () => {
    serveContacts({ a: [session('a1', 'a', 60), session('a2', 'a', 50), session('a3', 'a', 40)] });
    const gj = tokenClient(local.server.url, { contactIds: ['a'] });
    for await (const summary of gj.sessions.recentSummaries()) {
      expect(summary.id).toBe('a1');
      break;
    }
    expect(listCalls().map((call) => [describeCall(call), call.query.get('pageSize')])).toEqual([['a@first', '200']]);
  });

  it('merges newest first across contacts and pages; equal times keep the order of contactIds', async () => {
    serveContacts({
      a: [session('a1', 'a', 59), session('a2', 'a', 31), session('a3', 'a', 30), session('a4', 'a', 2)],
      b: [session('b1', 'b', 58), session('b2', 'b', 57), session('b3', 'b', 30), session('b4', 'b', 1)],
      c: [session('c1', 'c', 45), session('c2', 'c', 3)],
      empty: [],
    });
    const gj = tokenClient(local.server.url, { contactIds: ['empty', 'b', 'a', 'c'] });
    const summaries = await collect(gj.sessions.recentSummaries());
    // b3 and a3 share 10:30: b comes first, as in contactIds.
    expect(summaries.map((summary) => summary.id)).toEqual([
      'a1',
      'b1',
      'b2',
      'c1',
      'a2',
      'b3',
      'a3',
      'c2',
      'a4',
      'b4',
    ]);
    const times = summaries.map((summary) => summary.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
  });

  it('a session listed for several contacts (merged contacts) is yielded once', async () => {
    const shared = session('shared', 'a', 40);
    serveContacts({
      a: [session('a1', 'a', 50), shared, session('a2', 'a', 30)],
      b: [session('b1', 'b', 45), shared, session('b2', 'b', 20)],
      c: [shared],
    });
    const gj = tokenClient(local.server.url, { contactIds: ['a', 'b', 'c'] });
    const summaries = await collect(gj.sessions.recentSummaries({ includeMerged: true }));
    expect(summaries.map((summary) => summary.id)).toEqual(['a1', 'b1', 'shared', 'a2', 'b2']);
    expect(listCalls().every((call) => call.query.get('includeMerged') === 'true')).toBe(true);
    // maxItems counts summaries yielded, not duplicates skipped.
    expect((await collect(gj.sessions.recentSummaries({ maxItems: 4 }))).map((summary) => summary.id)).toEqual([
      'a1',
      'b1',
      'shared',
      'a2',
    ]);
  });

  it('a drifted session without createdDate is summarised and comes when it is first in its listing', async () => {
    const { createdDate: _dropped, ...undated } = session('undated', 'a', 0);
    serveContacts({
      a: [session('a1', 'a', 50), undated, session('a2', 'a', 10)],
      b: [session('b1', 'b', 40), session('b2', 'b', 5)],
    });
    const gj = tokenClient(local.server.url, { contactIds: ['a', 'b'] });
    const summaries = await collect(gj.sessions.recentSummaries());
    expect(summaries.map((summary) => summary.id)).toEqual(['a1', 'undated', 'b1', 'a2', 'b2']);
    expect(Number.isNaN(summaries[1]?.createdAt.getTime())).toBe(true);
  });

  it('a failing contact rejects the stream, with the typed error', async () => {
    serveContacts({ a: [session('a1', 'a', 50)] });
    const gj = tokenClient(local.server.url, { contactIds: ['a', 'missing'] });
    expect(await rejectionOf(collect(gj.sessions.recentSummaries()))).toBeInstanceOf(NotFoundError);
  });

  it('maxPages caps each contact listing; a nextUri that repeats ends the walk with PaginationError', async () => {
    serveContacts({ a: [1, 2, 3, 4, 5].map((index) => session(`a${index}`, 'a', 60 - index)) });
    const gj = tokenClient(local.server.url, { contactIds: ['a'] });
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const summary of gj.sessions.recentSummaries({ maxPages: 2 })) seen.push(summary.id);
      })(),
    );
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe('max-pages');
    expect(seen).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(await rejectionOf(gj.sessions.recentSummaries({ maxPages: 0 }).next())).toBeInstanceOf(
      RequestValidationError,
    );

    local.server.reset();
    local.server.on('GET', LIST, (request) => ({
      json: { entities: [session(`s-${request.query.get('after') ?? 'first'}`, 'a', 1)], nextUri: '?after=again' },
    }));
    const cycle = await rejectionOf(collect(gj.sessions.recentSummaries()));
    expect(cycle).toBeInstanceOf(PaginationError);
    expect((cycle as PaginationError).reason).toBe('cycle');
  });

  it('checks maxItems before anything is sent', async () => {
    serveContacts({ a: [session('a1', 'a', 50)] });
    const gj = tokenClient(local.server.url, { contactIds: ['a'] });
    for (const maxItems of [-1, 1.5, Number.NaN]) {
      expect(await rejectionOf(gj.sessions.recentSummaries({ maxItems }).next())).toBeInstanceOf(
        RequestValidationError,
      );
    }
    expect(listCalls()).toHaveLength(0);
  });
});
