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
import { DOCUMENTS, type GraphQLDocument } from '../graphql/documents.ts';
import { sessionSearchPaginator } from '../internal/paginator.ts';
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
import { type FeedbackParams, FeedbackParamsSchema } from '../params/feedback.ts';
import { IdentifyParamsSchema } from '../params/identify.ts';
import { type InitializeParams, InitializeParamsSchema } from '../params/initialize.ts';
import { type Properties, PropertiesSchema } from '../params/properties.ts';
import {
  DEFAULT_SEARCH_COUNT,
  DEFAULT_SEARCH_DAYS,
  type SearchParams,
  SearchParamsSchema,
  type SessionSearchQuery,
} from '../params/search.ts';
import { SecureIdSchema } from '../params/secure-id.ts';
import type { ErrorObject } from '../schemas/error-object.ts';
import type { GraphSession } from '../schemas/graph-session.ts';
import type { InitializedSession } from '../schemas/initialized-session.ts';
import { type Session, SessionSchema } from '../schemas/session.ts';
import type { SessionInterval } from '../schemas/session-interval.ts';
import type { SessionResults } from '../schemas/session-results.ts';
import type { ResourceContext } from './context.ts';

/**
 * Options of `sessions.get()`: request options, plus `countErrors` to also fetch the session's errors and fill
 * `errors_count` (one more request when the session has errors).
 *
 * @example
 * ```ts
 * const session = await hl.sessions.get(secureId, { countErrors: true, timeoutMs: 5_000 });
 * console.log(session.errors_count);
 * ```
 */
export interface GetSessionOptions extends RequestOptions {
  readonly countErrors?: boolean | undefined;
}

const SecureIdArgs = z.object({ secureId: SecureIdSchema });
const PropertiesArgs = z.object({ secureId: SecureIdSchema, properties: PropertiesSchema });
const FeedbackArgs = z.object({ secureId: SecureIdSchema, feedback: FeedbackParamsSchema });
const ViewedArgs = z.object({ secureId: SecureIdSchema, viewed: z.boolean({ error: 'Must be a boolean' }) });
const PublicArgs = z.object({ secureId: SecureIdSchema, isPublic: z.boolean({ error: 'Must be a boolean' }) });
const RecentOptionsSchema = z.looseObject({
  limit: z.optional(z.int({ error: 'Must be a whole number' }).check(z.minimum(0, { error: 'Must be at least 0' }))),
});
const DAY_MS = 86_400_000;
const RECENT_PAGE_SIZE = 100;

function options(value: RequestOptions | undefined): RequestOptions {
  return value ?? {};
}

/**
 * Highlight sessions over both GraphQL APIs: ingest on the public graph (`initialize`, `identify`, `addProperties`,
 * `addFeedback` — no credentials) and the dashboard API on the private graph (`search`, `get`, `intervals`, `errors`,
 * `markViewed`, `setPublic`). Every method validates its input before sending (`RequestValidationError`), checks the
 * response against the schema (`ResponseValidationError`), turns GraphQL errors into `HighlightGraphQLError`, and
 * throws only `SessionkitError`s. Implements core's `SessionSource`.
 *
 * @example
 * ```ts
 * const { secureId } = await hl.sessions.initialize({ environment: 'production', appVersion: '2.14.0' });
 * await hl.sessions.identify(secureId, 'ada@example.com', { plan: 'pro' });
 * const session = await hl.sessions.get(secureId);
 * ```
 */
export class SessionsResource implements SessionSource<Session> {
  readonly vendor = 'highlight' as const;
  readonly #context: ResourceContext;

  constructor(context: ResourceContext) {
    this.#context = context;
  }

