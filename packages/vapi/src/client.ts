import {
  bearerToken,
  type ClientOptions,
  HttpClient,
  type HttpMethod,
  type QueryParams,
  type RequestOptions,
  readEnv,
  readRetryAfter,
  validateInput,
} from '@sessionkit/core';
import * as z from 'zod/mini';
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

/**
 * One raw request through the client's transport (auth, retries, timeouts, error mapping), for Vapi endpoints
 * this package does not wrap yet.
 *
 * @example
 * ```ts
 * const request: VapiRequest = { method: 'GET', path: '/assistant', query: { limit: 10 } };
 * ```
 */
export interface VapiRequest<S extends z.core.$ZodType | undefined = undefined> {
  readonly method: HttpMethod;
  /** A path such as `/assistant`; build paths with ids using core's `path` tag. */
  readonly path: string;
  readonly query?: QueryParams | undefined;
  /** JSON body. */
  readonly body?: unknown;
  /** Schema of the response body; without it the parsed JSON is returned unchecked. */
  readonly schema?: S;
  /** Safe to retry after it may have reached Vapi. Default: true for GET, PUT and DELETE. */
  readonly idempotent?: boolean | undefined;
}

const RawRequestSchema = z.looseObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().check(z.minLength(1)),
});

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

  /** @throws ConfigurationError when no API key is given or set in `VAPI_API_KEY`, or the base URL is invalid. */
  constructor(options: VapiClientOptions = {}) {
    const { apiKey = readEnv('VAPI_API_KEY'), baseUrl = DEFAULT_BASE_URL, fetch, ...clientOptions } = options ?? {};
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
   * Sends a raw request to any Vapi endpoint through the same transport: auth, retries, timeouts, error mapping
   * and redaction all apply.
   *
   * @example
   * ```ts
   * const assistants = await vapi.request({ method: 'GET', path: '/assistant', query: { limit: 10 } });
   * ```
   */
  async request<S extends z.core.$ZodType | undefined = undefined>(
    request: VapiRequest<S>,
    options: RequestOptions = {},
  ): Promise<S extends z.core.$ZodType ? z.output<S> : unknown> {
    validateInput(RawRequestSchema, request, 'Vapi request');
    const { body, ...rest } = request;
    return this.#http.request({ ...options, ...rest, json: body }) as Promise<
      S extends z.core.$ZodType ? z.output<S> : unknown
    >;
  }
}
