import ky, { type KyInstance } from 'ky';
import * as z from 'zod/mini';
import type { AuthStrategy, TokenRequester } from '../auth/auth-strategy.ts';
import type { VendorErrorDetails } from '../errors/api-error.ts';
import { RequestAbortedError } from '../errors/connection-error.ts';
import { Redactor } from '../errors/redactor.ts';
import type { SessionkitError } from '../errors/sessionkit-error.ts';
import type { ValidationIssue } from '../errors/validation-errors.ts';
import { isBrowser } from '../runtime/is-browser.ts';
import type { ResponseContext } from '../schema/parse-response.ts';
import { validateInput } from '../schema/validate-input.ts';
import type { ValidationMode } from '../schema/validation-mode.ts';
import { ApiPromise } from './api-promise.ts';
import { firstCredentials } from './call-credentials.ts';
import type { ClientOptions, RequestOptions } from './client-options.ts';
import { type CallPlan, Exchange, type TransportContext } from './exchange.ts';
import { fleetContext } from './fleet-context.ts';
import { assertHeaderValues } from './header-values.ts';
import { callHook } from './hooks.ts';
import type { HttpMethod } from './http-method.ts';
import { kyOptions } from './ky-options.ts';
import { parseBody } from './parse-body.ts';
import type { QueryParams } from './query.ts';
import type { RawRequest } from './raw-request.ts';
import { DEFAULT_REQUEST_ID_HEADERS } from './request-id.ts';
import { lazy, parseBaseUrl, requestUrl } from './request-url.ts';
import type { ReceivedResponse, ResponseMeta } from './response-meta.ts';
import { type RetryAfterReader, readRetryAfter } from './retry-after.ts';
import { DEFAULT_RETRY_OPTIONS, type RetryOptions, resolveRetry } from './retry-policy.ts';
import { assertSecureTransport } from './secure-transport.ts';
import type { StreamedBody } from './streamed-fetch.ts';
import { toSessionkitError } from './to-sessionkit-error.ts';
import { identificationHeaders } from './user-agent.ts';

/**
 * What a vendor package declares once, when it builds its transport.
 *
 * @example
 * ```ts
 * const config: HttpClientConfig = {
 *   vendor: 'Genesys', client: { name: '@sessionkit/genesys-journey', version: VERSION },
 *   baseUrl: 'https://api.mypurecloud.ie', auth: clientCredentials({ tokenUrl, clientId, clientSecret }),
 *   parseErrorBody: (body) => ({ message: (body as { message?: string }).message }),
 *   requestIdHeaders: ['inin-correlation-id'], retryAfter: withResetHeader('inin-ratelimit-reset'),
 * };
 * const http = new HttpClient(config);
 * ```
 */
export interface HttpClientConfig extends ClientOptions {
  /** Vendor name used in error messages, e.g. `Vapi`. */
  readonly vendor: string;
  /** The vendor package, for identification headers. */
  readonly client: { readonly name: string; readonly version: string };
  readonly baseUrl: string;
  readonly auth?: AuthStrategy | undefined;
  /** Reads the vendor's error body. */
  readonly parseErrorBody?: ((body: unknown) => VendorErrorDetails) | undefined;
  /** Response headers holding a request or correlation id, first match wins. */
  readonly requestIdHeaders?: readonly string[] | undefined;
  /** Reads the wait a 429/503 asks for; default `Retry-After` (seconds or date) and `retry-after-ms`. */
  readonly retryAfter?: RetryAfterReader | undefined;
}

/**
 * One request, as a vendor package describes it.
 *
 * @example
 * ```ts
 * const request: HttpRequest<typeof SessionSchema> = {
 *   method: 'POST', path: '/session', json: { assistantId }, schema: SessionSchema, timeoutMs: 10_000,
 * };
 * const session = await http.request(request);
 * ```
 */
export interface HttpRequest<S extends z.core.$ZodType | undefined = undefined> extends RequestOptions {
  readonly method: HttpMethod;
  /** A path (joined to the base URL) or an absolute URL on the same origin. Build it with `path```. */
  readonly path: string;
  readonly query?: QueryParams | undefined;
  /** JSON body. */
  readonly json?: unknown;
  /** `application/x-www-form-urlencoded` body. */
  readonly form?: Readonly<Record<string, string>> | undefined;
  /** Schema of a successful response body; without one the parsed JSON is returned unchecked. */
  readonly schema?: S;
  /** Send credentials. Default true. */
  readonly auth?: boolean | undefined;
  /** Safe to retry after it may have reached the server. Default: true for GET, PUT, DELETE. */
  readonly idempotent?: boolean | undefined;
  /** Send to this base URL instead of the client's (e.g. a vendor's separate ingest host). */
  readonly baseUrl?: string | undefined;
  /**
   * A vendor step that reads a successful body and may find an error in it — GraphQL `errors` in a 200, a vendor's
   * "blocked" code — returning the `SessionkitError` to raise, or `undefined`. It runs inside the call, after each
   * attempt's body is read, so the error takes the same route as an HTTP error status: `onError` sees it once, and an
   * `AuthenticationError` it returns refreshes the credentials once and retries, as a 401 does. Other errors it
   * returns are not retried.
   */
  readonly interpret?: ((text: string, response: Response) => SessionkitError | undefined) | undefined;
}

