import ky, { type KyInstance } from 'ky';
import * as z from 'zod/mini';
import type { AuthStrategy } from '../auth/auth-strategy.ts';
import { createApiError, type VendorErrorDetails } from '../errors/api-error.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import { ConnectionError, RequestAbortedError, TimeoutError } from '../errors/connection-error.ts';
import { Redactor } from '../errors/redactor.ts';
import { SessionkitError } from '../errors/sessionkit-error.ts';
import { ResponseValidationError, type ValidationIssue } from '../errors/validation-errors.ts';
import { isBrowser } from '../runtime/is-browser.ts';
import { parseResponse, type ResponseContext } from '../schema/parse-response.ts';
import type { StandardSchemaV1 } from '../schema/standard-schema.ts';
import { validateInput } from '../schema/validate-input.ts';
import { validateStandard } from '../schema/validate-standard.ts';
import type { ValidationMode } from '../schema/validation-mode.ts';
import { ApiPromise } from './api-promise.ts';
import type { ClientOptions, FetchLike, RequestOptions } from './client-options.ts';
import { assertHeaderValues } from './header-values.ts';
import { callHook, type HttpHooks } from './hooks.ts';
import type { HttpMethod } from './http-method.ts';
import { mayHaveReachedServer, rootMessage } from './network-failure.ts';
import { appendQuery, type QueryParams } from './query.ts';
import type { RawRequest } from './raw-request.ts';
import type { ReceivedResponse, ResponseMeta } from './response-meta.ts';
import { type RetryAfterReader, readRetryAfter } from './retry-after.ts';
import { type AttemptFailure, DEFAULT_RETRY_OPTIONS, decideRetry, type RetryOptions } from './retry-policy.ts';
import { assertSecureTransport } from './secure-transport.ts';
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
}

type Output<S> = S extends z.core.$ZodType ? z.output<S> : unknown;

const DEFAULT_TIMEOUT_MS = 30_000;
const RawRequestSchema = z.looseObject({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string().check(z.minLength(1, { error: 'Must be a non-empty string' })),
});
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'PUT', 'DELETE']);
const MAX_ERROR_TEXT = 2_000;
const HAS_CONTENT = /\S/;

interface AttemptResult {
  readonly response: Response;
  readonly text: string;
  readonly durationMs: number;
}

/**
 * The transport every vendor client stands on: one configured ky instance plus auth, identification headers,
 * per-attempt timeouts, an optional total deadline, retries with backoff and Retry-After, one refresh-and-retry
 * after a 401, error mapping, response validation and redaction of every secret.
 *
 * @example
 * ```ts
 * const http = new HttpClient({ vendor: 'Vapi', client: { name: '@sessionkit/vapi', version }, baseUrl, auth });
 * const session = await http.request({ method: 'GET', path: path`/session/${id}`, schema: SessionSchema });
 * ```
 */
export class HttpClient {
  /** The underlying ky instance: identification headers, lazy `fetch`, logging hooks; no auth, no retries. */
  readonly ky: KyInstance;
  readonly redactor: Redactor = new Redactor();
  readonly #config: HttpClientConfig;
  readonly #baseUrl: URL;
  readonly #retry: RetryOptions;
  readonly #logsRequests: boolean;
  readonly #compiledSchemas = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

