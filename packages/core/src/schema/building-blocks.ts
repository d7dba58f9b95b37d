import * as z from 'zod/mini';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;

/**
 * An ISO 8601 date-time string as vendors send it (`Z` or an offset, optional fractional seconds). Kept as a
 * string so a response round-trips unchanged.
 *
 * @example
 * ```ts
 * IsoDateTime.parse('2026-03-01T12:00:00.123+01:00'); // '2026-03-01T12:00:00.123+01:00', unchanged
 * IsoDateTime.safeParse('yesterday').success; // false
 * ```
 */
export const IsoDateTime = z.string().check(z.regex(ISO_DATE_TIME, { error: 'Expected an ISO 8601 date-time' }));

/**
 * A date-time given as input: a `Date` or an ISO 8601 string, sent as an ISO string. Invalid dates are rejected.
 *
 * @example
 * ```ts
 * DateTimeInput.parse(new Date(0)); // '1970-01-01T00:00:00.000Z'
 * ```
 */
export const DateTimeInput = z.pipe(
  z.union([z.date(), IsoDateTime]),
  z.transform((value, context) => {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      context.issues.push({ code: 'custom', message: 'Invalid date', input: value });
      return z.NEVER;
    }
    return date.toISOString();
  }),
);

/**
 * A non-empty identifier used in a URL path.
 *
 * @example
 * ```ts
 * PathId.parse('3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa'); // the id
 * PathId.safeParse('').success; // false: 'Must be a non-empty string'
 * ```
 */
export const PathId = z.string().check(z.minLength(1, { error: 'Must be a non-empty string' }));

/**
 * Any JSON object; unknown keys kept. For vendor objects sessionkit does not model field by field.
 *
 * @example
 * ```ts
 * JsonObject.parse({ plan: 'pro', seats: 3 }); // { plan: 'pro', seats: 3 }
 * JsonObject.safeParse([1, 2]).success; // false
 * ```
 */
export const JsonObject = z.record(z.string(), z.unknown());