  /**
   * Starts a session (public graph `initializeSession`) and resolves with its secure id. Without `secureId` a
   * 28-character `[A-Za-z0-9]` id is generated from a cryptographically secure source, as Highlight's SDKs do, so a
   * retried request carries the same id and is safe to retry. Needs `projectId`.
   *
   * @throws ConfigurationError (as a rejection) when no project id is configured.
   * @example
   * ```ts
   * const { secureId, projectId } = await hl.sessions.initialize({ environment: 'production', clientId: visitorId });
   * ```
   */
  async initialize(params: InitializeParams = {}, requestOptions?: RequestOptions): Promise<InitializedSession> {
    const input = validateInput(InitializeParamsSchema, params ?? {}, 'Highlight session initialization');
    const projectId = this.#projectId();
    const secureId = input.secureId ?? generateSecureId();
    const clientId = input.clientId ?? generateSecureId();
    const fingerprint = input.fingerprint ?? clientId;
    const clientConfig =
      typeof input.clientConfig === 'string' ? input.clientConfig : JSON.stringify(input.clientConfig ?? {});
    const headers: Record<string, string> = {};
    if (input.userAgent !== undefined) headers['user-agent'] = input.userAgent;
    if (input.language !== undefined) headers['accept-language'] = input.language;
    if (input.ip !== undefined) headers['x-forwarded-for'] = input.ip;
    const body = await this.#execute(DOCUMENTS.InitializeSession, InitializeSessionResponse, requestOptions, {
      idempotent: true,
      headers,
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
    });
    const result = body.data.initializeSession;
    return { secureId: result.secure_id, projectId: String(result.project_id), clientId, fingerprint };
  }

  /**
   * Identifies the user of a session (public graph `identifySession`): sets `identifier` (an email address also
   * sets `email`), the user object, `user` fields, and back-fills earlier anonymous sessions of the same client.
   * Idempotent, so retried per core policy.
   *
   * @example
   * ```ts
   * await hl.sessions.identify(secureId, 'ada@example.com', { name: 'Ada', plan: 'pro', seats: 3 });
   * ```
   */
  async identify(
    secureId: string,
    identifier: string,
    userObject?: Properties,
    requestOptions?: RequestOptions,
  ): Promise<void> {
    const input = validateInput(IdentifyParamsSchema, { secureId, identifier, userObject }, 'Highlight identify');
    await this.#execute(DOCUMENTS.IdentifySession, IdentifySessionResponse, requestOptions, {
      idempotent: true,
      variables: {
        session_secure_id: input.secureId,
        user_identifier: input.identifier,
        user_object: input.userObject,
      },
    });
  }

  /**
   * Adds properties to a session (public graph `addSessionProperties`): each becomes a `session` field, searchable
   * as `name=value`. Idempotent, so retried per core policy.
   *
   * @example
   * ```ts
   * await hl.sessions.addProperties(secureId, { 'visited-url': 'https://app.example.com/checkout', cart: 3 });
   * ```
   */
  async addProperties(secureId: string, properties: Properties, requestOptions?: RequestOptions): Promise<void> {
    const input = validateInput(PropertiesArgs, { secureId, properties }, 'Highlight session properties');
    await this.#execute(DOCUMENTS.AddSessionProperties, AddSessionPropertiesResponse, requestOptions, {
      idempotent: true,
      variables: { session_secure_id: input.secureId, properties_object: input.properties },
    });
  }

  /**
   * Records a user's feedback on a session (public graph `addSessionFeedback`; a `FEEDBACK` comment). Not
   * idempotent — each call adds a comment — so it is retried only when Highlight provably did not process it.
   *
   * @example
   * ```ts
   * await hl.sessions.addFeedback(secureId, { verbatim: 'Checkout hangs', userName: 'Ada', userEmail: 'ada@example.com' });
   * ```
   */
  async addFeedback(secureId: string, feedback: FeedbackParams, requestOptions?: RequestOptions): Promise<void> {
    const input = validateInput(FeedbackArgs, { secureId, feedback }, 'Highlight session feedback');
    await this.#execute(DOCUMENTS.AddSessionFeedback, AddSessionFeedbackResponse, requestOptions, {
      idempotent: false,
      variables: {
        session_secure_id: input.secureId,
        verbatim: input.feedback.verbatim,
        user_name: input.feedback.userName,
        user_email: input.feedback.userEmail,
        timestamp: input.feedback.timestamp ?? new Date().toISOString(),
      },
    });
  }

  /**
   * Searches the project's sessions (private graph `sessions`), newest first unless `sort` says otherwise. Await it
   * for the first `Page` (`page.raw.totalCount` is the number matching), or iterate it with `for await` for every
   * session across pages. Nothing is sent until it is awaited or iterated. Needs `projectId`.
   *
   * @example
   * ```ts
   * const page = await hl.sessions.search({ query: 'has_errors=true', count: 20 });
   * console.log(page.raw.totalCount, page.items.map((session) => session.secure_id));
   * for await (const session of hl.sessions.search({ query: 'identifier=ada@example.com' })) console.log(session.url);
   * ```
   */
  search(
    params: SearchParams = {},
    requestOptions?: RequestOptions,
  ): PagePromise<Session, SessionResults, SessionSearchQuery> {
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
      const paginator = sessionSearchPaginator(
        async (page, pageOptions) => {
          const body = await this.#execute(DOCUMENTS.GetSessions, GetSessionsResponse, pageOptions, {
            idempotent: true,
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
          });
          return body.data.sessions;
        },
        (raw) => toSession(raw, projectId),
      );
      return Page.first(paginator, query, options(requestOptions));
    });
  }

  /**
   * Fetches one session by secure id (private graph `session`). Highlight answers `null` for a session it does not
   * have; that becomes a `NotFoundError` (status 404). With `countErrors`, also fetches the session's errors to fill
   * `errors_count`.
   *
   * @example
   * ```ts
   * const session = await hl.sessions.get('k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E');
   * console.log(session.identifier, session.started_at, session.active_length, session.is_public);
   * ```
   */
  async get(secureId: string, getOptions?: GetSessionOptions): Promise<Session> {
    const { countErrors, ...requestOptions } = getOptions ?? {};
    const input = validateInput(SecureIdArgs, { secureId }, 'Highlight session id');
    const body = await this.#execute(DOCUMENTS.GetSession, GetSessionResponse, requestOptions, {
      idempotent: true,
      variables: { secure_id: input.secureId },
    });
    const raw = this.#found(body.data.session, input.secureId, DOCUMENTS.GetSession);
    const errorsCount =
      countErrors === true && raw.has_errors !== false
        ? (await this.errors(input.secureId, requestOptions)).length
        : undefined;
    return toSession(raw, this.#context.projectId ?? null, errorsCount);
  }

  /**
   * The active and inactive periods of a session (private graph `session_intervals`), ordered by start time;
   * durations in milliseconds.
   *
   * @example
   * ```ts
   * const intervals = await hl.sessions.intervals(secureId);
   * const idleMs = intervals.filter((interval) => !interval.active).reduce((sum, interval) => sum + interval.duration, 0);
   * ```
   */
  async intervals(secureId: string, requestOptions?: RequestOptions): Promise<SessionInterval[]> {
    const input = validateInput(SecureIdArgs, { secureId }, 'Highlight session id');
    const body = await this.#execute(DOCUMENTS.GetSessionIntervals, GetSessionIntervalsResponse, requestOptions, {
      idempotent: true,
      variables: { session_secure_id: input.secureId },
    });
    return body.data.session_intervals;
  }

  /**
   * The errors recorded in a session (private graph `errors`), null entries dropped.
   *
   * @example
   * ```ts
   * for (const error of await hl.sessions.errors(secureId)) console.log(error.type, error.event.join(' '));
   * ```
   */
  async errors(secureId: string, requestOptions?: RequestOptions): Promise<ErrorObject[]> {
    const input = validateInput(SecureIdArgs, { secureId }, 'Highlight session id');
    const body = await this.#execute(DOCUMENTS.GetErrors, GetErrorsResponse, requestOptions, {
      idempotent: true,
      variables: { session_secure_id: input.secureId },
    });
    const errors = body.data.errors;
    return Array.isArray(errors) ? errors.filter((error): error is ErrorObject => error !== null) : [];
  }

  /**
   * Marks a session as viewed or not viewed by the current user (private graph `markSessionAsViewed`) and resolves
   * with the updated session. Sets state, so it is retried per core policy.
   *
   * @example
   * ```ts
   * const session = await hl.sessions.markViewed(secureId); // viewed: true
   * await hl.sessions.markViewed(secureId, false);
   * ```
   */
  async markViewed(secureId: string, viewed = true, requestOptions?: RequestOptions): Promise<Session> {
    const input = validateInput(ViewedArgs, { secureId, viewed }, 'Highlight mark viewed');
    const body = await this.#execute(DOCUMENTS.MarkSessionAsViewed, MarkSessionAsViewedResponse, requestOptions, {
      idempotent: true,
      variables: { secure_id: input.secureId, viewed: input.viewed },
    });
    return toSession(
      this.#found(body.data.markSessionAsViewed, input.secureId, DOCUMENTS.MarkSessionAsViewed),
      this.#context.projectId ?? null,
    );
  }

  /**
   * Makes a session public (shareable; readable without credentials) or private again (private graph
   * `updateSessionIsPublic`) and resolves with the updated session. Sets state, so it is retried per core policy.
   *
   * @example
   * ```ts
   * const shared = await hl.sessions.setPublic(secureId, true);
   * console.log(shared.is_public); // true
   * ```
   */
  async setPublic(secureId: string, isPublic: boolean, requestOptions?: RequestOptions): Promise<Session> {
    const input = validateInput(PublicArgs, { secureId, isPublic }, 'Highlight set public');
    const body = await this.#execute(DOCUMENTS.UpdateSessionIsPublic, UpdateSessionIsPublicResponse, requestOptions, {
      idempotent: true,
      variables: { session_secure_id: input.secureId, is_public: input.isPublic },
    });
    return toSession(
      this.#found(body.data.updateSessionIsPublic, input.secureId, DOCUMENTS.UpdateSessionIsPublic),
      this.#context.projectId ?? null,
    );
  }

  /**
   * The vendor-neutral summary of a session (core `SessionSummary`): `ended` once Highlight processed it, `active`
   * while live; duration from `length`; the customer from the identifier; a dashboard link when `dashboardUrl` and
   * the project are known.
   *
   * @example
   * ```ts
   * const summary = hl.sessions.toSummary(await hl.sessions.get(secureId));
   * console.log(summary.status, summary.durationMs, summary.customer?.email);
   * ```
   */
  toSummary(session: Session): SessionSummary {
    const checked = validateInput(SessionSchema, session, 'Highlight session');
    return toSessionSummary(checked, this.#context.dashboardUrl);
  }

  /**
   * The project's most recent sessions (created in the last 30 days) as summaries, newest first, at most `limit`.
   *
   * @example
   * ```ts
   * for await (const summary of hl.sessions.recentSummaries({ limit: 10 })) console.log(summary.id, summary.status);
   * ```
   */
  async *recentSummaries(recentOptions: RecentSessionsOptions = {}): AsyncGenerator<SessionSummary, void, undefined> {
    const { limit, ...requestOptions } = recentOptions ?? {};
    const checked = validateInput(RecentOptionsSchema, { limit }, 'recent sessions options');
    if (checked.limit === 0) return;
    const count = Math.min(checked.limit ?? RECENT_PAGE_SIZE, RECENT_PAGE_SIZE);
    let yielded = 0;
    for await (const session of this.search({ count }, requestOptions)) {
      yield this.toSummary(session);
      yielded += 1;
      if (checked.limit !== undefined && yielded >= checked.limit) return;
    }
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

  #found(session: GraphSession | null, secureId: string, document: GraphQLDocument): GraphSession {
    if (session !== null && typeof session === 'object') return session;
    throw this.#context.transport.notFound(
      document,
      `session ${JSON.stringify(secureId)} not found (Highlight answered null)`,
    );
  }

  #execute<S extends z.core.$ZodType>(
    document: GraphQLDocument,
    response: S,
    requestOptions: RequestOptions | undefined,
    call: { idempotent: boolean; variables: Record<string, unknown>; headers?: Record<string, string> },
  ): Promise<z.output<S>> {
    return this.#context.transport.execute({ document, response, options: options(requestOptions), ...call });
  }
}
