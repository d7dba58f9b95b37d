import {
  type FetchedPage,
  type HttpClient,
  listPaginator,
  type Paginator,
  type QueryParams,
  type QueryValue,
  type SchemaOf,
} from '@sessionkit/core';
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
 * A Vapi list (`GET path`) on core's `listPaginator`: each page fetched with its response (`page.response`,
 * `PagePromise.withResponse()`), its items in `results`, the next page by Vapi's own rule (`nextVapiPage`).
 */
export function vapiPaginator<
  TQuery extends PagingQuery & { readonly [K in keyof TQuery]: QueryValue },
  TItem,
  TRaw extends RawPage<TItem>,
>(http: HttpClient, path: string, schema: SchemaOf<TRaw>): Paginator<TQuery, TItem, TRaw> {
  return listPaginator({
    // A validated list query holds only strings, numbers and string lists: query params as they are.
    fetch: (query, options) =>
      http.call({ ...options, method: 'GET', path, query: query as QueryParams, schema }).withResponse(),
    items: (raw) => raw.results,
    next: nextVapiPage,
  });
}

/**
 * Vapi's paging rule: `page`/`limit` offset paging, switching to the keyset `cursor` as soon as the server returns
 * `metadata.nextCursor`. The walk stops on an empty page, when `hasNextPage` is false, at `totalPages`, on a page
 * shorter than the server-reported `itemsPerPage`, or (in cursor mode) when no further cursor comes back. Core's
 * `pageNumberStrategy` cannot express it: a page counts as short against the server's `itemsPerPage`, not the
 * requested `limit` (Vapi caps it), and `hasNextPage: true` goes on past `totalPages`. Metadata that drifted (a
 * lenient page delivered as sent) reads as absent: a `nextCursor` that is not a string is no cursor, and a missing
 * `itemsPerPage` lets the walk go on to the next page (it ends on an empty one). A cursor seen before ends the walk
 * with core's `PaginationError` (`Page` checks every next page against the walk so far).
 */
export function nextVapiPage<TQuery extends PagingQuery, TItem, TRaw extends RawPage<TItem>>(
  query: TQuery,
  page: FetchedPage<TItem, TRaw>,
): TQuery | undefined {
  const meta = page.raw.metadata;
  if (page.items.length === 0 || meta.hasNextPage === false) return undefined;
  if (typeof meta.nextCursor === 'string' && meta.nextCursor !== '') {
    const { page: _page, ...rest } = query;
    return { ...rest, cursor: meta.nextCursor } as TQuery;
  }
  if (query.cursor !== undefined) return undefined;
  const current = query.page ?? 1;
  const next = { ...query, page: current + 1 };
  if (meta.hasNextPage === true) return next;
  if (typeof meta.totalPages === 'number') return current < meta.totalPages ? next : undefined;
  return typeof meta.itemsPerPage === 'number' && page.items.length < meta.itemsPerPage ? undefined : next;
}
