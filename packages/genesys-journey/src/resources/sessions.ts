import { ConfigurationError, summarize, validateInput } from '@sessionkit/core';
import type {
  ApiPromise,
  ListOptions,
  PagePromise,
  RequestOptions,
  SessionSource,
  SessionSummary,
} from '@sessionkit/core/surface';
import * as z from 'zod/mini';
import type { GenesysResponse } from '../genesys-response.ts';
import { mergeNewestFirst, type PagedListing } from '../internal/newest-first.ts';
import { nextUriList } from '../internal/paginator.ts';
import { createdTime, toSessionSummary } from '../internal/summary.ts';
import { ListEventsParamsSchema } from '../params/list-events.ts';
import { EventListingSchema } from '../schemas/event.ts';
import { OutcomeScoresResultSchema } from '../schemas/outcome-scores.ts';
import { SessionSchema } from '../schemas/session.ts';
import type { EventListing, SessionEvent } from '../types/event.ts';
import type { OutcomeScoresResult } from '../types/outcome-scores.ts';
import type { EventListQuery, GenesysRecentSessionsOptions, ListEventsParams } from '../types/params.ts';
import type { Session } from '../types/session.ts';
import { contactSessionPages } from './contact-sessions.ts';
import type { ResourceContext } from './context.ts';
import { sessionPath } from './paths.ts';

// `maxItems` is checked by core's `summarize`.
const RecentOptionsSchema = z.looseObject({
  contactIds: z.optional(z.array(z.string().check(z.minLength(1, { error: 'Must be a non-empty string' })))),
  includeMerged: z.optional(z.boolean()),
  // `limit` was the total cap before it became core's `maxItems`; a JavaScript caller passing it is told so.
  limit: z.optional(z.never({ error: 'Renamed to maxItems (the most summaries in all)' })),
});

/** How many contacts' first pages `recentSummaries` fetches at the same time. */
const CONTACT_CONCURRENCY = 4;

/** The largest page Genesys serves (`pageSize` 1–200). */
const MAX_PAGE_SIZE = 200;

/**
 * Journey sessions (`/api/v2/journey/sessions/{id}`) and their events. Every method validates its input before
 * sending (`RequestValidationError`), checks the response against the spec's schema (`ResponseValidationError`), and
 * fails only with `SessionkitError`s. Implements core's `SessionSource`.
 *
 * @example
 * ```ts
 * const session = await gj.sessions.get(sessionId);
 * for await (const event of gj.sessions.events(session.id, { pageSize: 200 })) console.log(event.eventType);
 * ```
 */
export class SessionsResource implements SessionSource<Session> {
  /** The vendor of these sessions, for code that handles several `SessionSource`s. */
  readonly vendor = 'genesys-journey' as const;
  readonly #context: ResourceContext;

