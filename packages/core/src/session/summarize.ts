import { RequestValidationError } from '../errors/validation-errors.ts';
import type { SessionSummary } from './session-summary.ts';

/**
 * The take-and-map every `recentSummaries()` does: maps each session of `sessions` to its summary, in order, and
 * stops after `maxItems` (all when unset), fetching no page more than it needs.
 *
 * @throws RequestValidationError when `maxItems` is not a whole number ≥ 0 (before anything is fetched).
 * @example
 * ```ts
 * async *recentSummaries({ maxItems, ...options }: RecentSessionsOptions = {}) {
 *   yield* summarize(this.list({ sortOrder: 'DESC' }, options), (session) => this.toSummary(session), maxItems);
 * }
 * ```
 */
export async function* summarize<T>(
  sessions: AsyncIterable<T>,
  toSummary: (session: T) => SessionSummary,
  maxItems: number | undefined,
): AsyncGenerator<SessionSummary, void, undefined> {
  if (maxItems !== undefined && !(Number.isInteger(maxItems) && maxItems >= 0)) {
    throw new RequestValidationError('recent sessions options', [
      { path: 'maxItems', message: 'Must be a whole number ≥ 0' },
    ]);
  }
  if (maxItems === 0) return;
  let count = 0;
  for await (const session of sessions) {
    yield toSummary(session);
    count += 1;
    if (maxItems !== undefined && count >= maxItems) return;
  }
}
