/**
 * `@sessionkit/highlight/schemas`: the zod (`zod/mini`) schemas the client validates with, for checking data you
 * hold yourself — a session stored as JSON, a webhook, a test fixture. Each response schema's output is the named
 * type of the main entry (`SessionSchema` → `Session`); the params schemas accept what the methods accept. The main
 * entry does not load zod's types; this one does.
 *
 * @example
 * ```ts
 * import { SessionSchema } from '@sessionkit/highlight/schemas';
 *
 * const session = SessionSchema.parse(JSON.parse(stored)); // a Session
 * ```
 *
 * @packageDocumentation
 */

// Core's, re-exported: every client's schemas entry keeps offering it.
export { openEnum } from '@sessionkit/core';
export { FeedbackParamsSchema } from './params/feedback.ts';
export { IdentifyParamsSchema } from './params/identify.ts';
export { InitializeParamsSchema } from './params/initialize.ts';
export { PropertiesSchema } from './params/properties.ts';
export { DateRangeSchema, GetSessionParamsSchema, SearchParamsSchema } from './params/search.ts';
export { SecureIdSchema } from './params/secure-id.ts';
export { ErrorObjectSchema, ErrorTraceSchema } from './schemas/error-object.ts';
export { FieldSchema } from './schemas/field.ts';
export { GraphSessionSchema, SessionExcludedReasonSchema } from './schemas/graph-session.ts';
export { Int64, Timestamp } from './schemas/scalars.ts';
export { SessionSchema } from './schemas/session.ts';
export { SessionIntervalSchema } from './schemas/session-interval.ts';
export { SessionResultsSchema } from './schemas/session-results.ts';
