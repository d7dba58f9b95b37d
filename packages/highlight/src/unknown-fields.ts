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
 * The response objects of this client, by name: what `unknownFields` reads.
 *
 * @example
 * ```ts
 * const model: HighlightModels['Session'] = await hl.sessions.get(secureId);
 * ```
 */
export interface HighlightModels {
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

/**
 * The name of one of `HighlightModels`.
 *
 * @example
 * ```ts
 * const model: HighlightModelName = 'Session';
 * ```
 */
export type HighlightModelName = keyof HighlightModels;

const DECLARED: Readonly<Record<HighlightModelName, ReadonlySet<string>>> = {
  Session: new Set(Object.keys(SessionObject.shape)),
  GraphSession: new Set(Object.keys(GraphSessionObject.shape)),
  SessionResults: new Set(Object.keys(SessionResultsObject.shape)),
  SessionInterval: new Set(Object.keys(SessionIntervalObject.shape)),
  ErrorObject: new Set(Object.keys(ErrorObjectObject.shape)),
  ErrorTrace: new Set(Object.keys(ErrorTraceObject.shape)),
  Field: new Set(Object.keys(FieldObject.shape)),
};

/** Which model an object is, from the keys only it requires. */
function modelOf(value: object): HighlightModelName {
  if ('sessions' in value && 'totalCount' in value) return 'SessionResults';
  if ('secure_id' in value && 'started_at' in value && 'user_agent' in value) return 'Session';
  if ('secure_id' in value && 'client_id' in value) return 'GraphSession';
  if ('session_secure_id' in value && 'start_time' in value) return 'SessionInterval';
  if ('error_group_secure_id' in value) return 'ErrorObject';
  if ('name' in value && 'value' in value) return 'Field';
  return 'ErrorTrace';
}

/**
 * The fields Highlight sent that the schema does not declare, with their values: validation keeps them (lenient
 * mode), but the types leave them out so that a misspelt field is a compile error. Reads one level: pass a nested
 * object (`session.fields[0]`, `error.structured_stack_trace[0]`) to read its own. The model is recognised from the
 * object's required keys, or named with `model`. Empty when Highlight sent nothing new; under
 * `validation: 'strict'` such fields are refused instead.
 *
 * @example
 * ```ts
 * const session = await hl.sessions.get(secureId);
 * const extra = unknownFields(session); // e.g. { session_feedback: [...] } if the graph starts sending it
 * for (const [key, value] of Object.entries(unknownFields(session.fields[0]!, 'Field'))) console.log(key, value);
 * ```
 */
export function unknownFields<K extends HighlightModelName>(
  value: HighlightModels[K],
  model?: K,
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return Object.freeze({});
  const declared = (model === undefined ? undefined : DECLARED[model]) ?? DECLARED[modelOf(value)];
  const extra: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (!declared.has(key)) extra[key] = field;
  return Object.freeze(extra);
}
