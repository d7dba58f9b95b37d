import type { FetchedPage } from './paginator.ts';

/**
 * Next-params function of a paginator.
 *
 * @example
 * ```ts
 * // Offset paging: the next page starts after this one; a short page is the last.
 * const nextParams: NextParams<ListParams, Session, SessionPage> = (params, page) =>
 *   page.items.length < params.limit ? undefined : { ...params, offset: (params.offset ?? 0) + params.limit };
 * ```
 */
export type NextParams<TParams, TItem, TRaw> = (params: TParams, page: FetchedPage<TItem, TRaw>) => TParams | undefined;

/**
 * Page-number paging (`page=1,2,3…`). Stops on an empty page, when the vendor says there is no next page, or when
 * the page number reaches the reported `totalPages`. When the vendor reports `totalItems`, the walk goes on until
 * `page × limit` reaches it, even past a short page (a page can come back short and still not be the last);
 * without it, a short page is the last.
 *
 * @example
 * ```ts
 * pageNumberStrategy<Params, Session, Raw>({ pageKey: 'page', limitKey: 'limit', defaultLimit: 100,
 *   totalPages: (raw) => raw.metadata.totalPages });
 * ```
 */
export function pageNumberStrategy<TParams extends Record<string, unknown>, TItem, TRaw>(options: {
  readonly pageKey: keyof TParams & string;
  readonly limitKey: keyof TParams & string;
  readonly defaultLimit: number;
  readonly firstPage?: number;
  readonly hasNextPage?: (raw: TRaw) => boolean | undefined;
  readonly totalPages?: (raw: TRaw) => number | undefined;
  readonly totalItems?: (raw: TRaw) => number | undefined;
}): NextParams<TParams, TItem, TRaw> {
  return (params, page) => {
    const first = options.firstPage ?? 1;
    const current = Number(params[options.pageKey] ?? first);
    const limit = Number(params[options.limitKey] ?? options.defaultLimit);
    if (page.items.length === 0 || options.hasNextPage?.(page.raw) === false) return undefined;
    const totalPages = options.totalPages?.(page.raw);
    if (totalPages !== undefined && current >= totalPages) return undefined;
    const totalItems = options.totalItems?.(page.raw);
    if (totalItems !== undefined) {
      if ((current - first + 1) * limit >= totalItems) return undefined;
    } else if (page.items.length < limit) return undefined;
    return { ...params, [options.pageKey]: current + 1 };
  };
}

/**
 * Cursor paging: the response names a cursor, sent back as `cursorKey` for the next page; no cursor, or an
 * empty page, ends the walk.
 *
 * @example
 * ```ts
 * const nextParams = cursorStrategy<ListParams, Session, SessionPage>({
 *   cursorKey: 'cursor',
 *   nextCursor: (raw) => raw.metadata.nextCursor,
 * });
 * ```
 */
export function cursorStrategy<TParams extends Record<string, unknown>, TItem, TRaw>(options: {
  readonly cursorKey: keyof TParams & string;
  readonly nextCursor: (raw: TRaw) => string | null | undefined;
}): NextParams<TParams, TItem, TRaw> {
  return (params, page) => {
    const cursor = options.nextCursor(page.raw);
    if (!cursor || page.items.length === 0) return undefined;
    return { ...params, [options.cursorKey]: cursor };
  };
}

/**
 * Next-URI paging: the response carries the URI of the next page, requested as is; no URI ends the walk.
 * Params become `{ nextUri }` after the first page.
 *
 * @example
 * ```ts
 * // Genesys-style pages: `{ entities: [...], nextUri: '/api/v2/…?cursor=…' }`
 * const nextParams = nextUriStrategy<ListParams, Session, SessionPage>({ nextUri: (raw) => raw.nextUri });
 * ```
 */
export function nextUriStrategy<TParams extends { nextUri?: string | undefined }, TItem, TRaw>(options: {
  readonly nextUri: (raw: TRaw) => string | null | undefined;
}): NextParams<TParams, TItem, TRaw> {
  return (params, page) => {
    const nextUri = options.nextUri(page.raw);
    if (!nextUri || page.items.length === 0) return undefined;
    return { ...params, nextUri };
  };
}
