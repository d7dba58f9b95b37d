import { ConfigurationError, type FetchLike, HttpClient, readRetryAfter } from '@sessionkit/core';
import type { ApiPromise, ClientOptions, RawRequest, RequestOptions, TokenProvider } from '@sessionkit/core/surface';
import type { GenesysResponse } from './genesys-response.ts';
import { resolveAuth } from './internal/auth.ts';
import { type Endpoints, resolveEndpoints } from './internal/endpoints.ts';
import { parseGenesysErrorBody } from './internal/error-body.ts';
import { Transport, toGenesysResponse } from './internal/transport.ts';
import { type RateLimitInfo, readRateLimit } from './rate-limit.ts';
import type { GenesysRegion } from './regions.ts';
import { ContactsResource } from './resources/contacts.ts';
import { ExternalEventsResource } from './resources/external-events.ts';
import { SessionsResource } from './resources/sessions.ts';
import { TrackingResource } from './resources/tracking.ts';
import { VERSION } from './version.ts';

/**
 * The longest `Retry-After` the client waits by default: 180 s, as the official Go SDK. When Genesys asks for longer,
 * the call fails at once with the `RateLimitError` (its `retryAfterMs` says how long). Change it with
 * `retry: { maxRetryAfterMs }`.
 *
 * @example
 * ```ts
 * new GenesysJourneyClient({ region: 'eu_west_1', retry: { maxRetryAfterMs: MAX_RETRY_AFTER_MS / 3 } });
 * ```
 */
export const MAX_RETRY_AFTER_MS = 180_000;

/**
 * Options of `GenesysJourneyClient`: where (`region` or `environment`), who (OAuth client credentials, a static access
 * token, or a token provider — one kind at most), and every core option (`baseUrl`, `timeoutMs`, `maxRetries`,
 * `retry`, `fetch`, `hooks`, `validation`, `allowInsecureHttp`, `compileSchema`…).
 *
 * @example
 * ```ts
 * const options: GenesysJourneyClientOptions = {
 *   region: 'eu_west_1',
 *   clientId: process.env.GENESYS_CLIENT_ID,
 *   clientSecret: process.env.GENESYS_CLIENT_SECRET,
 *   timeoutMs: 10_000,
 * };
 * ```
 */
export interface GenesysJourneyClientOptions extends ClientOptions {
  /** One of the 18 regions (`eu_west_1`…). Default: `GENESYS_REGION`, else `us_east_1` (as the official SDKs). */
  readonly region?: GenesysRegion | undefined;
  /** The environment's domain instead of a region, e.g. `mypurecloud.ie` (`api.`/`login.` prefixes and schemes are removed). */
  readonly environment?: string | undefined;
  /**
   * The full URL of the OAuth token endpoint the client credentials are exchanged at. Default:
   * `https://login.{domain}/oauth/token` for the region or environment; `{baseUrl}/oauth/token` when `baseUrl` is
   * given without a region or environment (a gateway or emulator serving both). Only used with client credentials.
   */
  readonly tokenUrl?: string | undefined;
  /** OAuth client id (client-credentials grant). Default: `GENESYS_CLIENT_ID`. */
  readonly clientId?: string | undefined;
  /** OAuth client secret. Default: `GENESYS_CLIENT_SECRET`. Refused in a browser. */
  readonly clientSecret?: string | undefined;
  /** A static access token from elsewhere (an implicit or PKCE login), sent as is. */
  readonly accessToken?: string | undefined;
  /** Called before each authenticated request for a current access token; it owns caching. Called again after a 401. */
  readonly tokenProvider?: TokenProvider | undefined;
  /** Refresh a client-credentials token this long before it expires, in milliseconds. Default 60 s. */
  readonly refreshSkewMs?: number | undefined;
  /** External contacts whose sessions `sessions.recentSummaries()` lists (Genesys lists sessions per contact only). */
  readonly contactIds?: readonly string[] | undefined;
}

/**
 * One raw request through the client's transport (auth, retries, timeouts, hooks, error mapping, redaction), for the
 * Genesys endpoints this package does not wrap (segments, outcomes, action maps, views…): core's `RawRequest` plus
 * `auth`.
 *
 * @example
 * ```ts
 * const request: GenesysRequest = { method: 'GET', path: '/api/v2/journey/segments', query: { pageSize: 100 } };
 * ```
 */
export interface GenesysRequest<T = unknown> extends RawRequest<T> {
  /** Send the access token. Default true; false for the public, deployment-keyed endpoints. */
  readonly auth?: boolean | undefined;
}

/**
 * The Genesys Cloud Journey client: sessions and their events, external contacts' sessions and segments, web/app
 * tracking and external events. Construct it once and reuse it: it caches and renews its OAuth token (one token
 * request for any number of concurrent calls), retries safely, honours `Retry-After` up to 180 s, and exposes the
 * `inin-ratelimit-*` headers.
 *
 * Every method that returns one result returns core's `ApiPromise`, sent at once: await it for the data,
 * `.withResponse()` for `{ data, response }` (a `GenesysResponse`), `.asResponse()` for the raw `Response`. List
 * methods return a lazy `PagePromise` (sent when awaited or iterated) with `.withResponse()` for the first page.
 *
 * @example
 * ```ts
 * import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
 *
 * const gj = new GenesysJourneyClient({ region: 'eu_west_1', clientId, clientSecret });
 * const session = await gj.sessions.get(sessionId);
 * for await (const event of gj.sessions.events(session.id)) console.log(event.eventType, event.createdDate);
 * ```
 */
