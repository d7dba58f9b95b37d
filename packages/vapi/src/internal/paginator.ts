import type { FetchedPage, Paginator, RequestOptions } from '@sessionkit/core';
import type { PaginationMeta } from '../schemas/pagination.ts';

/** Query params every Vapi list understands. */
export interface PagingQuery {
  readonly page?: number | undefined;
  readonly cursor?: string | undefined;
}

/** A raw Vapi page. */
export interface RawPage<TItem> {
  readonly results: readonly TItem[];
  readonly metadata: PaginationMeta;
}

/**
 * Vapi's paging: `page`/`limit` offset paging, switching to the keyset `cursor` as soon as the server returns
 * `metadata.nextCursor`. The walk stops on an empty page, when `hasNextPage` is false, at `totalPages`, on a short
 * page, or (in cursor mode) when no further cursor comes back.
 */
export function vapiPaginator<TQuery extends PagingQuery, TItem, TRaw extends RawPage<TItem>>(
  fetchPage: (query: TQuery, options: RequestOptions) => Promise<TRaw>,
): Paginator<TQuery, TItem, TRaw> {
  return {
    async fetchPage(query, options) {
      const raw = await fetchPage(query, options);
      return { items: raw.results, raw };
    },
    nextParams: nextQuery,
  };
}

function nextQuery<TQuery extends PagingQuery, TItem, TRaw extends RawPage<TItem>>(
  query: TQuery,
  page: FetchedPage<TItem, TRaw>,
): TQuery | undefined {
  const meta = page.raw.metadata;
  if (page.items.length === 0 || meta.hasNextPage === false) return undefined;
  if (meta.nextCursor) {
    const { page: _page, ...rest } = query;
    return { ...rest, cursor: meta.nextCursor } as TQuery;
  }
  if (query.cursor !== undefined) return undefined;
  const current = query.page ?? 1;
  const next = { ...query, page: current + 1 };
  if (meta.hasNextPage === true) return next;
  if (typeof meta.totalPages === 'number') return current < meta.totalPages ? next : undefined;
  return page.items.length < meta.itemsPerPage ? undefined : next;
}
