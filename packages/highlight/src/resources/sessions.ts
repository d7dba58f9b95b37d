import { ConfigurationError, listPaginator, pageNumberStrategy, summarize, validateInput } from '@sessionkit/core';
import {
  ApiPromise,
  type ListOptions,
  Page,
  PagePromise,
  type ReceivedResponse,
  type RecentSessionsOptions,
  type RequestOptions,
  RequestValidationError,
  type SessionSource,
  type SessionSummary,
} from '@sessionkit/core/surface';
import * as z from 'zod/mini';
import { DOCUMENTS, type GraphQLDocument } from '../graphql/documents.ts';
import { documentOperation, type NullMeansNotFound } from '../internal/graphql-transport.ts';
import {
  AddSessionFeedbackResponse,
  AddSessionPropertiesResponse,
  GetErrorsResponse,
  GetSessionIntervalsResponse,
  GetSessionResponse,
  GetSessionsResponse,
  IdentifySessionResponse,
  InitializeSessionResponse,
  MarkSessionAsViewedResponse,
  UpdateSessionIsPublicResponse,
} from '../internal/responses.ts';
import { generateSecureId } from '../internal/secure-id.ts';
import { toSession } from '../internal/session-mapping.ts';
import { toSessionSummary } from '../internal/summary.ts';
import { FeedbackParamsSchema } from '../params/feedback.ts';
import { IdentifyParamsSchema } from '../params/identify.ts';
import { InitializeParamsSchema } from '../params/initialize.ts';
import { PropertiesSchema } from '../params/properties.ts';
import { GetSessionParamsSchema, SearchParamsSchema } from '../params/search.ts';
import { SecureIdSchema } from '../params/secure-id.ts';
import type { ErrorObject } from '../types/error-object.ts';
import type { GraphSession } from '../types/graph-session.ts';
import type { InitializedSession } from '../types/initialized-session.ts';
import {
  DEFAULT_SEARCH_COUNT,
  DEFAULT_SEARCH_DAYS,
  type FeedbackParams,
  type GetSessionParams,
  type IdentifyParams,
  type InitializeParams,
  type Properties,
  type SearchParams,
  type SessionSearchQuery,
} from '../types/params.ts';
import type { Session } from '../types/session.ts';
import type { SessionInterval } from '../types/session-interval.ts';
import type { SessionResults } from '../types/session-results.ts';

/**
 * What the sessions resource needs from its client (built by `HighlightClient`).
 *
 * @internal The transport is typed with an inline `import()` so that the published `.d.ts` (where this interface is
 * stripped) keeps no import of the transport, which mentions core's `HttpClient` and zod.
 */
export interface ResourceContext {
  readonly transport: import('../internal/graphql-transport.ts').GraphQLTransport;
  /** The numeric project id (`projectId` option or `HIGHLIGHT_PROJECT_ID`), when configured. */
  readonly projectId: string | undefined;
  /** Base URL of the dashboard, for summary links (`{dashboardUrl}/{project}/sessions/{secure_id}`). */
  readonly dashboardUrl: string | undefined;
  /** The client version sent as `clientVersion`/`firstloadVersion` by default. */
  readonly clientVersion: string;
}

const SecureIdArgs = z.object({ secureId: SecureIdSchema });
const GetArgs = z.object({ secureId: SecureIdSchema, params: GetSessionParamsSchema });
const IdentifyArgs = z.object({ secureId: SecureIdSchema, user: IdentifyParamsSchema });
const PropertiesArgs = z.object({ secureId: SecureIdSchema, properties: PropertiesSchema });
const FeedbackArgs = z.object({ secureId: SecureIdSchema, feedback: FeedbackParamsSchema });
const ViewedArgs = z.object({ secureId: SecureIdSchema, viewed: z.boolean({ error: 'Must be a boolean' }) });
const PublicArgs = z.object({ secureId: SecureIdSchema, isPublic: z.boolean({ error: 'Must be a boolean' }) });
const DAY_MS = 86_400_000;
const RECENT_PAGE_SIZE = 100;

function requestOptions(value: RequestOptions | undefined): RequestOptions {
  return value ?? {};
}

/** A session answered `null`: Highlight has no such session (or it is private and no credentials were given). */
function sessionNotFound(field: string, secureId: string): NullMeansNotFound {
  return { field, message: `session ${JSON.stringify(secureId)} not found (Highlight answered null)` };
}

function totalCountOf(raw: SessionResults): number | undefined {
  return typeof raw.totalCount === 'number' ? raw.totalCount : undefined;
}