export class GenesysJourneyClient {
  /** Journey sessions and their events. */
  readonly sessions: SessionsResource;
  /** The journey of external contacts: sessions and segment assignments. */
  readonly contacts: ContactsResource;
  /** Web and app tracking of a deployment (no token sent). */
  readonly tracking: TrackingResource;
  /** External events from your own systems. */
  readonly externalEvents: ExternalEventsResource;
  /** Where this client sends requests: the environment's domain, the API base and the token URL. */
  readonly endpoints: Endpoints;
  readonly #http: HttpClient;
  #rateLimit: RateLimitInfo | undefined;

  /**
   * @throws ConfigurationError for an unknown region, an invalid environment, base URL or token URL, two kinds of
   * credentials at once, only one half of the client credentials, a client secret in a browser, or a client secret
   * sent over plain http to a host other than this machine.
   */
  constructor(options: GenesysJourneyClientOptions = {}) {
    const {
      region,
      environment,
      baseUrl,
      tokenUrl,
      clientId,
      clientSecret,
      accessToken,
      tokenProvider,
      refreshSkewMs,
      contactIds,
      fetch,
      retry,
      ...clientOptions
    } = options ?? {};
    const { allowInsecureHttp } = clientOptions;
    refuseRemovedOptions(options ?? {});
    this.endpoints = resolveEndpoints({ region, environment, baseUrl, tokenUrl });
    const auth = resolveAuth(
      { clientId, clientSecret, accessToken, tokenProvider, refreshSkewMs, allowInsecureHttp },
      this.endpoints.tokenUrl,
    );
    const observingFetch: FetchLike = async (input, init) => {
      const response = await (fetch ?? globalThis.fetch)(input, init);
      this.#rateLimit = readRateLimit(response.headers) ?? this.#rateLimit;
      return response;
    };
    this.#http = new HttpClient({
      ...clientOptions,
      retry: { maxRetryAfterMs: MAX_RETRY_AFTER_MS, ...retry },
      fetch: observingFetch,
      vendor: 'Genesys',
      client: { name: '@sessionkit/genesys-journey', version: VERSION },
      baseUrl: this.endpoints.apiUrl,
      auth,
      parseErrorBody: parseGenesysErrorBody,
      requestIdHeaders: ['inin-correlation-id'],
      retryAfter: readRetryAfter,
    });
    const context = {
      transport: new Transport(this.#http),
      apiUrl: this.endpoints.apiUrl,
      contactIds: [...(contactIds ?? [])],
    };
    this.sessions = new SessionsResource(context);
    this.contacts = new ContactsResource(context);
    this.tracking = new TrackingResource(context);
    this.externalEvents = new ExternalEventsResource(context);
  }

  /**
   * The rate-limit window (`inin-ratelimit-*`) of the most recent response that reported one, or `undefined` before
   * any did. Per call, use `.withResponse()`.
   *
   * @example
   * ```ts
   * await gj.sessions.get(sessionId);
   * console.log(gj.rateLimit?.remaining, gj.rateLimit?.resetSeconds);
   * ```
   */
  get rateLimit(): RateLimitInfo | undefined {
    return this.#rateLimit;
  }

  /**
   * Sends a raw request to any Genesys endpoint through the same transport: auth (unless `auth: false`), retries,
   * timeouts, hooks, error mapping and redaction all apply. With a `schema` (any Standard Schema: zod, valibot…) the
   * response is validated and typed by it; without one the parsed JSON is returned unchecked as `T` (default
   * `unknown`). Sent at once, like every single-result method.
   *
   * @throws RequestValidationError (as a rejection, nothing sent) for a request without a known method or a path.
   * @throws ConfigurationError when the request needs credentials and the client has none, or when an absolute URL
   * on another origin would receive them.
   * @throws An `ApiError` subclass for an error status; ConnectionError, TimeoutError or RequestAbortedError when
   * the call did not complete; ResponseValidationError when the body is not JSON or does not match `schema`.
   * @example
   * ```ts
   * const segments = await gj.request({ method: 'GET', path: '/api/v2/journey/segments', query: { pageSize: 100 } });
   * ```
   */
  request<T = unknown>(request: GenesysRequest<T>, options?: RequestOptions): ApiPromise<T, GenesysResponse> {
    return this.#http.callRaw(request, options, 'Genesys request', {
      auth: (request as GenesysRequest<T> | undefined)?.auth,
      describe: toGenesysResponse,
    });
  }
}

/** `authUrl` (the login base) became `tokenUrl` (the full token URL); a JavaScript caller still passing it is told. */
function refuseRemovedOptions(options: object): void {
  const { authUrl } = options as { readonly authUrl?: unknown };
  if (authUrl === undefined) return;
  const replacement =
    typeof authUrl === 'string' ? ` Use tokenUrl: '${authUrl.replace(/\/+$/, '')}/oauth/token'.` : ' Use tokenUrl.';
  throw new ConfigurationError(
    `The authUrl option was replaced by tokenUrl, the full URL of the token endpoint.${replacement}`,
  );
}
