import type { ResponseMeta, WithResponse } from '../http/response-meta.ts';
import type { AssertTrue } from '../schema/schema-of.ts';
import type { Page } from './page.ts';

/**
 * What a list method returns: await it for the first `Page`, or iterate it directly with `for await` to get
 * every item across pages. Nothing is fetched until it is awaited, iterated or asked `.withResponse()`.
 *
 * @example
 * ```ts
 * const first = await vapi.sessions.list({ limit: 10 });
 * for await (const session of vapi.sessions.list()) console.log(session.id);
 * ```
 */
export class PagePromise<TItem, TRaw = unknown, TParams = unknown, TResponse extends ResponseMeta = ResponseMeta> {
  readonly #load: () => Promise<Page<TItem, TRaw, TParams, TResponse>>;
  #promise: Promise<Page<TItem, TRaw, TParams, TResponse>> | undefined;

  constructor(load: () => Promise<Page<TItem, TRaw, TParams, TResponse>>) {
    this.#load = load;
  }

  #page(): Promise<Page<TItem, TRaw, TParams, TResponse>> {
    this.#promise ??= this.#load();
    return this.#promise;
  }

  then<R1 = Page<TItem, TRaw, TParams, TResponse>, R2 = never>(
    onFulfilled?: ((page: Page<TItem, TRaw, TParams, TResponse>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onFulfilled, onRejected);
  }

  catch<R = never>(
    onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<Page<TItem, TRaw, TParams, TResponse> | R> {
    return this.#page().catch(onRejected);
  }

  /**
   * The first page together with the response it came from (status, headers, request id, attempts).
   *
   * @example
   * ```ts
   * const { data: page, response } = await vapi.sessions.list({ limit: 10 }).withResponse();
   * console.log(page.items.length, response.requestId);
   * ```
   */
  async withResponse(): Promise<WithResponse<Page<TItem, TRaw, TParams, TResponse>, TResponse>> {
    const page = await this.#page();
    if (page.response === undefined) throw new TypeError('This page was fetched without its response');
    return { data: page, response: page.response };
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    yield* await this.#page();
  }
}

// A PagePromise is a PromiseLike of its first page and an AsyncIterable of every item; checked here rather than
// with `implements` (see ApiPromise).
type _PagePromiseIsPromiseLike = AssertTrue<
  PagePromise<number> extends PromiseLike<Page<number>> & AsyncIterable<number> ? true : false
>;
