import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

const englishMessages = en().localeError;

/**
 * Runs `schema` over `data` with English issue messages. zod/mini ships no locale, so the messages are chosen
 * here, per parse, instead of through a global `z.config()` that would change other libraries' zod too.
 */
export function check<S extends z.core.$ZodType>(schema: S, data: unknown): z.core.util.SafeParseResult<z.output<S>> {
  return z.safeParse(schema, data, { error: englishMessages });
}
