import type { RequestOptions } from '../http/client-options.ts';
import type { ResponseMeta, WithResponse } from '../http/response-meta.ts';
import type { Paginator } from './paginator.ts';
import type { NextParams } from './strategies.ts';

/**
 * How a vendor's list pages: how to fetch one page (with the response it came from), where its items are, and how
 * the next page's params follow from it (a strategy from `strategies.ts`, or the vendor's own rule).
 *
 * @example
 * ```ts
 * const spec: ListPaging<Query, Session, SessionPage> = {
 *   fetch: (query, options) => http.call({ ...options, method: 'GET', path: '/session', query, schema }).withResponse(),
 *   items: (raw) => raw.results,
 *   next: pageNumberStrategy({ pageKey: 'page', limitKey: 'limit', defaultLimit: 100 }),
 * };
 * ```
 */
export interface ListPaging<TParams, TItem, TRaw, TResponse extends ResponseMeta = ResponseMeta> {
  /** Fetches the page `params` name, with its response. */
  fetch(params: TParams, options: RequestOptions): PromiseLike<WithResponse<TRaw, TResponse>>;
  /** The items of a page (`[]` when the vendor sent none). */
  items(raw: TRaw): readonly TItem[];
  /** The params of the next page, or `undefined` after the last. */
  readonly next: NextParams<TParams, TItem, TRaw>;
}

/**
 * The paginator every client builds its lists on: one page per `fetch`, each keeping the response it came from
 * (`page.response`, `PagePromise.withResponse()`), the walk ruled by `next`, cycles and the page cap by `Page`.
 *
 * @example
 * ```ts
 * const paginator = listPaginator(spec);
 * return new PagePromise(() => Page.first(paginator, query, options));
 * ```
 */
export function listPaginator<TParams, TItem, TRaw, TResponse extends ResponseMeta = ResponseMeta>(
  spec: ListPaging<TParams, TItem, TRaw, TResponse>,
): Paginator<TParams, TItem, TRaw, TResponse> {
  return {
    async fetchPage(params, options) {
      const { data, response } = await spec.fetch(params, options);
      return { items: spec.items(data), raw: data, response };
    },
    nextParams: spec.next,
  };
}
