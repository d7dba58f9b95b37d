import {
  type ClientOptions,
  type FetchLike,
  HttpClient,
  type HttpMethod,
  type QueryParams,
  type RequestOptions,
  readRetryAfter,
  type TokenProvider,
  validateInput,
} from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ApiPromise } from './api-promise.ts';
import { resolveAuth } from './internal/auth.ts';
import { type Endpoints, resolveEndpoints } from './internal/endpoints.ts';
import { parseGenesysErrorBody } from './internal/error-body.ts';
import { Transport } from './internal/transport.ts';
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
 * new GenesysJourneyClient({ region: 'eu_west_1', clientId, clientSecret, retry: { maxRetryAfterMs: MAX_RETRY_AFTER_MS / 3 } });
 * ```
 */
export const MAX_RETRY_AFTER_MS = 180_000;

/**
 * Options of `GenesysJourneyClient`: where (`region` or `environment`), who (OAuth client credentials, an access
 * token, or a token provider), and every core option (`baseUrl`, `timeoutMs`, `maxRetries`, `retry`, `fetch`,
 * `hooks`, `validation`…).
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
   * Base of the OAuth endpoints (the token URL is `{authUrl}/oauth/token`). Default: `https://login.{domain}`; or
   * `baseUrl` when `baseUrl` is given without a region or environment (a gateway or emulator serving both).
   */
  readonly authUrl?: string | undefined;
  /** OAuth client id (client-credentials grant). Default: `GENESYS_CLIENT_ID`. */
  readonly clientId?: string | undefined;
  /** OAuth client secret. Default: `GENESYS_CLIENT_SECRET`. Refused in a browser. */
  readonly clientSecret?: string | undefined;
  /** An access token from elsewhere (an implicit or PKCE login), sent as is. */
  readonly accessToken?: string | undefined;
  /** Called before each authenticated request for a current access token; it owns caching. Called again after a 401. */
  readonly tokenProvider?: TokenProvider | undefined;
  /** Refresh a client-credentials token this long before it expires. Default 60 s. */
  readonly refreshSkewMs?: number | undefined;
  /** External contacts whose sessions `sessions.recentSummaries()` lists (Genesys lists sessions per contact only). */
  readonly contactIds?: readonly string[] | undefined;
}

/**
 * One raw request through the client's transport (auth, retries, timeouts, error mapping), for the Journey
 * endpoints this package does not wrap (segments, outcomes, action maps, views…).
 *
 * @example
 * ```ts
 * const request: GenesysRequest = { method: 'GET', path: '/api/v2/journey/segments', query: { pageSize: 100 } };
 * ```
 */
export interface GenesysRequest<S extends z.core.$ZodType | undefined = undefined> {
  readonly method: HttpMethod;
  /** A path such as `/api/v2/journey/segments`; build paths with ids using core's `path` tag. */
  readonly path: string;
  readonly query?: QueryParams | undefined;
  /** JSON body. */
  readonly body?: unknown;
  /** Schema of the response body; without it the parsed JSON is returned unchecked. */
  readonly schema?: S;
  /** Send the access token. Default true. */
  readonly auth?: boolean | undefined;
  /** Safe to retry after it may have reached Genesys. Default: true for GET, PUT and DELETE. */
  readonly idempotent?: boolean | undefined;
}

const RawRequestSchema = z.looseObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().check(z.minLength(1, { error: 'Must be a non-empty string' })),
});

/**
 * The Genesys Cloud Journey client: sessions and their events, external contacts' sessions and segments, web/app
 * tracking and external events. Construct it once and reuse it: it caches and renews its OAuth token (one token
 * request for any number of concurrent calls), retries safely, honours `Retry-After` up to 180 s, and exposes the
 * `inin-ratelimit-*` headers.
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
  /** Where this client sends requests: the environment's domain, the API base, the OAuth base and token URL. */
  readonly endpoints: Endpoints;
  readonly #http: HttpClient;
  readonly #transport: Transport;
  #rateLimit: RateLimitInfo | undefined;

  /**
   * @throws ConfigurationError for an unknown region, an invalid environment or URL, conflicting credentials, a
   * client secret in a browser, or a client secret sent over plain http.
   */
  constructor(options: GenesysJourneyClientOptions = {}) {
    const {
      region,
      environment,
      baseUrl,
      authUrl,
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
    this.endpoints = resolveEndpoints({ region, environment, baseUrl, authUrl });
    const auth = resolveAuth(
      {
        clientId,
        clientSecret,
        accessToken,
        tokenProvider,
        refreshSkewMs,
        allowInsecureHttp,
      },
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
    this.#transport = new Transport(this.#http);
    const context = { transport: this.#transport, apiUrl: this.endpoints.apiUrl, contactIds: [...(contactIds ?? [])] };
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
   * Sends a raw request to any Genesys endpoint through the same transport: auth, retries, timeouts, error mapping
   * and redaction all apply.
   *
   * @example
   * ```ts
   * const segments = await gj.request({ method: 'GET', path: '/api/v2/journey/segments', query: { pageSize: 100 } });
   * ```
   */
  request<S extends z.core.$ZodType | undefined = undefined>(
    request: GenesysRequest<S>,
    options: RequestOptions = {},
  ): ApiPromise<S extends z.core.$ZodType ? z.output<S> : unknown> {
    return this.#transport.call(() => {
      validateInput(RawRequestSchema, request, 'Genesys request');
      const { body, ...rest } = request;
      return { ...options, ...rest, json: body };
    }) as ApiPromise<S extends z.core.$ZodType ? z.output<S> : unknown>;
  }
}
