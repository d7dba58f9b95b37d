import type { RequestOptions } from '../http/client-options.ts';
import type { ResponseMeta } from '../http/response-meta.ts';

/**
 * One fetched page: its items and the raw response body (the page metadata).
 *
 * @example
 * ```ts
 * const raw = await http.request({ method: 'GET', path: '/session', query: params, schema: SessionPageSchema });
 * const fetched: FetchedPage<Session, SessionPage> = { items: raw.results, raw };
 * ```
 */
export interface FetchedPage<TItem, TRaw, TResponse extends ResponseMeta = ResponseMeta> {
  /** The page's items. */
  readonly items: readonly TItem[];
  /** The page's body as validated, with the vendor's paging metadata. */
  readonly raw: TRaw;
  /** Facts about the response the page came from, when the paginator kept them. */
  readonly response?: TResponse | undefined;
}

/**
 * How a vendor pages: fetch one page for some params, and derive the next page's params from it (or `undefined`
 * on the last page). The strategies in `strategies.ts` build `nextParams` for the common styles.
 *
 * @example
 * ```ts
 * const paginator: Paginator<ListParams, Session, z.output<typeof PageSchema>> = {
 *   async fetchPage(query, options) {
 *     const raw = await http.request({ ...options, method: 'GET', path: '/session', query, schema: PageSchema });
 *     return { items: raw.results, raw };
 *   },
 *   nextParams: cursorStrategy({ cursorKey: 'cursor', nextCursor: (raw) => raw.nextCursor }),
 * };
 * const sessions = new PagePromise(() => Page.first(paginator, { limit: 50 }));
 * ```
 */
export interface Paginator<TParams, TItem, TRaw, TResponse extends ResponseMeta = ResponseMeta> {
  /** Fetches the page that `params` name. */
  fetchPage(params: TParams, options: RequestOptions): Promise<FetchedPage<TItem, TRaw, TResponse>>;
  /** The params of the page after `page`, or `undefined` when `page` is the last. */
  nextParams(params: TParams, page: FetchedPage<TItem, TRaw, TResponse>): TParams | undefined;
}