  /** @internal Built by `GenesysJourneyClient`. */
  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * Fetches one session (`GET /api/v2/journey/sessions/{sessionId}`). The id is percent-encoded as one path segment.
   * Sent at once; await the result for the `Session`, `.withResponse()` for it with its `GenesysResponse`, or
   * `.asResponse()` for the raw `Response`.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an empty id or `.`/`..`.
   * @throws ConfigurationError when the client has no credentials.
   * @throws AuthenticationError, PermissionDeniedError, NotFoundError, RateLimitError, InternalServerError or another
   * `ApiError` for an error status (with Genesys' `code` and the correlation id as `requestId`).
   * @throws ConnectionError, TimeoutError or RequestAbortedError when the call did not complete.
   * @throws ResponseValidationError when the body does not match the spec's `Session`.
   * @example
   * ```ts
   * const session = await gj.sessions.get('1d6d9a3e-6b7f-4a57-9b0e-4f1f0cbe6f0a');
   * const { data, response } = await gj.sessions.get(sessionId).withResponse();
   * ```
   */
  get(sessionId: string, options: RequestOptions = {}): ApiPromise<Session, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'GET',
      path: sessionPath(sessionId),
      schema: SessionSchema,
    }));
  }

  /**
   * The events of a session (`GET /api/v2/journey/sessions/{sessionId}/events`), oldest first as Genesys returns
   * them. Await it for the first `Page`, `.withResponse()` for the first page with its `GenesysResponse`, or iterate
   * it with `for await` for every event across pages: each next page is the `nextUri` of the previous one, until
   * Genesys sends none. Nothing is sent until it is awaited or iterated. `options` are core's `ListOptions`: request
   * options for every page, and `maxPages` (default 10,000), the most pages one walk fetches.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id or filter (`pageSize` outside
   * 1–200, an unknown event type) or an invalid `maxPages`.
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when a
   * page did not complete; ResponseValidationError when a page does not match the spec's `EventListing` or its
   * `nextUri` is not a URI.
   * @throws PaginationError when Genesys sends a `nextUri` already fetched in this walk (a cycle), or the walk would
   * pass `maxPages`; the events already fetched have been yielded.
   * @example
   * ```ts
   * for await (const event of gj.sessions.events(sessionId, { eventType: EVENT_TYPES.webEvent })) {
   *   if (isEventType(event, EVENT_TYPES.webEvent)) console.log(event.webEvent.page.url);
   * }
   * ```
   */
  events(
    sessionId: string,
    params: ListEventsParams = {},
    options: ListOptions = {},
  ): PagePromise<SessionEvent, EventListing, EventListQuery, GenesysResponse> {
    return nextUriList<EventListQuery, SessionEvent, EventListing>(
      this.#context.transport,
      EventListingSchema,
      () => ({
        listPath: `${sessionPath(sessionId)}/events`,
        query: validateInput(ListEventsParamsSchema, params ?? {}, 'Genesys session event filters'),
      }),
      options,
    );
  }

  /**
   * The predicted outcome scores of a session (`GET /api/v2/journey/sessions/{sessionId}/outcomescores`).
   *
   * @deprecated Deprecated upstream: Genesys is removing Journey Outcomes
   * (help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes).
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id.
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete; ResponseValidationError when the body does not match the spec.
   * @example
   * ```ts
   * const { outcomeScores } = await gj.sessions.outcomeScores(sessionId);
   * ```
   */
  outcomeScores(sessionId: string, options: RequestOptions = {}): ApiPromise<OutcomeScoresResult, GenesysResponse> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'GET',
      path: `${sessionPath(sessionId)}/outcomescores`,
      schema: OutcomeScoresResultSchema,
    }));
  }

  /**
   * The vendor-neutral summary of a session (core `SessionSummary`): `ended` at `endedDate` when Genesys set one,
   * else `active`; events counted from `eventCount`; the customer is the external contact (or the cookie id).
   * The session is mapped as it is, not validated again (it was when it was read): a drifted field a lenient read
   * delivered counts as absent, and an unreadable `createdDate` gives an invalid `createdAt` (time `NaN`).
   *
   * @throws RequestValidationError (thrown) when `session` is not an object with a non-empty string `id`.
   * @example
   * ```ts
   * const summary = gj.sessions.toSummary(await gj.sessions.get(sessionId));
   * console.log(summary.status, summary.counts.events, summary.durationMs);
   * ```
   */
  toSummary(session: Session): SessionSummary {
    return toSessionSummary(session, this.#context.apiUrl);
  }

  /**
   * The most recent sessions of the given external contacts (`contactIds`, default: the client's `contactIds`) as
   * summaries, newest first, at most `maxItems` in all. Genesys has no organisation-wide session list, so this
   * merges the contacts' own listings (`contacts.sessions`) and streams, yielding as their pages arrive:
   *
   * - it fetches the first page of every contact, at most 4 contacts at a time (the bound on concurrent requests),
   *   then yields the first summary: the newest session can belong to any of them;
   * - from then on it is a k-way merge of the contacts' listings: each summary is the newest of the contacts' next
   *   sessions, and a contact's next page is fetched only when the merge has used up its previous one and the next
   *   summary is asked for, one page at a time. Pages hold up to 200 sessions (`maxItems`, when smaller). After
   *   `maxItems` summaries, a `break` or an aborted `signal`, nothing more is fetched;
   * - the guarantee: the output is newest first by `createdDate` across all contacts as long as each contact's
   *   listing is newest first. The spec names no order for that listing; the merge trusts Genesys to list newest
   *   first and sorts nothing itself (a listing out of order stays a merge, in its own order, rather than sorted).
   *   Sessions created at the same time come in the order of `contactIds`; a session whose `createdDate` is not a
   *   date (vendor drift) comes as soon as it is first in its contact's listing;
   * - a session listed for several contacts (a merged contact with `includeMerged`) is yielded once, the first time.
   *
   * `maxPages` caps the walk of each contact's listing.
   *
   * @throws ConfigurationError (as a rejection) when no contact id is given here or to the client.
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid `maxItems`, `maxPages` or contact id.
   * @throws An `ApiError` subclass, ConnectionError, TimeoutError, RequestAbortedError, ResponseValidationError or
   * PaginationError from the list calls, as `contacts.sessions`; the summaries already yielded stand.
   * @example
   * ```ts
   * for await (const summary of gj.sessions.recentSummaries({ maxItems: 10, contactIds })) console.log(summary.id);
   * ```
   */
  async *recentSummaries(options: GenesysRecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { maxItems, contactIds, includeMerged, limit, ...listOptions } = (options ??
      {}) as GenesysRecentSessionsOptions & { readonly limit?: unknown };
    const checked = validateInput(RecentOptionsSchema, { contactIds, includeMerged, limit }, 'recent sessions options');
    const contacts = [...new Set(checked.contactIds ?? this.#context.contactIds)];
    if (contacts.length === 0) {
      throw new ConfigurationError(
        'Genesys lists sessions per external contact only: pass contactIds to recentSummaries() or to new GenesysJourneyClient().',
      );
    }
    const pageSize =
      typeof maxItems === 'number' && Number.isInteger(maxItems) && maxItems > 0
        ? Math.min(MAX_PAGE_SIZE, maxItems)
        : MAX_PAGE_SIZE;
    const params = { pageSize, ...(includeMerged === undefined ? {} : { includeMerged }) };
    const listings = contacts.map(
      (contactId): PagedListing<Session> =>
        () =>
          contactSessionPages(this.#context, contactId, params, listOptions),
    );
    const sessions = mergeNewestFirst(
      listings,
      { id: (session) => session.id, time: createdTime },
      CONTACT_CONCURRENCY,
    );
    yield* summarize(sessions, (session) => this.toSummary(session), maxItems);
  }
}
