import { RequestAbortedError } from '../errors/connection-error.ts';
import { PaginationError } from '../errors/pagination-error.ts';
import { RequestValidationError } from '../errors/validation-errors.ts';
import type { ListOptions } from '../http/client-options.ts';
import type { ResponseMeta } from '../http/response-meta.ts';
import type { AssertTrue } from '../schema/schema-of.ts';
import type { FetchedPage, Paginator } from './paginator.ts';

/**
 * The default page cap of one walk (`ListOptions.maxPages`): 10,000 pages.
 *
 * @example
 * ```ts
 * for await (const session of vapi.sessions.list({}, { maxPages: DEFAULT_MAX_PAGES / 100 })) console.log(session.id);
 * ```
 */
export const DEFAULT_MAX_PAGES = 10_000;

/**
 * The pages that led to a page, newest first (a persistent list: walking again from an earlier page starts a new
 * branch, so re-reading a page is not a cycle), and the cap they share.
 */
interface Trail {
  readonly key: string;
  readonly previous: Trail | undefined;
  readonly pages: number;
  readonly maxPages: number;
}

function onTrail(trail: Trail | undefined, key: string): boolean {
  for (let at = trail; at; at = at.previous) if (at.key === key) return true;
  return false;
}

/**
 * One page of results. Iterate it with `for await` to walk every item across all following pages, fetched
 * lazily one page at a time; `iterPages()` walks whole pages. An aborted `signal` stops the walk. A walk never
 * loops: a next page whose cursor, page number or `nextUri` was already fetched in the same walk, or a walk past
 * `maxPages` (default 10,000), ends with a `PaginationError` after the items already fetched.
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
  readonly #options: ListOptions;
  readonly #next: TParams | undefined;
  readonly #trail: Trail;

  constructor(
    paginator: Paginator<TParams, TItem, TRaw, TResponse>,
    params: TParams,
    fetched: FetchedPage<TItem, TRaw, TResponse>,
    options: ListOptions,
    previous?: Trail,
  ) {
    this.#paginator = paginator;
    this.#options = options;
    this.params = params;
    this.items = fetched.items;
    this.raw = fetched.raw;
    this.response = fetched.response;
    this.#trail = {
      key: paramsKey(params),
      previous,
      pages: (previous?.pages ?? 0) + 1,
      maxPages: previous?.maxPages ?? options.maxPages ?? DEFAULT_MAX_PAGES,
    };
    this.#next = paginator.nextParams(params, fetched);
  }

  /** Fetches the first page. */
  static async first<TItem, TRaw, TParams, TResponse extends ResponseMeta = ResponseMeta>(
    paginator: Paginator<TParams, TItem, TRaw, TResponse>,
    params: TParams,
    options: ListOptions = {},
  ): Promise<Page<TItem, TRaw, TParams, TResponse>> {
    throwIfAborted(options.signal);
    const { maxPages, ...requestOptions } = options;
    if (maxPages !== undefined && !(Number.isInteger(maxPages) && maxPages >= 1)) {
      throw new RequestValidationError('list options', [{ path: 'maxPages', message: 'Must be a whole number ≥ 1' }]);
    }
    return new Page(paginator, params, await paginator.fetchPage(params, requestOptions), options);
  }

  /** Whether another page follows. */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /**
   * Fetches the next page, or returns `null` after the last one.
   *
   * @throws PaginationError when the next page was already fetched in this walk, or the walk reached `maxPages`.
   */
  async nextPage(): Promise<Page<TItem, TRaw, TParams, TResponse> | null> {
    const next = this.#next;
    if (next === undefined) return null;
    const trail = this.#trail;
    if (onTrail(trail, paramsKey(next))) throw new PaginationError('cycle', next, trail.pages);
    if (trail.pages >= trail.maxPages) throw new PaginationError('max-pages', next, trail.pages);
    throwIfAborted(this.#options.signal);
    const { maxPages: _cap, ...requestOptions } = this.#options;
    return new Page(this.#paginator, next, await this.#paginator.fetchPage(next, requestOptions), this.#options, trail);
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

/** A page's identity within a walk: its params as JSON with sorted keys, so `{a, b}` and `{b, a}` are one page. */
function paramsKey(params: unknown): string {
  return JSON.stringify(params, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

// A Page is an AsyncIterable of its items; checked here rather than with `implements` (see ApiPromise).
type _PageIsAsyncIterable = AssertTrue<Page<number> extends AsyncIterable<number> ? true : false>;
