import type { AssertTrue, InputMatches, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ListSessionsParams, SessionListQuery } from '../types/params.ts';
import { CommaSeparated } from './limits.ts';
import { pagingShape } from './paging.ts';

const ListSessionsParamsObject = z.strictObject({
  ...pagingShape,
  id: z.optional(z.string()),
  idAny: z.optional(CommaSeparated),
  name: z.optional(z.string()),
  assistantId: z.optional(z.string()),
  assistantIdAny: z.optional(CommaSeparated),
  squadId: z.optional(z.string()),
  workflowId: z.optional(z.string()),
  phoneNumberId: z.optional(z.string()),
  phoneNumberIdAny: z.optional(
    z.pipe(
      z.union([z.string(), z.readonly(z.array(z.string()))]),
      z.transform((value) => (typeof value === 'string' ? [value] : [...value])),
    ),
  ),
  customerNumberAny: z.optional(CommaSeparated),
});

/**
 * Filters of `sessions.list` (spec `GET /session`): paging (`page`, `limit` 0..1000), sorting, the eight
 * `createdAt*`/`updatedAt*` bounds (a `Date` or an ISO string, sent as ISO strings), and the id, name, assistant,
 * squad, workflow, phone-number and customer-number filters. `phoneNumberIdAny` becomes a list (repeated keys), the
 * other `*Any` filters a comma-separated string. Unknown keys are refused.
 *
 * @example
 * ```ts
 * const query: SessionListQuery = ListSessionsParamsSchema.parse({ idAny: ['a', 'b'], createdAtGe: new Date(0) });
 * ```
 */
export const ListSessionsParamsSchema: SchemaOf<SessionListQuery, ListSessionsParams> = ListSessionsParamsObject;

type _ListSessionsIn = AssertTrue<InputMatches<typeof ListSessionsParamsObject, ListSessionsParams>>;
type _ListSessionsOut = AssertTrue<SchemaMatches<typeof ListSessionsParamsObject, SessionListQuery>>;
