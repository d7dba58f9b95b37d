import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Session } from '../types/session.ts';
import { FieldSchema } from './field.ts';
import { GraphSessionObject } from './graph-session.ts';
import { Timestamp } from './scalars.ts';

const Count = z.nullable(z.int().check(z.nonnegative()));

/** The unannotated object (its shape lists the declared keys). */
export const SessionObject = z.extend(GraphSessionObject, {
  fields: z.array(FieldSchema),
  project_id: z.nullable(z.string()),
  user_agent: z.nullable(z.string()),
  started_at: Timestamp,
  last_active_at: Timestamp,
  url: z.nullable(z.string()),
  events_count: Count,
  messages_count: Count,
  errors_count: Count,
});

/**
 * `Session` as a schema: every field of `GraphSessionSchema` plus the derived seed fields (see `Session`); unknown
 * fields kept.
 *
 * @example
 * ```ts
 * const session = SessionSchema.parse(stored); // a Session, checked
 * ```
 */
export const SessionSchema: SchemaOf<Session> = SessionObject;

type _SessionMatches = AssertTrue<SchemaMatches<typeof SessionObject, Session>>;
