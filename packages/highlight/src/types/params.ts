/**
 * The privacy modes of a recording (`privacy_setting`): `strict` masks all text and inputs, `default` masks inputs
 * that look sensitive, `none` records everything.
 *
 * @example
 * ```ts
 * await hl.sessions.initialize({ privacySetting: PRIVACY_SETTINGS[0] }); // 'strict'
 * ```
 */
export const PRIVACY_SETTINGS = ['strict', 'default', 'none'] as const;

/**
 * One of `PRIVACY_SETTINGS`.
 *
 * @example
 * ```ts
 * const privacySetting: PrivacySetting = 'strict';
 * ```
 */
export type PrivacySetting = (typeof PRIVACY_SETTINGS)[number];

/**
 * The longest property value Highlight keeps (the SDKs cut values at 2000 characters).
 *
 * @example
 * ```ts
 * await hl.sessions.addProperties(secureId, { note: note.slice(0, MAX_PROPERTY_VALUE_LENGTH) });
 * ```
 */
export const MAX_PROPERTY_VALUE_LENGTH = 2_000;

/**
 * The most properties Highlight accepts in one append.
 *
 * @example
 * ```ts
 * const entries = Object.entries(all);
 * for (let i = 0; i < entries.length; i += MAX_PROPERTIES_PER_CALL) {
 *   await hl.sessions.addProperties(secureId, Object.fromEntries(entries.slice(i, i + MAX_PROPERTIES_PER_CALL)));
 * }
 * ```
 */
export const MAX_PROPERTIES_PER_CALL = 1_000;

/**
 * The page size `sessions.search()` uses when none is given.
 *
 * @example
 * ```ts
 * const page = await hl.sessions.search({ count: DEFAULT_SEARCH_COUNT * 2 });
 * ```
 */
export const DEFAULT_SEARCH_COUNT = 50;

/**
 * The range `sessions.search()` covers when none is given: the last 30 days.
 *
 * @example
 * ```ts
 * const start = new Date(Date.now() - DEFAULT_SEARCH_DAYS * 86_400_000); // what search() uses by default
 * ```
 */
export const DEFAULT_SEARCH_DAYS = 30;

/**
 * One property value: a string of at most 2000 characters, a finite number, a boolean, or `null`. Highlight stores
 * each as a string and drops blank values.
 *
 * @example
 * ```ts
 * const seats: PropertyValue = 3;
 * ```
 */
export type PropertyValue = string | number | boolean | null;

/**
 * Session or user properties: a flat object of `PropertyValue`s, at most 1000 keys per call — each becomes a
 * string field (`session` fields from `addProperties`, `user` fields from `identify`).
 *
 * @example
 * ```ts
 * const properties: Properties = { plan: 'pro', seats: 3, trial: false, referrer: null };
 * await hl.sessions.addProperties(secureId, properties);
 * ```
 */
export type Properties = Record<string, PropertyValue>;

/**
 * Parameters of `sessions.initialize()` (public graph `initializeSession`). All optional: `secureId` and `clientId`
 * are generated (28 characters of `[A-Za-z0-9]` from a cryptographically secure source), `fingerprint` defaults to
 * the client id as the browser SDK does, `environment` to `production`, `clientVersion`/`firstloadVersion` to this
 * package's version, `clientConfig` to `{}`, the privacy flags to `false`.
 *
 * Highlight reads the device, language and location from the HTTP request, not from arguments: when reporting for
 * an end user from a server, pass their `userAgent`, `language` (`Accept-Language`) and `ip` (sent as
 * `X-Forwarded-For`).
 *
 * @example
 * ```ts
 * const params: InitializeParams = { environment: 'staging', appVersion: '2.14.0', enableStrictPrivacy: true };
 * const { secureId } = await hl.sessions.initialize(params);
 * ```
 */
export interface InitializeParams {
  /** The session's secure id (`session_secure_id: String!`). Default: 28 generated characters of `[A-Za-z0-9]`. */
  secureId?: string | undefined;
  /** Groups restarted sessions of one tab (`session_key: String`, Highlight's "restart sessions", 2025). */
  sessionKey?: string | undefined;
  /** The environment (`environment: String!`), non-empty. Default `production`. */
  environment?: string | undefined;
  /** The application's version (`appVersion: String`), non-empty. */
  appVersion?: string | undefined;
  /** The service's name (`serviceName: String`), non-empty. */
  serviceName?: string | undefined;
  /** A stable id of the device or browser (`client_id: String!`); earlier sessions of it are back-filled on identify. Default: generated. */
  clientId?: string | undefined;
  /** Hashed by Highlight into the session's numeric `fingerprint` (`fingerprint: String!`). Default: `clientId`. */
  fingerprint?: string | undefined;
  /** The SDK version to record (`clientVersion: String!`). Default: `@sessionkit/highlight@<version>`. */
  clientVersion?: string | undefined;
  /** The first-load script version to record (`firstloadVersion: String!`). Default: as `clientVersion`. */
  firstloadVersion?: string | undefined;
  /** The SDK options (`clientConfig: String!`): a JSON string, or an object sent as JSON. Default `{}`. */
  clientConfig?: string | Record<string, unknown> | undefined;
  /** Mask all text and inputs (`enable_strict_privacy: Boolean!`). Default `false`. */
  enableStrictPrivacy?: boolean | undefined;
  /** Record network request and response bodies (`enable_recording_network_contents: Boolean!`). Default `false`. */
  enableRecordingNetworkContents?: boolean | undefined;
  /** The domains whose network contents are recorded (`network_recording_domains: [String!]`), each non-empty. */
  networkRecordingDomains?: string[] | undefined;
  /** Start without recording the replay (`disable_session_recording: Boolean`). */
  disableSessionRecording?: boolean | undefined;
  /** The privacy mode (`privacy_setting: String`); supersedes `enableStrictPrivacy`. */
  privacySetting?: PrivacySetting | undefined;
  /** The end user's `User-Agent` (1–8192 characters), from which Highlight parses the browser and OS. */
  userAgent?: string | undefined;
  /** The end user's `Accept-Language` (1–8192 characters), stored as `language`. */
  language?: string | undefined;
  /** The end user's IP address (1–8192 characters), sent as `X-Forwarded-For` for GeoIP. */
  ip?: string | undefined;
}

