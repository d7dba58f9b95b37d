import { RequestAbortedError } from '../errors/connection-error.ts';
import type { RequestOptions } from '../http/client-options.ts';
import type { ResponseMeta } from '../http/response-meta.ts';
import type { AssertTrue } from '../schema/schema-of.ts';
import type { FetchedPage, Paginator } from './paginator.ts';

/**
 * One page of results. Iterate it with `for await` to walk every item across all following pages, fetched
 * lazily one page at a time; `iterPages()` walks whole pages. An aborted `signal` stops the walk.
 *
 * @example
 * ```ts
 * const page = await vapi.sessions.list({ limit: 50 });
 * console.log(page.items.length, page.hasNextPage());
 * for await (const session of page) console.log(session.id);
 * ```
 */
export class Page<TItem, TRaw = unknown, TParams = unknown, TResponse extends ResponseMeta = ResponseMeta> {
  /** The items of this page. */
  readonly items: readonly TItem[];
  /** The raw page body, with the vendor's paging metadata. */
  readonly raw: TRaw;
  /** The params this page was fetched with. */
  readonly params: TParams;
  /** Facts about the response this page came from (status, headers, request id, attempts), when known. */
  readonly response: TResponse | undefined;
  readonly #paginator: Paginator<TParams, TItem, TRaw, TResponse>;
  readonly #options: RequestOptions;
  readonly #next: TParams | undefined;

  constructor(
    paginator: Paginator<TParams, TItem, TRaw, TResponse>,
    params: TParams,
    fetched: FetchedPage<TItem, TRaw, TResponse>,
    options: RequestOptions,
  ) {
    this.#paginator = paginator;
    this.#options = options;
    this.params = params;
    this.items = fetched.items;
    this.raw = fetched.raw;
    this.response = fetched.response;
    const next = paginator.nextParams(params, fetched);
    this.#next = next !== undefined && !sameParams(next, params) ? next : undefined;
  }

  /** Fetches the first page. */
  static async first<TItem, TRaw, TParams, TResponse extends ResponseMeta = ResponseMeta>(
    paginator: Paginator<TParams, TItem, TRaw, TResponse>,
    params: TParams,
    options: RequestOptions = {},
  ): Promise<Page<TItem, TRaw, TParams, TResponse>> {
    throwIfAborted(options.signal);
    return new Page(paginator, params, await paginator.fetchPage(params, options), options);
  }

  /** Whether another page follows. */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** Fetches the next page, or returns `null` after the last one. */
  async nextPage(): Promise<Page<TItem, TRaw, TParams, TResponse> | null> {
    if (this.#next === undefined) return null;
    return Page.first(this.#paginator, this.#next, this.#options);
  }

  /** Walks this page and every following one. */
  async *iterPages(): AsyncGenerator<Page<TItem, TRaw, TParams, TResponse>, void, undefined> {
    let page: Page<TItem, TRaw, TParams, TResponse> | null = this;
    while (page) {
      yield page;
      page = await page.nextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const page of this.iterPages()) {
      for (const item of page.items) {
        throwIfAborted(this.#options.signal);
        yield item;
      }
    }
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RequestAbortedError('Pagination was aborted by the caller');
}

function sameParams(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// A Page is an AsyncIterable of its items; checked here rather than with `implements` (see ApiPromise).
type _PageIsAsyncIterable = AssertTrue<Page<number> extends AsyncIterable<number> ? true : false>;
