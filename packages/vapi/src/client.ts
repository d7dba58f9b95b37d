import { bearerToken, HttpClient, httpUrl, readEnv, readRetryAfter } from '@sessionkit/core';
// Public signatures use the zod-free surface only, so that the published .d.ts loads no zod types.
import type { ApiPromise, ClientOptions, RawRequest, RequestOptions } from '@sessionkit/core/surface';
import { parseVapiErrorBody } from './internal/error-body.ts';
import { SecretRegistry } from './internal/secret-registry.ts';
import { SessionsResource } from './resources/sessions.ts';
import { VERSION } from './version.ts';

/**
 * Vapi's API base URL, used unless `baseUrl` is given.
 *
 * @example
 * ```ts
 * new VapiClient({ apiKey, baseUrl: DEFAULT_BASE_URL });
 * ```
 */
export const DEFAULT_BASE_URL = 'https://api.vapi.ai';

/**
 * Options of `VapiClient`: your private API key plus every core option (`baseUrl`, `timeoutMs`, `maxRetries`,
 * `retry`, `fetch`, `hooks`, `validation`…).
 *
 * @example
 * ```ts
 * const options: VapiClientOptions = { apiKey: process.env.VAPI_API_KEY, timeoutMs: 10_000, maxRetries: 4 };
 * ```
 */
export interface VapiClientOptions extends ClientOptions {
  /** Your Vapi *private* API key, sent as `Authorization: Bearer`. Default: the `VAPI_API_KEY` environment variable. */
  readonly apiKey?: string | undefined;
}

const MISSING_KEY = 'Vapi API key: pass `apiKey` to new VapiClient() or set the VAPI_API_KEY environment variable';

/**
 * The Vapi client. Construct it once and reuse it.
 *
 * @example
 * ```ts
 * import { VapiClient } from '@sessionkit/vapi';
 *
 * const vapi = new VapiClient({ apiKey: process.env.VAPI_API_KEY });
 * const session = await vapi.sessions.create({ assistantId });
 * const chat = await vapi.sessions.send(session.id, 'Hello!');
 * ```
 */
export class VapiClient {
  /** Sessions and the chat turns inside them. */
  readonly sessions: SessionsResource;
  readonly #http: HttpClient;

  /**
   * @throws {ConfigurationError} no API key is given or set in `VAPI_API_KEY`, the base URL is invalid, or the base
   *   URL is plain `http://` to a host other than loopback without `allowInsecureHttp`.
   */
  constructor(options: VapiClientOptions = {}) {
    const { apiKey = readEnv('VAPI_API_KEY'), baseUrl: givenBaseUrl, fetch, ...clientOptions } = options ?? {};
    const baseUrl = httpUrl(givenBaseUrl ?? DEFAULT_BASE_URL, 'baseUrl');
    const auth = bearerToken(apiKey, MISSING_KEY);
    const secrets = new SecretRegistry();
    this.#http = new HttpClient({
      ...clientOptions,
      fetch,
      vendor: 'Vapi',
      client: { name: '@sessionkit/vapi', version: VERSION },
      baseUrl,
      auth,
      parseErrorBody: parseVapiErrorBody,
      requestIdHeaders: ['x-request-id', 'cf-ray'],
      retryAfter: readRetryAfter,
    });
    this.#http.redactor.addSource(secrets.list);
    this.sessions = new SessionsResource({ http: this.#http, baseUrl, secrets });
  }

  /**
   * Sends a raw request to any Vapi endpoint this package does not wrap, through the same transport: auth,
   * retries, timeouts, hooks, error mapping and redaction all apply. Like every single-result method it returns an
   * `ApiPromise` (sent at once; `.withResponse()`, `.asResponse()`). With a `schema` (any Standard Schema: zod,
   * valibot…) the response is validated and typed by it; without one the parsed JSON is returned unchecked, typed
   * `T` (default `unknown`).
   *
   * @throws {RequestValidationError} the method is not GET, POST, PUT, PATCH or DELETE, or the path is empty
   *   (rejects; nothing is sent).
   * @throws {ApiError} Vapi answered with an error status, as its subclass (`NotFoundError`, `RateLimitError`…).
   * @throws {ConnectionError} the network failed; `TimeoutError` (a subclass) when an attempt or the total deadline
   *   ran out; `RequestAbortedError` when your `signal` aborted.
   * @throws {ResponseValidationError} the body is not JSON, or does not match `schema`.
   *
   * @example
   * ```ts
   * const assistants = await vapi.request({ method: 'GET', path: '/assistant', query: { limit: 10 } });
   * const { data, response } = await vapi.request({ method: 'GET', path: '/assistant' }).withResponse();
   * ```
   */
  request<T = unknown>(request: RawRequest<T>, options: RequestOptions = {}): ApiPromise<T> {
    return this.#http.callRaw(request, options, 'Vapi request');
  }
}