  constructor(config: HttpClientConfig) {
    this.#config = config;
    this.#baseUrl = parseBaseUrl(config.baseUrl);
    this.#retry = mergeRetry(DEFAULT_RETRY_OPTIONS, config.retry, config.maxRetries);
    if (config.auth) {
      this.redactor.addSource(() => config.auth?.secrets() ?? []);
      assertSecureTransport(this.#baseUrl, config.allowInsecureHttp ?? false);
    }
    const baseHeaders = { ...identificationHeaders(config.client, isBrowser()), ...config.headers };
    assertHeaderValues(baseHeaders);
    this.#logsRequests = config.hooks?.onRequest !== undefined || config.hooks?.onResponse !== undefined;
    const lazyFetch: FetchLike = (input, init) => (config.fetch ?? globalThis.fetch)(input, init);
    this.ky = ky.create({
      headers: baseHeaders,
      timeout: false,
      retry: 0,
      throwHttpErrors: false,
      fetch: lazyFetch,
      hooks: this.#logsRequests ? loggingHooks(config.hooks, this.redactor, (headers) => this.#requestId(headers)) : {},
    });
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
  async receive(request: HttpRequest<z.core.$ZodType | undefined>): Promise<ReceivedResponse> {
    try {
      return await this.#send(request);
    } catch (error) {
      const wrapped = this.#asSessionkitError(error, request);
      callHook(this.#config.hooks?.onError, wrapped);
      throw wrapped;
    }
  }

  /**
   * Parses and validates a received body against the request's schema, in the request's (else the client's)
   * validation mode. A failure is a `ResponseValidationError`, reported to `onError`.
   */
  parse<S extends z.core.$ZodType | undefined>(request: HttpRequest<S>, received: ReceivedResponse): Output<S> {
    const context = this.responseContext(request, received);
    try {
      return this.#parseSuccess(request, received.text, context);
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
    const url = memo(() => this.redactor.url(this.#buildUrl(request).toString()));
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

  async #send(request: HttpRequest<z.core.$ZodType | undefined>): Promise<ReceivedResponse> {
    const url = this.#buildUrl(request);
    const method = request.method;
    const useAuth = (request.auth ?? true) && this.#config.auth !== undefined;
    if (useAuth) assertSecureTransport(url, this.#config.allowInsecureHttp ?? false);
    const retry = mergeRetry(this.#retry, request.retry, request.maxRetries);
    const idempotent = request.idempotent ?? IDEMPOTENT_METHODS.has(method);
    const timeoutMs = request.timeoutMs ?? this.#config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const totalTimeoutMs = request.totalTimeoutMs ?? this.#config.totalTimeoutMs;
    const deadline = totalTimeoutMs === undefined ? undefined : Date.now() + totalTimeoutMs;
    const safeUrl = memo(() => this.redactor.url(url.toString()));
    let retries = 0;
    let refreshedAuth = false;

    for (let attempt = 1; ; attempt += 1) {
      throwIfAborted(request.signal);
      const remaining = deadline === undefined ? Number.POSITIVE_INFINITY : deadline - Date.now();
      if (remaining <= 0) {
        throw new TimeoutError(`${method} ${safeUrl()} exceeded its total deadline of ${totalTimeoutMs} ms`, {
          method,
          url: safeUrl(),
          reachedServer: attempt > 1,
          timeoutMs: totalTimeoutMs ?? 0,
          kind: 'deadline',
        });
      }
      const headers = { ...request.headers, ...(useAuth ? await this.#authHeaders(request.signal) : {}) };
      assertHeaderValues(headers);

      let failure: AttemptFailure;
      let error: SessionkitError;
      try {
        const limit = Math.min(timeoutMs, remaining);
        const result = await this.#attempt(request, url, headers, attempt, limit, limit < timeoutMs);
        const meta = this.#meta(result.response, attempt);
        if (result.response.ok) return { response: result.response, text: result.text, meta };
        error = this.#apiError(result, method, safeUrl, meta.requestId);
        if (result.response.status === 401 && useAuth && !refreshedAuth && this.#config.auth?.invalidate?.()) {
          refreshedAuth = true;
          continue;
        }
        failure = {
          kind: 'status',
          status: result.response.status,
          retryAfterMs: (error as { retryAfterMs?: number }).retryAfterMs,
        };
      } catch (caught) {
        if (!(caught instanceof ConnectionError)) throw caught;
        error = caught;
        failure =
          caught instanceof TimeoutError
            ? { kind: 'timeout' }
            : { kind: 'connection', reachedServer: caught.reachedServer };
        if (caught instanceof TimeoutError && caught.kind === 'deadline') throw caught;
      }

      const decision = decideRetry(failure, retries, idempotent, retry);
      if (!decision.retry) throw error;
      if (deadline !== undefined && Date.now() + decision.delayMs >= deadline) throw error;
      callHook(this.#config.hooks?.onRetry, { method, url: safeUrl(), attempt, delayMs: decision.delayMs, error });
      retries += 1;
      await sleep(decision.delayMs, request.signal);
    }
  }

  async #attempt(
    request: HttpRequest<z.core.$ZodType | undefined>,
    url: URL,
    headers: Record<string, string>,
    attempt: number,
    limitMs: number,
    limitIsDeadline: boolean,
  ): Promise<AttemptResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limitMs);
    const onCallerAbort = (): void => controller.abort();
    request.signal?.addEventListener('abort', onCallerAbort, { once: true });
    const started = performance.now();
    try {
      const response = await this.ky(url, {
        method: request.method,
        headers,
        signal: controller.signal,
        ...(this.#logsRequests ? { context: { attempt } } : {}),
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(request.form !== undefined ? { body: new URLSearchParams(request.form as Record<string, string>) } : {}),
      });
      const text = await response.text();
      return { response, text, durationMs: performance.now() - started };
    } catch (caught) {
      const safeUrl = this.redactor.url(url.toString());
      if (request.signal?.aborted)
        throw new RequestAbortedError(`${request.method} ${safeUrl} was aborted by the caller`);
      if (controller.signal.aborted) {
        const kind = limitIsDeadline ? 'deadline' : 'attempt';
        throw new TimeoutError(`${request.method} ${safeUrl} timed out after ${Math.round(limitMs)} ms (${kind})`, {
          method: request.method,
          url: safeUrl,
          reachedServer: true,
          timeoutMs: limitMs,
          kind,
        });
      }
      if (caught instanceof SessionkitError) throw caught;
      const reached = mayHaveReachedServer(caught);
      throw new ConnectionError(`${request.method} ${safeUrl} failed: ${this.redactor.text(rootMessage(caught))}`, {
        method: request.method,
        url: safeUrl,
        reachedServer: reached,
        cause: caught instanceof Error ? new Error(this.redactor.text(rootMessage(caught))) : undefined,
      });
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onCallerAbort);
    }
  }

  async #authHeaders(signal: AbortSignal | undefined): Promise<Record<string, string>> {
    const auth = this.#config.auth;
    if (!auth) return {};
    return auth.headers({
      signal,
      requestToken: ({ url, form, headers, signal: tokenSignal }) => {
        assertSecureTransport(
          this.#buildUrl({ method: 'POST', path: url, auth: false }),
          this.#config.allowInsecureHttp ?? false,
        );
        return this.request({
          method: 'POST',
          path: url,
          form,
          headers,
          auth: false,
          idempotent: true,
          signal: tokenSignal,
        });
      },
    });
  }

  #buildUrl(request: HttpRequest<z.core.$ZodType | undefined>): URL {
    const base = request.baseUrl ? parseBaseUrl(request.baseUrl) : this.#baseUrl;
    let url: URL;
    if (/^https?:\/\//i.test(request.path)) {
      url = new URL(request.path);
      const sendsCredentials = (request.auth ?? true) && this.#config.auth !== undefined;
      if (sendsCredentials && url.origin !== base.origin) {
        throw new ConfigurationError(`Refusing to send credentials to ${url.origin}, which is not ${base.origin}.`);
      }
    } else {
      const [pathname = '', search = ''] = request.path.split('?', 2);
      url = new URL(base.toString().replace(/\/+$/, '') + (pathname.startsWith('/') ? pathname : `/${pathname}`));
      if (search) url.search = search;
    }
    appendQuery(url, request.query);
    return url;
  }

  #meta(response: Response, attempt: number): ResponseMeta {
    return {
      status: response.status,
      headers: response.headers,
      requestId: this.#requestId(response.headers),
      attempts: attempt,
      validationIssues: [],
    };
  }

  #requestId(headers: Headers): string | undefined {
    for (const name of this.#config.requestIdHeaders ?? ['x-request-id', 'request-id', 'x-correlation-id']) {
      const value = headers.get(name);
      if (value) return this.redactor.text(value);
    }
    return undefined;
  }

  #parseSuccess<S extends z.core.$ZodType | undefined>(
    request: HttpRequest<S>,
    text: string,
    context: ResponseContext,
  ): Output<S> {
    const safeUrl = context.url as () => string;
    let body: unknown;
    if (HAS_CONTENT.test(text)) {
      try {
        body = JSON.parse(text);
      } catch {
        throw new ResponseValidationError([{ path: '', message: 'Response body is not valid JSON' }], {
          body: this.redactor.text(text.slice(0, MAX_ERROR_TEXT)),
          method: request.method,
          url: safeUrl(),
        });
      }
    }
    if (!request.schema) return body as Output<S>;
    const mode = request.validation ?? this.validation;
    if (!('_zod' in request.schema)) {
      return validateStandard(request.schema as StandardSchemaV1, body, mode, () => ({
        body: this.redactor.value(body),
        method: request.method,
        url: safeUrl(),
      })) as Output<S>;
    }
    return parseResponse(this.compiled(request.schema), body, mode, context) as Output<S>;
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

  #apiError(
    result: AttemptResult,
    method: string,
    safeUrl: () => string,
    headerRequestId: string | undefined,
  ): SessionkitError {
    const { response, text } = result;
    let body: unknown = text.slice(0, MAX_ERROR_TEXT);
    try {
      body = HAS_CONTENT.test(text) ? JSON.parse(text) : undefined;
    } catch {
      // A non-JSON error body (an HTML page from a proxy) is kept as text.
    }
    const details = typeof body === 'object' && body !== null ? (this.#config.parseErrorBody?.(body) ?? {}) : {};
    const contentType = response.headers.get('content-type') ?? 'no content type';
    const fallback =
      typeof body === 'string' && body.length > 0
        ? `non-JSON error body (${contentType})`
        : response.statusText || undefined;
    const retryAfterMs = (this.#config.retryAfter ?? readRetryAfter)(response.headers, Date.now());
    return createApiError({
      vendor: this.#config.vendor,
      status: response.status,
      method,
      url: safeUrl(),
      message: this.redactor.text(details.message ?? fallback ?? ''),
      code: details.code,
      requestId:
        headerRequestId ?? (details.requestId === undefined ? undefined : this.redactor.text(details.requestId)),
      headers: this.redactor.headers(response.headers),
      body: this.redactor.value(body),
      retryAfterMs,
    });
  }

  #asSessionkitError(error: unknown, request: HttpRequest<z.core.$ZodType | undefined>): SessionkitError {
    if (error instanceof SessionkitError) return error;
    const message = this.redactor.text(rootMessage(error));
    return new ConnectionError(`${request.method} request failed: ${message}`, {
      method: request.method,
      url: '',
      reachedServer: true,
      cause: new Error(message),
    });
  }
}

function parseBaseUrl(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url;
  } catch {
    throw new ConfigurationError(`Invalid base URL: ${JSON.stringify(value)}; expected an absolute http(s) URL.`);
  }
}

function mergeRetry(
  base: RetryOptions,
  override: Partial<RetryOptions> | undefined,
  maxRetries: number | undefined,
): RetryOptions {
  const merged = { ...base, ...override, ...(maxRetries === undefined ? {} : { maxRetries }) };
  if (!Number.isInteger(merged.maxRetries) || merged.maxRetries < 0) {
    throw new ConfigurationError('maxRetries must be a whole number ≥ 0.');
  }
  return merged;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RequestAbortedError('The request was aborted by the caller');
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) {
    return Promise.reject(new RequestAbortedError('The request was aborted by the caller while waiting to retry'));
  }
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new RequestAbortedError('The request was aborted by the caller while waiting to retry'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function loggingHooks(
  hooks: HttpHooks | undefined,
  redactor: Redactor,
  requestId: (headers: Headers) => string | undefined,
) {
  const started = new WeakMap<Request, number>();
  return {
    beforeRequest: [
      ({ request, options }: { request: Request; options: { context?: Record<string, unknown> } }) => {
        started.set(request, performance.now());
        callHook(hooks?.onRequest, {
          method: request.method,
          url: redactor.url(request.url),
          headers: redactor.headers(request.headers),
          attempt: Number(options.context?.attempt ?? 1),
        });
      },
    ],
    afterResponse: [
      ({
        request,
        options,
        response,
      }: {
        request: Request;
        options: { context?: Record<string, unknown> };
        response: Response;
      }) => {
        callHook(hooks?.onResponse, {
          method: request.method,
          url: redactor.url(request.url),
          status: response.status,
          attempt: Number(options.context?.attempt ?? 1),
          durationMs: performance.now() - (started.get(request) ?? performance.now()),
          requestId: requestId(response.headers),
        });
      },
    ],
  };
}

function memo<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}