/**
 * Parameters of `sessions.identify(secureId, params)` (public graph `identifySession`).
 *
 * @example
 * ```ts
 * const params: IdentifyParams = { identifier: 'ada@example.com', properties: { plan: 'pro', seats: 3 } };
 * await hl.sessions.identify(secureId, params);
 * ```
 */
export interface IdentifyParams {
  /** The user's identifier (`user_identifier: String!`), non-empty; an email address also sets the session's `email`. */
  identifier: string;
  /** The user's properties (`user_object: Any`): each becomes a `user` field (see `Properties`). */
  properties?: Properties | undefined;
}

/**
 * Feedback a user gave on a session (public graph `addSessionFeedback`), stored by Highlight as a `FEEDBACK`
 * session comment.
 *
 * @example
 * ```ts
 * const feedback: FeedbackParams = { verbatim: 'Love the new dashboard', userName: 'Ada', timestamp: new Date() };
 * await hl.sessions.addFeedback(secureId, feedback);
 * ```
 */
export interface FeedbackParams {
  /** What the user said (`verbatim: String!`), non-empty. */
  verbatim: string;
  /** Who said it (`user_name: String`). */
  userName?: string | undefined;
  /** Their email (`user_email: String`). */
  userEmail?: string | undefined;
  /** When (`timestamp: Timestamp!`): a `Date` or an ISO 8601 string, sent as an ISO string. Default: now. */
  timestamp?: Date | string | undefined;
}

/**
 * The date range of a search: sessions created in it. `start` must not be after `end`.
 *
 * @example
 * ```ts
 * const lastWeek: DateRange = { start: new Date(Date.now() - 7 * 86_400_000), end: new Date() };
 * ```
 */
export interface DateRange {
  /** The start (`date_range.start_date: Timestamp!`): a `Date` or an ISO 8601 string. */
  start: Date | string;
  /** The end (`date_range.end_date: Timestamp!`): a `Date` or an ISO 8601 string. */
  end: Date | string;
}

/**
 * How a search sorts.
 *
 * @example
 * ```ts
 * const sort: SearchSort = { field: 'active_length', direction: 'asc' };
 * ```
 */
export interface SearchSort {
  /** A session key to sort by (`sort_field`), e.g. `active_length`, non-empty. Default: creation time. */
  field?: string | undefined;
  /** `desc` (default, newest first) or `asc` (`sort_desc`). */
  direction?: 'asc' | 'desc' | undefined;
}

/**
 * Parameters of `sessions.search()` (private graph `sessions`).
 *
 * @example
 * ```ts
 * const params: SearchParams = { query: 'environment=production', dateRange: { start: '2026-08-01T00:00:00Z', end: new Date() } };
 * const page = await hl.sessions.search(params);
 * ```
 */
export interface SearchParams {
  /**
   * Highlight search syntax (`params.query: String!`), e.g.
   * `identifier=ada@example.com has_errors=true visited-url="https://x/*"`. Default `''` (every session).
   */
  query?: string | undefined;
  /** Sessions created in this range. Default: the last 30 days. */
  dateRange?: DateRange | undefined;
  /** The order. Default: newest first. */
  sort?: SearchSort | undefined;
  /** The page size (`count: Int!`): 1 – 2^31-1. Default 50. */
  count?: number | undefined;
  /** The first page to fetch (`page: Int`), from 1. Default 1. */
  page?: number | undefined;
}

/**
 * Parameters of `sessions.get(secureId, params)`.
 *
 * @example
 * ```ts
 * const session = await hl.sessions.get(secureId, { countErrors: true });
 * console.log(session.errors_count);
 * ```
 */
export interface GetSessionParams {
  /**
   * Also fetch the session's errors (private graph `errors`, one more request when `has_errors` is not `false`) to
   * fill `errors_count`. Default `false`.
   */
  countErrors?: boolean | undefined;
}

/**
 * The variables one page of `sessions.search()` is fetched with (`page.params`); the next page has `page + 1`.
 *
 * @example
 * ```ts
 * const { page, count, start_date, end_date }: SessionSearchQuery = (await hl.sessions.search()).params;
 * ```
 */
export type SessionSearchQuery = {
  /** The search (`params.query`). */
  readonly query: string;
  /** The start of the range, ISO 8601 (`params.date_range.start_date`). */
  readonly start_date: string;
  /** The end of the range, ISO 8601 (`params.date_range.end_date`). */
  readonly end_date: string;
  /** The sort key (`sort_field`), when one was asked for. */
  readonly sort_field?: string | undefined;
  /** Newest (largest) first (`sort_desc`). */
  readonly sort_desc: boolean;
  /** The page size (`count`). */
  readonly count: number;
  /** The page number, from 1 (`page`). */
  readonly page: number;
};
