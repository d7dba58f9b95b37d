import type { Json } from './types.ts';

/** The spec's `PaginationMeta`. */
export interface PaginationMeta {
  itemsPerPage: number;
  totalItems: number;
  currentPage: number;
  totalPages: number;
  hasNextPage: boolean;
  sortOrder: 'ASC' | 'DESC';
  itemsBeyondRetention: boolean;
  nextCursor?: string;
  createdAtGe?: string;
  createdAtLe?: string;
}

export interface PageRequest {
  readonly page?: number;
  readonly limit?: number;
  readonly cursor?: string;
  readonly sortOrder: 'ASC' | 'DESC';
  readonly createdAtGe?: string;
  readonly createdAtLe?: string;
}

export const DEFAULT_LIMIT = 100;

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor`; `undefined` when it is not one. */
export function decodeCursor(cursor: string): number | undefined {
  try {
    const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of already filtered and sorted items, with the spec's metadata: `page`/`limit` offset paging
 * (page 1, limit 100 by default), or a `cursor` from a previous page when cursors are enabled.
 */
export function paginate<T extends Json>(
  items: readonly T[],
  request: PageRequest,
  options: { readonly cursors: boolean },
): { results: T[]; metadata: PaginationMeta } {
  const limit = request.limit ?? DEFAULT_LIMIT;
  const fromCursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  const offset = fromCursor ?? ((request.page ?? 1) - 1) * limit;
  const results = limit === 0 ? [] : items.slice(offset, offset + limit);
  const hasNextPage = limit > 0 && offset + results.length < items.length;
  const metadata: PaginationMeta = {
    itemsPerPage: limit,
    totalItems: items.length,
    currentPage: limit === 0 ? 1 : Math.floor(offset / limit) + 1,
    totalPages: limit === 0 ? 0 : Math.ceil(items.length / limit),
    hasNextPage,
    sortOrder: request.sortOrder,
    itemsBeyondRetention: false,
  };
  if (options.cursors && hasNextPage) metadata.nextCursor = encodeCursor(offset + results.length);
  if (request.createdAtGe) metadata.createdAtGe = request.createdAtGe;
  if (request.createdAtLe) metadata.createdAtLe = request.createdAtLe;
  return { results, metadata };
}
