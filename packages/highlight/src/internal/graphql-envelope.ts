import * as z from 'zod/mini';
import type { GraphQLErrorEntry } from '../errors.ts';

const GraphQLErrorSchema = z.looseObject({
  message: z.string(),
  path: z.nullish(z.array(z.union([z.string(), z.number()]))),
  locations: z.nullish(z.array(z.looseObject({ line: z.number(), column: z.number() }))),
  extensions: z.nullish(z.record(z.string(), z.unknown())),
});

/** The GraphQL response envelope: `data` (checked per operation afterwards) and `errors`. */
export const GraphQLEnvelopeSchema = z.looseObject({
  data: z.optional(z.unknown()),
  errors: z.nullish(z.array(GraphQLErrorSchema)),
});

/** One parsed `errors` entry as the client exposes it. */
export function toErrorEntry(error: z.output<typeof GraphQLErrorSchema>): GraphQLErrorEntry {
  const code = error.extensions?.code;
  return {
    message: error.message,
    ...(error.path ? { path: error.path } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.extensions ? { extensions: error.extensions } : {}),
  };
}
