import {
  ConfigurationError,
  Page,
  PagePromise,
  type RecentSessionsOptions,
  type RequestOptions,
  type SessionSource,
  type SessionSummary,
  validateInput,
} from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ApiPromise } from '../api-promise.ts';
import { nextUriPaginator } from '../internal/paginator.ts';
import { toSessionSummary } from '../internal/summary.ts';
import { type EventListQuery, type ListEventsParams, ListEventsParamsSchema } from '../params/list-events.ts';
import { type Event, type EventListing, EventListingSchema } from '../schemas/event.ts';
import { type OutcomeScoresResult, OutcomeScoresResultSchema } from '../schemas/outcome-scores.ts';
import { type Session, SessionSchema } from '../schemas/session.ts';
import { listContactSessions } from './contact-sessions.ts';
import type { ResourceContext } from './context.ts';
import { sessionPath } from './paths.ts';

/**
 * Options of `sessions.recentSummaries`: core's `limit` and request options, plus the external contacts to look at
 * (Genesys has no organisation-wide session list; sessions are listed per external contact).
 *
 * @example
 * ```ts
 * for await (const summary of gj.sessions.recentSummaries({ limit: 20, contactIds: [contactId] })) console.log(summary.id);
 * ```
 */
export interface GenesysRecentSessionsOptions extends RecentSessionsOptions {
  /** The external contacts whose sessions to list. Default: the client's `contactIds` option. */
  readonly contactIds?: readonly string[] | undefined;
  /** Also list the sessions of contacts merged into these. */
  readonly includeMerged?: boolean | undefined;
}

const RecentOptionsSchema = z.looseObject({
  limit: z.optional(z.int({ error: 'Must be a whole number' }).check(z.minimum(0, { error: 'Must be at least 0' }))),
  contactIds: z.optional(z.array(z.string().check(z.minLength(1, { error: 'Must be a non-empty string' })))),
  includeMerged: z.optional(z.boolean()),
});

/** How many contacts' sessions are fetched at the same time by `recentSummaries`. */
const CONTACT_CONCURRENCY = 4;

/**
 * Journey sessions (`/api/v2/journey/sessions/{id}`) and their events. Every method validates its input before
 * sending (`RequestValidationError`), checks the response against the spec's schema (`ResponseValidationError`), and
 * throws only `SessionkitError`s. Implements core's `SessionSource`.
 *
 * @example
 * ```ts
 * const session = await gj.sessions.get(sessionId);
 * for await (const event of gj.sessions.events(session.id, { pageSize: 200 })) console.log(event.eventType);
 * ```
 */
export class SessionsResource implements SessionSource<Session> {
  readonly vendor = 'genesys-journey' as const;
  readonly #context: ResourceContext;

  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * Fetches one session (`GET /api/v2/journey/sessions/{sessionId}`). The id is percent-encoded as one path segment.
   *
   * @example
   * ```ts
   * const session = await gj.sessions.get('1d6d9a3e-6b7f-4a57-9b0e-4f1f0cbe6f0a');
   * const { data, response } = await gj.sessions.get(sessionId).withResponse();
   * ```
   */
  get(sessionId: string, options: RequestOptions = {}): ApiPromise<Session> {
    return this.#context.transport.call(() => ({
      ...options,
      method: 'GET',
      path: sessionPath(sessionId),
      schema: SessionSchema,
    }));
  }

  /**
   * The events of a session (`GET /api/v2/journey/sessions/{sessionId}/events`), oldest first as Genesys returns
   * them. Await it for the first `Page`, or iterate it with `for await` for every event across pages: each next page
   * is the `nextUri` of the previous one, until Genesys sends none. Nothing is sent until it is awaited or iterated.
   *
   * @example
   * ```ts
   * for await (const event of gj.sessions.events(sessionId, { eventType: 'com.genesys.journey.WebEvent' })) {
   *   if (isEventType(event, 'com.genesys.journey.WebEvent')) console.log(event.webEvent.page.url);
   * }
   * ```
   */
  events(
    sessionId: string,
    params: ListEventsParams = {},
    options: RequestOptions = {},
  ): PagePromise<Event, EventListing, EventListQuery> {
    return new PagePromise(async () => {
      const listPath = `${sessionPath(sessionId)}/events`;
      const query: EventListQuery = validateInput(
        ListEventsParamsSchema,
        params ?? {},
        'Genesys session event filters',
      );
      const paginator = nextUriPaginator<EventListQuery, Event, EventListing>(listPath, (request, requestOptions) =>
        this.#context.transport.fetch({ ...requestOptions, method: 'GET', ...request, schema: EventListingSchema }),
      );
      return Page.first(paginator, query, options);
    });
  }

  /**
   * The predicted outcome scores of a session (`GET /api/v2/journey/sessions/{sessionId}/outcomescores`).
   *
   * @deprecated Deprecated upstream: Genesys is removing Journey Outcomes
   * (help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes).
   * @example
   * ```ts
   * const { outcomeScores } = await gj.sessions.outcomeScores(sessionId);
   * ```
   */
  outcomeScores(sessionId: string, options: RequestOptions = {}): ApiPromise<OutcomeScoresResult> {
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
   * summaries, newest first, at most `limit`. Genesys has no organisation-wide session list, so every session of
   * those contacts is fetched (a few contacts at a time), merged and sorted by `createdDate`.
   *
   * @throws ConfigurationError (as a rejection) when no contact id is given here or to the client.
   * @example
   * ```ts
   * for await (const summary of gj.sessions.recentSummaries({ limit: 10, contactIds })) console.log(summary.id);
   * ```
   */
  async *recentSummaries(options: GenesysRecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { limit, contactIds, includeMerged, ...requestOptions } = options ?? {};
    const checked = validateInput(RecentOptionsSchema, { limit, contactIds, includeMerged }, 'recent sessions options');
    const contacts = [...new Set(checked.contactIds ?? this.#context.contactIds)];
    if (contacts.length === 0) {
      throw new ConfigurationError(
        'Genesys lists sessions per external contact only: pass contactIds to recentSummaries() or to new GenesysJourneyClient().',
      );
    }
    if (checked.limit === 0) return;
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
    for (const session of newestFirst.slice(0, checked.limit ?? newestFirst.length)) {
      yield this.toSummary(session);
    }
  }
}