/**
 * What `HttpClient.stream` resolves to: the facts of the successful response and its body, unread.
 *
 * @example
 * ```ts
 * const { body, meta }: StreamedResponse = await http.stream({ method: 'GET', path: '/events' });
 * ```
 */
export interface StreamedResponse {
  readonly meta: ResponseMeta;
  /** The body and the means to close the connection. */
  readonly body: StreamedBody;
}

/** A received response, with the body of a streamed call. */
type Received = ReceivedResponse & { readonly streamed?: StreamedBody | undefined };

type Output<S> = S extends z.core.$ZodType ? z.output<S> : unknown;

const DEFAULT_TIMEOUT_MS = 30_000;
const RawRequestSchema = z.looseObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().check(z.minLength(1, { error: 'Must be a non-empty string' })),
});
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);

/** How the transport sends a request of its own (a token request) differently from a vendor package's. */
interface SendOptions {
  /** Send the client-level `headers` option. False for the token endpoint, which is not the vendor's API. */
  readonly clientHeaders: boolean;
  /** Hand a successful body over unread, with this attempt `fetch` (`stream`). */
  readonly stream?: CallPlan['attemptFetch'];
}

const VENDOR_REQUEST: SendOptions = { clientHeaders: true };
const TOKEN_REQUEST: SendOptions = { clientHeaders: false };

/**
 * The transport every vendor client stands on: one private ky instance, configured per call. ky runs the attempts,
 * the per-attempt `timeout`, the `totalTimeout` of the whole call, the retries with their backoff and waits, and the
 * one retry after a 401; core adds what is sessionkit's — auth, identification headers, the idempotency rules, the
 * vendor's Retry-After reader and cap, error mapping, response validation, redaction of every secret and the hooks.
 *
 * @example
 * ```ts
 * const http = new HttpClient({ vendor: 'Vapi', client: { name: '@sessionkit/vapi', version }, baseUrl, auth });
 * const session = await http.request({ method: 'GET', path: path`/session/${id}`, schema: SessionSchema });
 * ```
 */
export class HttpClient {
  readonly redactor: Redactor = new Redactor();
  readonly #config: HttpClientConfig;
  readonly #baseUrl: URL;
  readonly #retry: RetryOptions;
  readonly #ky: KyInstance;
  readonly #context: TransportContext;
  readonly #compiledSchemas = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

