import * as z from 'zod/mini';

/**
 * The cursor listing wrapper of Genesys journey lists (spec `SessionListing`, `EventListing`): `entities` plus the
 * `nextUri` / `selfUri` / `previousUri` links. There is no total and no cursor object: the next page is `nextUri`.
 *
 * @example
 * ```ts
 * const SessionListingSchema = listing(SessionSchema);
 * ```
 */
export function listing<T extends z.core.$ZodType>(entity: T) {
  return z.looseObject({
    entities: z.nullish(z.array(entity)),
    /** The next page, a host-relative URI carrying the `after` cursor; absent on the last page. */
    nextUri: z.nullish(z.string()),
    selfUri: z.nullish(z.string()),
    previousUri: z.nullish(z.string()),
  });
}
