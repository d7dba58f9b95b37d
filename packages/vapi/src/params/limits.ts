import * as z from 'zod/mini';

/** A string of at most `max` characters, with a message that names the limit. */
export function maxChars(max: number) {
  return z.string().check(z.maxLength(max, { error: `Must be at most ${max} characters` }));
}

/** A session or chat name: Vapi allows at most 40 characters. */
export const Name = maxChars(40);

/** `active` or `completed`. */
export const SessionStatusInput = z.enum(['active', 'completed']);

/** Seconds until an idle session expires: 60 (1 minute) to 2 592 000 (30 days). */
export const ExpirationSeconds = z
  .number()
  .check(
    z.minimum(60, { error: 'Must be at least 60 seconds' }),
    z.maximum(2_592_000, { error: 'Must be at most 2592000 seconds (30 days)' }),
  );

/** A list of ids, given as an array or as one comma-separated string; sent comma-separated. */
export const CommaSeparated = z.pipe(
  z.union([z.string(), z.readonly(z.array(z.string()))]),
  z.transform((value) => (typeof value === 'string' ? value : value.join(','))),
);
