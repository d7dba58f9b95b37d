import * as z from 'zod/mini';

/**
 * A session secure id as a method argument: any non-empty string except the dot segments `.` and `..` (refused like
 * every sessionkit id). Highlight's SDKs generate 28 characters of `[A-Za-z0-9]`; other ids are sent as given (they
 * travel in GraphQL variables, never in a URL).
 *
 * @example
 * ```ts
 * SecureIdSchema.safeParse('').success; // false
 * SecureIdSchema.parse('k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E'); // the id
 * ```
 */
export const SecureIdSchema: z.ZodMiniType<string, string> = z.string({ error: 'Must be a string' }).check(
  z.minLength(1, { error: 'Must not be empty' }),
  z.refine((value) => value !== '.' && value !== '..', { error: 'Must not be a dot segment' }),
);