/**
 * Highlight sessions over both GraphQL APIs: ingest on the public graph (`initialize`, `identify`, `addProperties`,
 * `addFeedback` — no credentials) and the dashboard API on the private graph (`search`, `get`, `intervals`, `errors`,
 * `markViewed`, `setPublic`). Implements core's `SessionSource`.
 *
 * Every method that returns one result returns core's `ApiPromise`: the request is sent when the method is called
 * (eager); `await` gives the data, `.withResponse()` the data with the response's status, headers, request id and
 * attempts, `.asResponse()` the raw `Response` after retries. `search` returns a lazy `PagePromise`. Input is checked
 * before anything is sent (the promise rejects with `RequestValidationError`), the response against the schema
 * (`ResponseValidationError`) when the data is read. GraphQL `errors` become `HighlightGraphQLError` (an
 * authentication failure among them `AuthenticationError`) inside the call, as HTTP errors do: `onError` sees each
 * error once, and `.asResponse()` rejects with it. Every failure is a `SessionkitError`.
 *
 * @example
 * ```ts
 * const { secureId } = await hl.sessions.initialize({ environment: 'production', appVersion: '2.14.0' });
 * await hl.sessions.identify(secureId, { identifier: 'ada@example.com', properties: { plan: 'pro' } });
 * const { data: session, response } = await hl.sessions.get(secureId).withResponse();
 * ```
 */
export class SessionsResource implements SessionSource<Session> {
  /** The vendor holding the sessions: `highlight`. */
  readonly vendor = 'highlight' as const;
  readonly #context: ResourceContext;

  /** @internal Built by `HighlightClient`. */
  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * Starts a session (public graph `initializeSession`) and resolves with its secure id. Without `secureId` a
   * 28-character `[A-Za-z0-9]` id is generated from a cryptographically secure source, as Highlight's SDKs do, so a
   * retried request carries the same id and is safe to retry. Needs `projectId`.
   *
   * @param params - the session's options (all optional; see `InitializeParams`).
   * @param options - per-call options (`signal`, `timeoutMs`, `totalTimeoutMs`, `maxRetries`, `headers`…).
   * @throws {RequestValidationError} (a rejection, before sending) for invalid `params`.
   * @throws {ConfigurationError} (a rejection, before sending) when no project id is configured.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors` (e.g. `BillingQuotaExceeded`).
   * @throws {ApiError} for an HTTP error status (`InternalServerError`, `RateLimitError`, …) after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, a subclass, when an attempt or the
   * total deadline runs out), and `RequestAbortedError` when `signal` aborts.
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * const { secureId, projectId } = await hl.sessions.initialize({ environment: 'production', clientId: visitorId });
   * ```
   */
  initialize(params: InitializeParams = {}, options?: RequestOptions): ApiPromise<InitializedSession> {
    let clientId = '';
    let fingerprint = '';
    return this.#context.transport
      .execute(() => {
        const input = validateInput(InitializeParamsSchema, params ?? {}, 'Highlight session initialization');
        const projectId = this.#projectId();
        const secureId = input.secureId ?? generateSecureId();
        clientId = input.clientId ?? generateSecureId();
        fingerprint = input.fingerprint ?? clientId;
        const clientConfig =
          typeof input.clientConfig === 'string' ? input.clientConfig : JSON.stringify(input.clientConfig ?? {});
        const headers: Record<string, string> = {};
        if (input.userAgent !== undefined) headers['user-agent'] = input.userAgent;
        if (input.language !== undefined) headers['accept-language'] = input.language;
        if (input.ip !== undefined) headers['x-forwarded-for'] = input.ip;
        return {
          document: DOCUMENTS.InitializeSession,
          idempotent: true,
          headers,
          options: requestOptions(options),
          variables: {
            session_secure_id: secureId,
            session_key: input.sessionKey,
            organization_verbose_id: projectId,
            enable_strict_privacy: input.enableStrictPrivacy ?? false,
            enable_recording_network_contents: input.enableRecordingNetworkContents ?? false,
            clientVersion: input.clientVersion ?? this.#context.clientVersion,
            firstloadVersion: input.firstloadVersion ?? this.#context.clientVersion,
            clientConfig,
            environment: input.environment ?? 'production',
            appVersion: input.appVersion,
            serviceName: input.serviceName,
            fingerprint,
            client_id: clientId,
            network_recording_domains: input.networkRecordingDomains,
            disable_session_recording: input.disableSessionRecording,
            privacy_setting: input.privacySetting,
          },
        };
      }, InitializeSessionResponse)
      .map((body) => {
        const result = body.data.initializeSession;
        return { secureId: result.secure_id, projectId: String(result.project_id), clientId, fingerprint };
      });
  }

