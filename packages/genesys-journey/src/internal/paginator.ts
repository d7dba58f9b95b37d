import {
  nextUriStrategy,
  type Paginator,
  type QueryParams,
  type RequestOptions,
  ResponseValidationError,
} from '@sessionkit/core';
import type { GenesysResponse } from '../genesys-response.ts';

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
 * Genesys cursor paging: the first page is `listPath` with the validated query; each next page is the `nextUri` of
 * the previous one, requested as is, until a page comes back without `nextUri` (or empty). Every page keeps the
 * `GenesysResponse` it came from (`page.response`, `PagePromise.withResponse()`).
 */
export function nextUriPaginator<
  TQuery extends { readonly nextUri?: string | undefined },
  TItem,
  TRaw extends RawListing<TItem>,
>(
  listPath: string,
  fetchPage: (
    request: PageRequest,
    options: RequestOptions,
  ) => Promise<{ readonly data: TRaw; readonly response: GenesysResponse }>,
): Paginator<TQuery, TItem, TRaw, GenesysResponse> {
  return {
    async fetchPage(params, options) {
      const { nextUri, ...query } = params;
      const request: PageRequest =
        nextUri === undefined
          ? { path: listPath, query: query as QueryParams }
          : { path: nextUriPath(nextUri, listPath) };
      const { data: raw, response } = await fetchPage(request, options);
      return { items: raw.entities ?? [], raw, response };
    },
    nextParams: nextUriStrategy<TQuery, TItem, TRaw>({ nextUri: (raw) => raw.nextUri }),
  };
}
