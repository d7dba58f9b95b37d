import type {
  FetchedPage,
  HttpClient,
  HttpRequest,
  Paginator,
  QueryParams,
  QueryValue,
  ResponseMeta,
} from '@sessionkit/core';
import type * as z from 'zod/mini';
import type { PaginationMeta } from '../types/pagination.ts';

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
 * page, or (in cursor mode) when no further cursor comes back. Each fetched page keeps the facts of its response
 * (`page.response`, `PagePromise.withResponse()`).
 */
export function vapiPaginator<
  TQuery extends PagingQuery & { readonly [K in keyof TQuery]: QueryValue },
  TItem,
  TRaw extends RawPage<TItem>,
>(
  http: HttpClient,
  request: Pick<HttpRequest<z.ZodMiniType<TRaw, unknown>>, 'method' | 'path' | 'schema'>,
): Paginator<TQuery, TItem, TRaw, ResponseMeta> {
  return {
    async fetchPage(query, options) {
      // A validated list query holds only strings, numbers and string lists: query params as they are.
      const { data, meta } = await http.requestWithMeta({ ...options, ...request, query: query as QueryParams });
      return { items: data.results, raw: data, response: meta };
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