  /**
   * Identifies the user of a session (public graph `identifySession`): sets `identifier` (an email address also
   * sets `email`), the user object and `user` fields from `properties`, and back-fills earlier anonymous sessions of
   * the same client. Idempotent, so retried per core policy.
   *
   * @param secureId - the session's secure id.
   * @param user - `identifier` (non-empty) and optional `properties` (see `IdentifyParams`).
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id or identifier, or a
   * property that is not a flat string, number, boolean or null.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * await hl.sessions.identify(secureId, { identifier: 'ada@example.com', properties: { name: 'Ada', seats: 3 } });
   * ```
   */
  identify(secureId: string, user: IdentifyParams, options?: RequestOptions): ApiPromise<void> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(IdentifyArgs, { secureId, user }, 'Highlight identify');
        return {
          document: DOCUMENTS.IdentifySession,
          idempotent: true,
          options: requestOptions(options),
          variables: {
            session_secure_id: input.secureId,
            user_identifier: input.user.identifier,
            user_object: input.user.properties,
          },
        };
      }, IdentifySessionResponse)
      .map(() => undefined);
  }

  /**
   * Adds properties to a session (public graph `addSessionProperties`): each becomes a `session` field, searchable
   * as `name=value`. Idempotent, so retried per core policy.
   *
   * @param secureId - the session's secure id.
   * @param properties - at most 1000 flat values (see `Properties`).
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id, a value over 2000
   * characters, a nested value or more than 1000 properties.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * await hl.sessions.addProperties(secureId, { 'visited-url': 'https://app.example.com/checkout', cart: 3 });
   * ```
   */
  addProperties(secureId: string, properties: Properties, options?: RequestOptions): ApiPromise<void> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(PropertiesArgs, { secureId, properties }, 'Highlight session properties');
        return {
          document: DOCUMENTS.AddSessionProperties,
          idempotent: true,
          options: requestOptions(options),
          variables: { session_secure_id: input.secureId, properties_object: input.properties },
        };
      }, AddSessionPropertiesResponse)
      .map(() => undefined);
  }

  /**
   * Records a user's feedback on a session (public graph `addSessionFeedback`; a `FEEDBACK` comment). Not
   * idempotent — each call adds a comment — so it is retried only when Highlight provably did not receive it.
   *
   * @param secureId - the session's secure id.
   * @param feedback - `verbatim` (non-empty), optional `userName`, `userEmail` and `timestamp` (default now).
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id or verbatim, or a
   * timestamp that is not a date.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status (not retried once it may have reached Highlight, except 429).
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * await hl.sessions.addFeedback(secureId, { verbatim: 'Checkout hangs', userName: 'Ada', userEmail: 'ada@example.com' });
   * ```
   */
  addFeedback(secureId: string, feedback: FeedbackParams, options?: RequestOptions): ApiPromise<void> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(FeedbackArgs, { secureId, feedback }, 'Highlight session feedback');
        return {
          document: DOCUMENTS.AddSessionFeedback,
          idempotent: false,
          options: requestOptions(options),
          variables: {
            session_secure_id: input.secureId,
            verbatim: input.feedback.verbatim,
            user_name: input.feedback.userName,
            user_email: input.feedback.userEmail,
            timestamp: input.feedback.timestamp ?? new Date().toISOString(),
          },
        };
      }, AddSessionFeedbackResponse)
      .map(() => undefined);
  }

  /**
   * Searches the project's sessions (private graph `sessions`), newest first unless `sort` says otherwise. Await it
   * for the first `Page` (`page.raw.totalCount` is the number matching), call `.withResponse()` for the first page
   * with its response, or iterate it with `for await` for every session across pages. `count` is the page size; the
   * walk goes on while `page × count` is below `totalCount` (a short page is not the last while Highlight says more
   * sessions match) and stops at an empty page. Nothing is sent until it is awaited or iterated (lazy, unlike
   * single-result methods). Needs `projectId`.
   *
   * @param params - the search, its range, order, page size (`count`) and first page (see `SearchParams`).
   * @param options - per-call options, used for every page, and `maxPages`, the most pages one walk fetches
   * (default 10,000).
   * @throws {RequestValidationError} (a rejection) for invalid `params` or `maxPages`, before sending.
   * @throws {ConfigurationError} (a rejection) when no project id is configured.
   * @throws {PaginationError} when a walk reaches `maxPages` (after the sessions already fetched).
   * @throws {AuthenticationError} when Highlight refuses the caller, by HTTP status or in the GraphQL errors
   * (`401 - AuthenticationError` without credentials).
   * @throws {HighlightGraphQLError} when Highlight answers with other GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status after retries (`MigrationBlockedError`, …).
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when a page does not match the schema.
   * @example
   * ```ts
   * const page = await hl.sessions.search({ query: 'has_errors=true', count: 20 });
   * console.log(page.raw.totalCount, page.items.map((session) => session.secure_id));
   * for await (const session of hl.sessions.search({ query: 'identifier=ada@example.com' })) console.log(session.url);
   * ```
   */
  search(params: SearchParams = {}, options?: ListOptions): PagePromise<Session, SessionResults, SessionSearchQuery> {
    return new PagePromise(async () => {
      const input = validateInput(SearchParamsSchema, params ?? {}, 'Highlight session search');
      const projectId = this.#projectId();
      const end = input.dateRange?.end ?? new Date().toISOString();
      const start = input.dateRange?.start ?? new Date(Date.parse(end) - DEFAULT_SEARCH_DAYS * DAY_MS).toISOString();
      const query: SessionSearchQuery = {
        query: input.query ?? '',
        start_date: start,
        end_date: end,
        ...(input.sort?.field === undefined ? {} : { sort_field: input.sort.field }),
        sort_desc: (input.sort?.direction ?? 'desc') === 'desc',
        count: input.count ?? DEFAULT_SEARCH_COUNT,
        page: input.page ?? 1,
      };
      const paginator = listPaginator<SessionSearchQuery, Session, SessionResults>({
        fetch: (page, pageOptions) => this.#searchPage(projectId, page, pageOptions).withResponse(),
        items: (raw) =>
          Array.isArray(raw.sessions) ? raw.sessions.map((session) => toSession(session, projectId)) : [],
        // `totalCount` rules: a short page is not the last while Highlight says more sessions match.
        next: pageNumberStrategy({
          pageKey: 'page',
          limitKey: 'count',
          defaultLimit: DEFAULT_SEARCH_COUNT,
          totalItems: totalCountOf,
        }),
      });
      return Page.first(paginator, query, options ?? {});
    });
  }

  /** One page of a search (private graph `sessions`). */
  #searchPage(projectId: string, page: SessionSearchQuery, options: RequestOptions): ApiPromise<SessionResults> {
    return this.#context.transport
      .execute(
        () => ({
          document: DOCUMENTS.GetSessions,
          idempotent: true,
          options,
          variables: {
            project_id: projectId,
            count: page.count,
            page: page.page,
            sort_field: page.sort_field,
            sort_desc: page.sort_desc,
            params: {
              query: page.query,
              date_range: { start_date: page.start_date, end_date: page.end_date },
              ...(page.sort_field === undefined
                ? {}
                : { sort: { column: page.sort_field, direction: page.sort_desc ? 'DESC' : 'ASC' } }),
            },
          },
        }),
        GetSessionsResponse,
      )
      .map((body) => body.data.sessions);
  }

  /**
   * Fetches one session by secure id (private graph `session`). Highlight answers `null` for a session it does not
   * have; that becomes a `NotFoundError` (status 404). With `countErrors`, also fetches the session's errors (one
   * more request, sent as soon as the session arrives) to fill `errors_count`; `.withResponse()` and
   * `.asResponse()` then describe the `session` request.
   *
   * @param secureId - the session's secure id.
   * @param params - `countErrors` (see `GetSessionParams`).
   * @param options - per-call options (used for the errors request too).
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id or unknown `params`.
   * @throws {NotFoundError} when Highlight has no such session (or it is private and no credentials were given).
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors` (e.g. an OAuth client outside its
   * allow-list).
   * @throws {AuthenticationError} when Highlight refuses the credentials, by HTTP 401 or in the GraphQL errors.
   * @throws {ApiError} for an HTTP error status after retries (`MigrationBlockedError`, …).
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * const session = await hl.sessions.get('k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E');
   * const { data, response } = await hl.sessions.get(secureId, { countErrors: true }).withResponse();
   * console.log(data.errors_count, response.status, response.attempts);
   * ```
   */
  get(secureId: string, params?: GetSessionParams, options?: RequestOptions): ApiPromise<Session> {
    let countErrors = false;
    const call = this.#context.transport.open<z.output<typeof GetSessionResponse>>(
      documentOperation(() => {
        const input = validateInput(GetArgs, { secureId, params: params ?? {} }, 'Highlight session get');
        countErrors = input.params.countErrors === true;
        return {
          document: DOCUMENTS.GetSession,
          idempotent: true,
          options: requestOptions(options),
          variables: { secure_id: input.secureId },
          notFound: sessionNotFound('session', input.secureId),
        };
      }, GetSessionResponse),
    );
    let raw: GraphSession | undefined;
    let errorsCount: number | undefined;
    const read = (received: ReceivedResponse): GraphSession => {
      raw ??= this.#found(call.parse(received).data.session, secureId, DOCUMENTS.GetSession);
      return raw;
    };
    const received = call.received.then(async (result) => {
      if (!countErrors) return result;
      const session = read(result);
      if (session.has_errors !== false) errorsCount = (await this.errors(secureId, options)).length;
      return result;
    });
    return new ApiPromise(received, (result) => toSession(read(result), this.#context.projectId ?? null, errorsCount));
  }

  /**
   * The active and inactive periods of a session (private graph `session_intervals`), ordered by start time;
   * durations in milliseconds.
   *
   * @param secureId - the session's secure id.
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors` (e.g. `record not found`).
   * @throws {ApiError} for an HTTP error status after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * const intervals = await hl.sessions.intervals(secureId);
   * const idleMs = intervals.filter((interval) => !interval.active).reduce((sum, interval) => sum + interval.duration, 0);
   * ```
   */
  intervals(secureId: string, options?: RequestOptions): ApiPromise<SessionInterval[]> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(SecureIdArgs, { secureId }, 'Highlight session id');
        return {
          document: DOCUMENTS.GetSessionIntervals,
          idempotent: true,
          options: requestOptions(options),
          variables: { session_secure_id: input.secureId },
        };
      }, GetSessionIntervalsResponse)
      .map((body) => body.data.session_intervals);
  }

  /**
   * The errors recorded in a session (private graph `errors`), null entries dropped.
   *
   * @param secureId - the session's secure id.
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * for (const error of await hl.sessions.errors(secureId)) console.log(error.type, error.event.join(' '));
   * ```
   */
  errors(secureId: string, options?: RequestOptions): ApiPromise<ErrorObject[]> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(SecureIdArgs, { secureId }, 'Highlight session id');
        return {
          document: DOCUMENTS.GetErrors,
          idempotent: true,
          options: requestOptions(options),
          variables: { session_secure_id: input.secureId },
        };
      }, GetErrorsResponse)
      .map((body) => {
        const errors = body.data.errors;
        return Array.isArray(errors) ? errors.filter((error): error is ErrorObject => error !== null) : [];
      });
  }

  /**
   * Marks a session as viewed or not viewed by the current user (private graph `markSessionAsViewed`) and resolves
   * with the updated session. Sets state, so it is retried per core policy.
   *
   * @param secureId - the session's secure id.
   * @param viewed - `true` (default) or `false`.
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id or a non-boolean `viewed`.
   * @throws {NotFoundError} when Highlight has no such session.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * const session = await hl.sessions.markViewed(secureId); // viewed: true
   * await hl.sessions.markViewed(secureId, false);
   * ```
   */
  markViewed(secureId: string, viewed = true, options?: RequestOptions): ApiPromise<Session> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(ViewedArgs, { secureId, viewed }, 'Highlight mark viewed');
        return {
          document: DOCUMENTS.MarkSessionAsViewed,
          idempotent: true,
          options: requestOptions(options),
          variables: { secure_id: input.secureId, viewed: input.viewed },
          notFound: sessionNotFound('markSessionAsViewed', input.secureId),
        };
      }, MarkSessionAsViewedResponse)
      .map((body) =>
        toSession(
          this.#found(body.data.markSessionAsViewed, secureId, DOCUMENTS.MarkSessionAsViewed),
          this.#context.projectId ?? null,
        ),
      );
  }

  /**
   * Makes a session public (shareable; readable without credentials) or private again (private graph
   * `updateSessionIsPublic`) and resolves with the updated session. Sets state, so it is retried per core policy.
   *
   * @param secureId - the session's secure id.
   * @param isPublic - `true` to share, `false` to make it private again.
   * @param options - per-call options.
   * @throws {RequestValidationError} (a rejection, before sending) for an empty secure id or a non-boolean `isPublic`.
   * @throws {NotFoundError} when Highlight has no such session.
   * @throws {HighlightGraphQLError} when Highlight answers with GraphQL `errors`.
   * @throws {ApiError} for an HTTP error status after retries.
   * @throws {ConnectionError} when Highlight cannot be reached (`TimeoutError`, `RequestAbortedError`).
   * @throws {ResponseValidationError} when the response does not match the schema.
   * @example
   * ```ts
   * const shared = await hl.sessions.setPublic(secureId, true);
   * console.log(shared.is_public); // true
   * ```
   */
  setPublic(secureId: string, isPublic: boolean, options?: RequestOptions): ApiPromise<Session> {
    return this.#context.transport
      .execute(() => {
        const input = validateInput(PublicArgs, { secureId, isPublic }, 'Highlight set public');
        return {
          document: DOCUMENTS.UpdateSessionIsPublic,
          idempotent: true,
          options: requestOptions(options),
          variables: { session_secure_id: input.secureId, is_public: input.isPublic },
          notFound: sessionNotFound('updateSessionIsPublic', input.secureId),
        };
      }, UpdateSessionIsPublicResponse)
      .map((body) =>
        toSession(
          this.#found(body.data.updateSessionIsPublic, secureId, DOCUMENTS.UpdateSessionIsPublic),
          this.#context.projectId ?? null,
        ),
      );
  }

  /**
   * The vendor-neutral summary of a session (core `SessionSummary`): `ended` once Highlight processed it, `active`
   * while live; duration from `length`; the customer from the identifier; a dashboard link when `dashboardUrl` and
   * the project are known.
   *
   * The session is mapped as it is, never validated again: under `lenient` validation a drifted field Highlight sent
   * (a date that is not one, a count of another type) is left out of the summary instead of failing it.
   *
   * @param session - a `Session` (from `get` or `search`).
   * @throws {RequestValidationError} when `session` is not a session at all (not an object, or no `secure_id`).
   * @example
   * ```ts
   * const summary = hl.sessions.toSummary(await hl.sessions.get(secureId));
   * console.log(summary.status, summary.durationMs, summary.customer?.email);
   * ```
   */
  toSummary(session: Session): SessionSummary {
    return toSessionSummary(session, this.#context.dashboardUrl);
  }

  /**
   * The project's most recent sessions (created in the last 30 days) as summaries, newest first, at most `maxItems`
   * in all (fetched 100 per page, or `maxItems` when fewer).
   *
   * @param options - `maxItems` (a whole number ≥ 0; default every session of the range) and per-call options.
   * @throws {RequestValidationError} for a negative or fractional `maxItems` (or the old `limit`), before sending.
   * @throws {ConfigurationError} when no project id is configured.
   * @throws {HighlightGraphQLError | ApiError | ConnectionError | ResponseValidationError | PaginationError} as
   * `search` does.
   * @example
   * ```ts
   * for await (const summary of hl.sessions.recentSummaries({ maxItems: 10 })) console.log(summary.id, summary.status);
   * ```
   */
  async *recentSummaries(options: RecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { maxItems, limit, ...rest } = (options ?? {}) as RecentSessionsOptions & { readonly limit?: unknown };
    if (limit !== undefined) {
      throw new RequestValidationError('recent sessions options', [
        { path: 'limit', message: 'Renamed maxItems (the total number of summaries)' },
      ]);
    }
    const count =
      typeof maxItems === 'number' && Number.isInteger(maxItems) && maxItems > 0
        ? Math.min(maxItems, RECENT_PAGE_SIZE)
        : RECENT_PAGE_SIZE;
    yield* summarize(this.search({ count }, rest), (session) => this.toSummary(session), maxItems);
  }

  #projectId(): string {
    const { projectId } = this.#context;
    if (projectId === undefined) {
      throw new ConfigurationError(
        'Highlight project id: pass projectId to new HighlightClient() or set HIGHLIGHT_PROJECT_ID (the number in the dashboard URL).',
      );
    }
    return projectId;
  }

  /**
   * The session a response holds. A `null` one was already raised inside the call (`notFound`); this is for a body
   * whose session is missing or not an object under `validation: 'off'`.
   */
  #found(session: GraphSession | null, secureId: string, document: GraphQLDocument): GraphSession {
    if (session !== null && typeof session === 'object') return session;
    const { message } = sessionNotFound('session', secureId);
    throw this.#context.transport.notFound(document.graph, `${document.operationName}: ${message}`);
  }
}
