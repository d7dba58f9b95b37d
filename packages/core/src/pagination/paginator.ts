import type { RequestOptions } from '../http/client-options.ts';

/** One fetched page: its items and the raw response body (the page metadata). */
export interface FetchedPage<TItem, TRaw> {
  readonly items: readonly TItem[];
  readonly raw: TRaw;
}

/**
 * How a vendor pages: fetch one page for some params, and derive the next page's params from it (or `undefined`
 * on the last page). The strategies in `strategies.ts` build `nextParams` for the common styles.
 */
export interface Paginator<TParams, TItem, TRaw> {
  fetchPage(params: TParams, options: RequestOptions): Promise<FetchedPage<TItem, TRaw>>;
  nextParams(params: TParams, page: FetchedPage<TItem, TRaw>): TParams | undefined;
}
