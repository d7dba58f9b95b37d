/**
 * Paging metadata of every Vapi list (spec `PaginationMeta`).
 *
 * @example
 * ```ts
 * const meta: PaginationMeta = (await vapi.sessions.list({ limit: 50 })).raw.metadata;
 * console.log(meta.totalItems, meta.hasNextPage);
 * ```
 */
export interface PaginationMeta {
  /** Items per page, as the server applied it (the page size). */
  itemsPerPage: number;
  /** Items matching the filters, over all pages. */
  totalItems: number;
  /** The number of this page, from 1. */
  currentPage: number;
  /** Pages in all, when Vapi reports it. */
  totalPages?: number | null | undefined;
  /** Whether another page follows, when Vapi reports it. */
  hasNextPage?: boolean | null | undefined;
  /**
   * Opaque cursor for the next page under keyset pagination. Pass it back as the `cursor` query param to fetch the
   * next page without an OFFSET scan. Present only when a further page likely exists.
   */
  nextCursor?: string | null | undefined;
  /** The sort order applied: `ASC`, `DESC`, or a value Vapi adds later. */
  sortOrder?: 'ASC' | 'DESC' | (string & {}) | null | undefined;
  /** More matches exist beyond the org's retention window. */
  itemsBeyondRetention?: boolean | null | undefined;
  /** The upper `createdAt` bound applied (ISO 8601). */
  createdAtLe?: string | null | undefined;
  /** The lower `createdAt` bound applied (ISO 8601). */
  createdAtGe?: string | null | undefined;
}
