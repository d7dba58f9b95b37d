import type { AssertTrue } from '../schema/schema-of.ts';
import type { ReceivedResponse, ResponseMeta, WithResponse } from './response-meta.ts';

const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([101, 103, 204, 205, 304]);

/**
 * What every method that returns one result returns. The request is sent at once, when the method is called,
 * whether or not the promise is awaited (list methods are the exception: their `PagePromise` waits until it is
 * awaited or iterated). The body is parsed and validated when the data is first asked for.
 *
 * - `await` it for the data;
 * - `.withResponse()` for `{ data, response }`: the data and the response's status, headers, request id and attempt
 *   count (extended per vendor);
 * - `.asResponse()` for the raw `Response` of the final attempt, after retries, with an unread body: no parsing,
 *   no validation.
 *
 * A failed call rejects all three with the same typed `SessionkitError`.
 *
 * @example
 * ```ts
 * const session = await vapi.sessions.get(id);
 * const { data, response } = await vapi.sessions.get(id).withResponse();
 * console.log(data.id, response.status, response.requestId, response.attempts);
 * const raw: Response = await vapi.sessions.get(id).asResponse();
 * ```
 */
export class ApiPromise<T, TResponse extends ResponseMeta = ResponseMeta> {
  readonly #received: Promise<ReceivedResponse<TResponse>>;
  readonly #parse: (received: ReceivedResponse<TResponse>) => T | PromiseLike<T>;
  #parsed: Promise<WithResponse<T, TResponse>> | undefined;

  /**
   * @param received - the response after retries, as the transport received it (already in flight).
   * @param parse - turns it into the result; called once, when the data is first asked for.
   */
  constructor(
    received: Promise<ReceivedResponse<TResponse>>,
    parse: (received: ReceivedResponse<TResponse>) => T | PromiseLike<T>,
  ) {
    this.#received = received;
    this.#parse = parse;
  }

  /**
   * A promise of a value already at hand, with the response it came from; for methods that answer without a
   * request of their own (a cached or synthesised result).
   *
   * @example
   * ```ts
   * const promise = ApiPromise.resolve({ data: session, response: meta });
   * ```
   */
  static resolve<T, TResponse extends ResponseMeta>(
    result: WithResponse<T, TResponse> | PromiseLike<WithResponse<T, TResponse>>,
  ): ApiPromise<T, TResponse> {
    const settled = Promise.resolve(result);
    return new ApiPromise(
      settled.then((value) => ({ response: new Response(null), text: '', meta: value.response })),
      () => settled.then((value) => value.data),
    );
  }

  /** The data together with the response it came from. */
  withResponse(): Promise<WithResponse<T, TResponse>> {
    this.#parsed ??= this.#received.then(async (received) => ({
      data: await this.#parse(received),
      response: received.meta,
    }));
    return this.#parsed;
  }

  /**
   * The raw `Response` of the final attempt, after retries and auth, with an unread body and nothing parsed or
   * validated. Error statuses still reject with the typed error.
   */
  async asResponse(): Promise<Response> {
    const { response, text } = await this.#received;
    const body = NULL_BODY_STATUSES.has(response.status) ? null : text;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }

  /**
   * A promise of `map(data)` that keeps this one's response: what a method returns when it derives its result
   * from the body (`{ secureId }` out of a GraphQL envelope, say).
   *
   * @example
   * ```ts
   * const id: ApiPromise<string> = vapi.sessions.get(sessionId).map((session) => session.id);
   * ```
   */
  map<U>(map: (data: T, response: TResponse) => U | PromiseLike<U>): ApiPromise<U, TResponse> {
    return new ApiPromise(this.#received, async (received) => map(await this.#parse(received), received.meta));
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse()
      .then((result) => result.data)
      .then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}

// ApiPromise is a PromiseLike by its `then`; checked here instead of with `implements`, which the published .d.ts
// would repeat and every consumer's type checker would re-verify (about 800 instantiations for the three classes).
type _ApiPromiseIsPromiseLike = AssertTrue<ApiPromise<number> extends PromiseLike<number> ? true : false>;
