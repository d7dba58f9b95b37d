import { unknownFieldsOf } from '@sessionkit/core';
import type * as z from 'zod/mini';
import { ErrorObjectObject, ErrorTraceObject } from './schemas/error-object.ts';
import { FieldObject } from './schemas/field.ts';
import { GraphSessionObject } from './schemas/graph-session.ts';
import { SessionObject } from './schemas/session.ts';
import { SessionIntervalObject } from './schemas/session-interval.ts';
import { SessionResultsObject } from './schemas/session-results.ts';
import type { ErrorObject, ErrorTrace } from './types/error-object.ts';
import type { Field } from './types/field.ts';
import type { GraphSession } from './types/graph-session.ts';
import type { Session } from './types/session.ts';
import type { SessionInterval } from './types/session-interval.ts';
import type { SessionResults } from './types/session-results.ts';

/**
 * The response types of this client, by name: what `unknownFields` reads.
 *
 * @example
 * ```ts
 * const name: keyof HighlightResponseTypes = 'Session';
 * ```
 */
export interface HighlightResponseTypes {
  /** A session as the client returns it (`sessions.get`, search items). */
  Session: Session;
  /** A session as the private graph returns it (`page.raw.sessions[n]`). */
  GraphSession: GraphSession;
  /** A page of search results (`page.raw`). */
  SessionResults: SessionResults;
  /** An active or inactive period (`sessions.intervals`). */
  SessionInterval: SessionInterval;
  /** An error of a session (`sessions.errors`). */
  ErrorObject: ErrorObject;
  /** A stack frame of an error (`error.structured_stack_trace[n]`). */
  ErrorTrace: ErrorTrace;
  /** A session field (`session.fields[n]`). */
  Field: Field;
}

type TypeName = keyof HighlightResponseTypes;

const SCHEMAS: Readonly<Record<TypeName, z.core.$ZodType>> = {
  Session: SessionObject,
  GraphSession: GraphSessionObject,
  SessionResults: SessionResultsObject,
  SessionInterval: SessionIntervalObject,
  ErrorObject: ErrorObjectObject,
  ErrorTrace: ErrorTraceObject,
  Field: FieldObject,
};

/** Which type an object is, from the keys only it requires. */
function typeOf(value: object): TypeName {
  if ('sessions' in value && 'totalCount' in value) return 'SessionResults';
  if ('secure_id' in value && 'started_at' in value && 'user_agent' in value) return 'Session';
  if ('secure_id' in value && 'client_id' in value) return 'GraphSession';
  if ('session_secure_id' in value && 'start_time' in value) return 'SessionInterval';
  if ('error_group_secure_id' in value) return 'ErrorObject';
  if ('name' in value && 'value' in value) return 'Field';
  return 'ErrorTrace';
}

/**
 * The fields of a response object that its type does not declare — what Highlight sent that this package does not
 * know — as a new frozen object (empty when there are none). The lenient validation keeps such fields at run time;
 * the types leave them out so that a misspelt field does not compile. One level: for nested objects
 * (`session.fields[0]`, `error.structured_stack_trace[0]`), pass the nested value with its own type name. Without a
 * type name the type is recognised from the keys only it requires. Under `validation: 'strict'` such fields are
 * refused instead.
 *
 * @param value - a value this package returned (or `null`/`undefined`, which give `{}`).
 * @param type - the name of its type, as in `HighlightResponseTypes`.
 *
 * @example
 * ```ts
 * const session = await hl.sessions.get(secureId);
 * const extra = unknownFields(session, 'Session'); // e.g. { session_feedback: [...] } once the graph sends it
 * const fieldExtra = unknownFields(session.fields[0], 'Field');
 * ```
 */
export function unknownFields<K extends TypeName>(
  value: HighlightResponseTypes[K] | null | undefined,
  type?: K,
): Readonly<Record<string, unknown>> {
  const name = type ?? (typeof value === 'object' && value !== null ? typeOf(value) : 'Session');
  return unknownFieldsOf(SCHEMAS[name], value);
}