  constructor(config: HttpClientConfig) {
    this.#config = config;
    this.#baseUrl = parseBaseUrl(config.baseUrl);
    this.#retry = resolveRetry(DEFAULT_RETRY_OPTIONS, config.retry, config.maxRetries);
    if (config.auth) {
      this.redactor.addSource(() => config.auth?.secrets() ?? []);
      assertSecureTransport(this.#baseUrl, config.allowInsecureHttp ?? false);
    }
    const identification = identificationHeaders(config.client, isBrowser());
    assertHeaderValues({ ...identification, ...config.headers });
    this.#ky = ky.create({ headers: identification, throwHttpErrors: true });
    const requestToken: TokenRequester = ({ url, form, headers, signal }) => {
      assertSecureTransport(this.#url({ path: url }, false), config.allowInsecureHttp ?? false);
      const request: HttpRequest = { method: 'POST', path: url, form, headers, auth: false, idempotent: true, signal };
      return this.#receive(request, TOKEN_REQUEST).then((received) => this.parse(request, received));
    };
    this.#context = {
      vendor: config.vendor,
      redactor: this.redactor,
      hooks: config.hooks,
      logsRequests: config.hooks?.onRequest !== undefined || config.hooks?.onResponse !== undefined,
      parseErrorBody: config.parseErrorBody,
      retryAfter: config.retryAfter ?? readRetryAfter,
      requestIdHeaders: config.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS,
      fetch: () => config.fetch ?? globalThis.fetch,
      requestToken,
      fleet: fleetContext(config),
    };
  }

  /** The client's validation mode. */
  get validation(): ValidationMode {
    return this.#config.validation ?? 'lenient';
  }

  /** Sends a request and returns the validated body. */
  async request<S extends z.core.$ZodType | undefined = undefined>(request: HttpRequest<S>): Promise<Output<S>> {
    return (await this.requestWithMeta(request)).data;
  }

  /** Sends a request and returns the validated body with the response's status, headers and request id. */
  async requestWithMeta<S extends z.core.$ZodType | undefined = undefined>(
    request: HttpRequest<S>,
  ): Promise<{ data: Output<S>; meta: ResponseMeta }> {
    const received = await this.receive(request);
    return { data: this.parse(request, received), meta: received.meta };
  }

  /**
   * Sends a request at once and returns an `ApiPromise` of its validated body: what every single-result method of
   * a client returns. `prepare` runs first, inside the promise, so invalid input rejects instead of throwing;
   * `describe` extends the response facts per vendor (Genesys adds its rate-limit window).
   *
   * @example
   * ```ts
   * return http.call(() => ({ method: 'GET', path: path`/session/${id}`, schema: SessionSchema }));
   * ```
   */
  call<S extends z.core.$ZodType | undefined = undefined, M extends ResponseMeta = ResponseMeta>(
    prepare: HttpRequest<S> | (() => HttpRequest<S>),
    describe?: (meta: ResponseMeta) => M,
  ): ApiPromise<Output<S>, M> {
    let request: HttpRequest<S> | undefined;
    const received = (async () => {
      request = typeof prepare === 'function' ? prepare() : prepare;
      const result = await this.receive(request);
      return describe ? { ...result, meta: describe(result.meta) } : (result as ReceivedResponse<M>);
    })();
    return new ApiPromise(received, (result) => this.parse(request as HttpRequest<S>, result));
  }

  /**
   * A client's raw `request()` escape hatch: checks the request's shape (a `RequestValidationError` before anything
   * is sent), then sends it like any other call, validating the response with its Standard Schema when it has one.
   *
   * @example
   * ```ts
   * request<T = unknown>(request: RawRequest<T>, options?: RequestOptions): ApiPromise<T> {
   *   return this.#http.callRaw(request, options, 'Vapi request');
   * }
   * ```
   */
  callRaw<T, M extends ResponseMeta = ResponseMeta>(
    request: RawRequest<T>,
    options: RequestOptions | undefined,
    label: string,
    extra: { readonly auth?: boolean | undefined; readonly describe?: (meta: ResponseMeta) => M } = {},
  ): ApiPromise<T, M> {
    return this.call(() => {
      validateInput(RawRequestSchema, request, label);
      const { body, schema, ...rest } = request;
      return {
        ...options,
        ...rest,
        ...(extra.auth === undefined ? {} : { auth: extra.auth }),
        json: body,
        schema: schema as unknown as z.core.$ZodType | undefined,
      };
    }, extra.describe) as ApiPromise<T, M>;
  }

  /**
   * Sends a request through auth, retries and error mapping, and returns the successful response with its body read
   * as text, not yet parsed. Any failure is a `SessionkitError`, reported once to `onError`.
   */
  receive(request: HttpRequest<z.core.$ZodType | undefined>): Promise<ReceivedResponse> {
    return this.#receive(request, VENDOR_REQUEST);
  }

  /**
   * Sends a request whose successful body is read as a stream (Server-Sent Events, NDJSON…): the same auth, hooks,
   * error mapping and redaction as `receive`, and, until the response headers arrive, the same per-attempt timeout,
   * total deadline and retry rules. An error status is read whole and rejects with the usual `ApiError`. Once the
   * headers of a 2xx arrived the call is over for the transport: it is never retried, and neither timeout cuts the
   * body; only the caller's `signal` and `body.cancel()` end the connection (a vendor package adds its own idle
   * timeout). The caller must read the body to its end or cancel it.
   *
   * @example
   * ```ts
   * const { body, meta } = await http.stream({ method: 'POST', path: '/chat', json: { input, stream: true } });
   * const reader = body.body?.getReader();
   * ```
   */
  async stream(request: HttpRequest): Promise<StreamedResponse> {
    // Loaded here, so that only an app that streams carries it.
    const { streamedFetch } = await import('./streamed-fetch.ts');
    const received = await this.#receive(request, { clientHeaders: true, stream: streamedFetch });
    return { meta: received.meta, body: received.streamed ?? { body: null, cancel: () => {} } };
  }

  /**
   * Parses and validates a received body against the request's schema, in the request's (else the client's)
   * validation mode. A failure is a `ResponseValidationError`, reported to `onError`.
   */
  parse<S extends z.core.$ZodType | undefined>(request: HttpRequest<S>, received: ReceivedResponse): Output<S> {
    const context = this.responseContext(request, received);
    try {
      return parseBody(received.text, {
        method: request.method,
        safeUrl: context.url as () => string,
        onIssues: context.onIssues,
        schema: request.schema && '_zod' in request.schema ? this.compiled(request.schema) : request.schema,
        mode: request.validation ?? this.validation,
        redactor: this.redactor,
      }) as Output<S>;
    } catch (error) {
      callHook(this.#config.hooks?.onError, error as Error);
      throw error;
    }
  }

  /**
   * Where a received response came from, for `parseResponse`: method, redacted URL (computed only when needed) and
   * the redactor, and where the drift `lenient` validation tolerates is reported — `received.meta.validationIssues`
   * and the `onValidationIssue` hook. For vendor packages that parse parts of a body themselves (a GraphQL result).
   *
   * @example
   * ```ts
   * const session = parseResponse(http.compiled(SessionSchema), body.data, mode, http.responseContext(request, received));
   * ```
   */
  responseContext(request: HttpRequest<z.core.$ZodType | undefined>, received: ReceivedResponse): ResponseContext {
    const url = lazy(() => this.redactor.url(this.#url(request, false).toString()));
    return {
      method: request.method,
      url,
      redactor: this.redactor,
      onIssues: (issues) => {
        (received.meta.validationIssues as ValidationIssue[]).push(...issues);
        callHook(this.#config.hooks?.onValidationIssue, { method: request.method, url: url(), issues });
      },
    };
  }
  /**
   * The schema as this client validates responses with it: compiled once, on first use, when the client was given
   * `compileSchema`; otherwise `schema` itself. For vendor packages that call `parseResponse` themselves.
   *
   * @example
   * ```ts
   * const session = parseResponse(http.compiled(SessionSchema), body, http.validation);
   * ```
   */
  compiled<T extends z.core.$ZodType>(schema: T): T {
    const compile = this.#config.compileSchema;
    if (!compile) return schema;
    // SchemaCompiler is typed without zod so that the public options need no zod types; it is zod's `compile`.
    let compiled = this.#compiledSchemas.get(schema) as T | undefined;
    if (!compiled) {
      compiled = (compile as (schema: T) => T)(schema);
      this.#compiledSchemas.set(schema, compiled);
    }
    return compiled;
  }

  async #receive(request: HttpRequest<z.core.$ZodType | undefined>, options: SendOptions): Promise<Received> {
    try {
      return await this.#send(request, options);
    } catch (error) {
      const failure = error as SessionkitError;
      callHook(this.#config.hooks?.onError, failure);
      throw failure;
    }
  }

  /** One call: planned here, run by ky with the call's options, its failure mapped to a `SessionkitError`. */
  async #send(request: HttpRequest<z.core.$ZodType | undefined>, options: SendOptions): Promise<Received> {
    const auth = (request.auth ?? true) ? this.#config.auth : undefined;
    let exchange: Exchange | undefined;
    try {
      const url = this.#url(request, auth !== undefined);
      if (auth) assertSecureTransport(url, this.#config.allowInsecureHttp ?? false);
      const headers = { ...(options.clientHeaders ? this.#config.headers : undefined), ...request.headers };
      assertHeaderValues(headers);
      const safeUrl = lazy(() => this.redactor.url(url.toString()));
      if (request.signal?.aborted)
        throw new RequestAbortedError(`${request.method} ${safeUrl()} was aborted by the caller`);
      exchange = new Exchange(this.#context, {
        method: request.method,
        safeUrl,
        idempotent: request.idempotent ?? IDEMPOTENT_METHODS.has(request.method),
        retry: resolveRetry(this.#retry, request.retry, request.maxRetries),
        timeoutMs: request.timeoutMs ?? this.#config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        totalTimeoutMs: request.totalTimeoutMs ?? this.#config.totalTimeoutMs,
        signal: request.signal,
        auth,
        interpret: request.interpret,
        attemptFetch: options.stream,
      });
      const credentials = firstCredentials(exchange);
      const sent = credentials ? { ...headers, ...credentials } : headers;
      const response = await this.#ky(url, kyOptions(exchange, request, sent));
      const received = exchange.received(response);
      return options.stream ? { ...received, streamed: exchange.streamed } : received;
    } catch (error) {
      if (!exchange) throw error;
      exchange.streamed?.cancel(error);
      throw toSessionkitError(error, exchange) ?? error;
    }
  }

  #url(
    request: { readonly path: string; readonly query?: QueryParams | undefined; readonly baseUrl?: string | undefined },
    sendsCredentials: boolean,
  ): URL {
    const base = request.baseUrl ? parseBaseUrl(request.baseUrl) : this.#baseUrl;
    return requestUrl(base, request, sendsCredentials);
  }
}
