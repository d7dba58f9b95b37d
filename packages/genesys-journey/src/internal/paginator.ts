import {
  type ListOptions,
  listPaginator,
  nextUriStrategy,
  Page,
  PagePromise,
  type QueryParams,
  ResponseValidationError,
} from '@sessionkit/core';
import type * as z from 'zod/mini';
import type { GenesysResponse } from '../genesys-response.ts';
import type { Transport } from './transport.ts';

/** A raw cursor listing: `entities` and the `nextUri` of the next page. */
export interface RawListing<TItem> {
  readonly entities?: readonly TItem[] | null | undefined;
  readonly nextUri?: string | null | undefined;
}

/** A page request: the resource path with a query, or the `nextUri` of the previous page. */
export type PageRequest = { readonly path: string; readonly query?: QueryParams | undefined };

const ANY_ORIGIN = 'http://genesys.invalid';

/**
 * The path and query of a `nextUri`, resolved against the list's own path: Genesys sends it host-relative
 * (`/api/v2/…?after=…`); an absolute URL keeps only its path and query, so pages always go to the configured base.
 */
export function nextUriPath(nextUri: string, listPath: string): string {
  let url: URL;
  try {
    url = new URL(nextUri, ANY_ORIGIN + listPath);
  } catch {
    throw new ResponseValidationError([{ path: 'nextUri', message: 'Not a URI' }], { body: { nextUri } });
  }
  return url.pathname + url.search;
}

/**
 * The request of a page (Genesys' paging rule on top of core's `nextUriStrategy`): the first page is `listPath`
 * with the validated query; each next page is the `nextUri` of the previous one, resolved by `nextUriPath`.
 */
function pageRequest(params: { readonly nextUri?: string | undefined }, listPath: string): PageRequest {
  const { nextUri, ...query } = params;
  return nextUri === undefined
    ? { path: listPath, query: query as QueryParams }
    : { path: nextUriPath(nextUri, listPath) };
}

/**
 * A Genesys cursor list on core's `listPaginator`: `prepare` (run when the list is first awaited or iterated, so
 * invalid input rejects) gives the list's path and validated query; each next page is the `nextUri` of the previous
 * one, requested as is, until a page comes back without `nextUri` (or empty). Every page keeps the
 * `GenesysResponse` it came from (`page.response`, `PagePromise.withResponse()`); `options.maxPages` caps the walk
 * and a `nextUri` already fetched ends it, both with core's `PaginationError`.
 */
export function nextUriList<
  TQuery extends { readonly nextUri?: string | undefined },
  TItem,
  TRaw extends RawListing<TItem>,
>(
  transport: Transport,
  schema: z.core.$ZodType<TRaw>,
  prepare: () => { readonly listPath: string; readonly query: TQuery },
  options: ListOptions,
): PagePromise<TItem, TRaw, TQuery, GenesysResponse> {
  return new PagePromise(async () => {
    const { listPath, query } = prepare();
    const paginator = listPaginator<TQuery, TItem, TRaw, GenesysResponse>({
      fetch: (params, requestOptions) =>
        transport
          .call(() => ({ ...requestOptions, method: 'GET', ...pageRequest(params, listPath), schema }))
          .withResponse(),
      items: (raw) => raw.entities ?? [],
      next: nextUriStrategy<TQuery, TItem, TRaw>({ nextUri: (raw) => raw.nextUri }),
    });
    return Page.first(paginator, query, options);
  });
}
