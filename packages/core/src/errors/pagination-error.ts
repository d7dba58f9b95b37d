import { SessionkitError } from './sessionkit-error.ts';

/**
 * Why a walk over pages was stopped: the vendor pointed back at a page already fetched (`cycle`), or the walk
 * reached its page cap (`max-pages`).
 *
 * @example
 * ```ts
 * const reason: PaginationErrorReason = 'cycle';
 * ```
 */
export type PaginationErrorReason = 'cycle' | 'max-pages';

/**
 * A walk over pages ended because it would never end: the next page's cursor, page number or `nextUri` was one
 * already fetched in this walk (a vendor bug that would loop forever), or the walk reached `maxPages`. The items
 * of the pages already fetched have been delivered.
 *
 * @example
 * ```ts
 * try {
 *   for await (const session of vapi.sessions.list()) console.log(session.id);
 * } catch (error) {
 *   if (error instanceof PaginationError) console.warn(error.reason, error.pages, error.params);
 *   else throw error;
 * }
 * ```
 */
export class PaginationError extends SessionkitError {
  static override readonly brand: string = 'PaginationError';
  /** `cycle` or `max-pages`. */
  readonly reason: PaginationErrorReason;
  /** The params of the page that was not fetched (for a cycle: the repeated cursor, page or `nextUri`). */
  readonly params: unknown;
  /** Pages fetched in this walk. */
  readonly pages: number;

  constructor(reason: PaginationErrorReason, params: unknown, pages: number) {
    super(
      reason === 'cycle'
        ? `Pagination stopped after ${pages} page(s): the next page ${describe(params)} was already fetched in this walk`
        : `Pagination stopped after ${pages} page(s): the walk reached maxPages`,
    );
    this.reason = reason;
    this.params = params;
    this.pages = pages;
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason, params: this.params, pages: this.pages };
  }
}

function describe(params: unknown): string {
  const text = JSON.stringify(params) ?? String(params);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
