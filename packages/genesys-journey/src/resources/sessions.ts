import { ConfigurationError, validateInput } from '@sessionkit/core';
import {
  type ApiPromise,
  Page,
  PagePromise,
  type RequestOptions,
  type SessionSource,
  type SessionSummary,
} from '@sessionkit/core/surface';
import * as z from 'zod/mini';
import type { GenesysResponse } from '../genesys-response.ts';
import { nextUriPaginator } from '../internal/paginator.ts';
import { toSessionSummary } from '../internal/summary.ts';
import { ListEventsParamsSchema } from '../params/list-events.ts';
import { EventListingSchema } from '../schemas/event.ts';
import { OutcomeScoresResultSchema } from '../schemas/outcome-scores.ts';
import { SessionSchema } from '../schemas/session.ts';
import type { EventListing, SessionEvent } from '../types/event.ts';
import type { OutcomeScoresResult } from '../types/outcome-scores.ts';
import type { EventListQuery, GenesysRecentSessionsOptions, ListEventsParams } from '../types/params.ts';
import type { Session } from '../types/session.ts';
import { listContactSessions } from './contact-sessions.ts';
import type { ResourceContext } from './context.ts';
import { sessionPath } from './paths.ts';

const RecentOptionsSchema = z.looseObject({
  maxItems: z.optional(z.int({ error: 'Must be a whole number' }).check(z.minimum(0, { error: 'Must be at least 0' }))),
  contactIds: z.optional(z.array(z.string().check(z.minLength(1, { error: 'Must be a non-empty string' })))),
  includeMerged: z.optional(z.boolean()),
  // `limit` was the total cap before it became core's `maxItems`; a JavaScript caller passing it is told so.
  limit: z.optional(z.never({ error: 'Renamed to maxItems (the most summaries in all)' })),
});

/** How many contacts' sessions are fetched at the same time by `recentSummaries`. */
const CONTACT_CONCURRENCY = 4;

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
   * Genesys sends none. Nothing is sent until it is awaited or iterated.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for an invalid id or filter (`pageSize` outside
   * 1–200, an unknown event type).
   * @throws ConfigurationError when the client has no credentials.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when a
   * page did not complete; ResponseValidationError when a page does not match the spec's `EventListing`.
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
    options: RequestOptions = {},
  ): PagePromise<SessionEvent, EventListing, EventListQuery, GenesysResponse> {
    return new PagePromise(async () => {
      const listPath = `${sessionPath(sessionId)}/events`;
      const query: EventListQuery = validateInput(
        ListEventsParamsSchema,
        params ?? {},
        'Genesys session event filters',
      );
      const paginator = nextUriPaginator<EventListQuery, SessionEvent, EventListing>(
        listPath,
        (request, requestOptions) =>
          this.#context.transport.page({ ...requestOptions, method: 'GET', ...request, schema: EventListingSchema }),
      );
      return Page.first(paginator, query, options);
    });
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
   *
   * @throws RequestValidationError (thrown) when `session` is not a Genesys session.
   * @example
   * ```ts
   * const summary = gj.sessions.toSummary(await gj.sessions.get(sessionId));
   * console.log(summary.status, summary.counts.events, summary.durationMs);
   * ```
   */
  toSummary(session: Session): SessionSummary {
    const checked = validateInput(SessionSchema, session, 'Genesys session');
    return toSessionSummary(checked, this.#context.apiUrl);
  }

  /**
   * The most recent sessions of the given external contacts (`contactIds`, default: the client's `contactIds`) as
   * summaries, newest first, at most `maxItems` in all. Genesys has no organisation-wide session list, so every
   * session of those contacts is fetched (a few contacts at a time, 200 a page), merged and sorted by `createdDate`.
   *
   * @throws ConfigurationError (as a rejection) when no contact id is given here or to the client.
   * @throws RequestValidationError (as a rejection) for an invalid `maxItems` or contact id.
   * @throws An `ApiError` subclass, ConnectionError, TimeoutError, RequestAbortedError or ResponseValidationError
   * from the list calls, as `contacts.sessions`.
   * @example
   * ```ts
   * for await (const summary of gj.sessions.recentSummaries({ maxItems: 10, contactIds })) console.log(summary.id);
   * ```
   */
  async *recentSummaries(options: GenesysRecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { maxItems, contactIds, includeMerged, limit, ...requestOptions } = (options ??
      {}) as GenesysRecentSessionsOptions & { readonly limit?: unknown };
    const checked = validateInput(
      RecentOptionsSchema,
      { maxItems, contactIds, includeMerged, limit },
      'recent sessions options',
    );
    const contacts = [...new Set(checked.contactIds ?? this.#context.contactIds)];
    if (contacts.length === 0) {
      throw new ConfigurationError(
        'Genesys lists sessions per external contact only: pass contactIds to recentSummaries() or to new GenesysJourneyClient().',
      );
    }
    if (checked.maxItems === 0) return;
    const sessions = new Map<string, Session>();
    for (let start = 0; start < contacts.length; start += CONTACT_CONCURRENCY) {
      const batch = contacts.slice(start, start + CONTACT_CONCURRENCY);
      const lists = await Promise.all(
        batch.map(async (contactId) => {
          const found: Session[] = [];
          const params = { pageSize: 200, ...(includeMerged === undefined ? {} : { includeMerged }) };
          for await (const session of listContactSessions(this.#context, contactId, params, requestOptions)) {
            found.push(session);
          }
          return found;
        }),
      );
      for (const session of lists.flat()) sessions.set(session.id, session);
    }
    const newestFirst = [...sessions.values()].sort(
      (a, b) => Date.parse(b.createdDate) - Date.parse(a.createdDate) || a.id.localeCompare(b.id),
    );
    for (const session of newestFirst.slice(0, checked.maxItems ?? newestFirst.length)) {
      yield this.toSummary(session);
    }
  }
}
