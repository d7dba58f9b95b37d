/**
 * `@sessionkit/highlight`: a typed client for Highlight sessions over its two GraphQL APIs — ingest on the public
 * graph (initialize, identify, properties, feedback) and the dashboard API on the private graph (search with paging,
 * get, intervals, errors, mark viewed, make public) — with the `token` header or OAuth client credentials, GraphQL
 * errors as typed errors, and retries for reads and idempotent ingest. Targets self-hosted Highlight
 * (`http://localhost:8082`) or any compatible endpoint.
 *
 * @example
 * ```ts
 * import { HighlightClient } from '@sessionkit/highlight';
 *
 * const hl = new HighlightClient({ projectId: '1', token: process.env.HIGHLIGHT_TOKEN });
 * for await (const session of hl.sessions.search({ query: 'has_errors=true' })) console.log(session.secure_id);
 * ```
 *
 * @packageDocumentation
 */

// Everything a Highlight user needs from core (errors, paging, option types), so one import is enough.
export * from '@sessionkit/core/surface';
export { HighlightClient, type HighlightClientOptions } from './client.ts';
export {
  type GraphQLErrorEntry,
  HighlightGraphQLError,
  type HighlightGraphQLErrorInit,
  MigrationBlockedError,
} from './errors.ts';
export { DOCUMENTS, type GraphName, type GraphQLDocument, type OperationName } from './graphql/documents.ts';
export { DEFAULT_BACKEND_URL, DEFAULT_DASHBOARD_URL, type Endpoints } from './internal/endpoints.ts';
export { type FeedbackParams, FeedbackParamsSchema } from './params/feedback.ts';
export { type IdentifyParams, IdentifyParamsSchema } from './params/identify.ts';
export { type InitializeParams, InitializeParamsSchema, PRIVACY_SETTINGS } from './params/initialize.ts';
export {
  MAX_PROPERTIES_PER_CALL,
  MAX_PROPERTY_VALUE_LENGTH,
  type Properties,
  PropertiesSchema,
} from './params/properties.ts';
export {
  DateRangeSchema,
  DEFAULT_SEARCH_COUNT,
  DEFAULT_SEARCH_DAYS,
  type SearchParams,
  SearchParamsSchema,
  type SessionSearchQuery,
} from './params/search.ts';
export { SecureIdSchema } from './params/secure-id.ts';
export type { ResourceContext } from './resources/context.ts';
export { type GetSessionOptions, SessionsResource } from './resources/sessions.ts';
export { type ErrorObject, ErrorObjectSchema, type ErrorTrace, ErrorTraceSchema } from './schemas/error-object.ts';
export { FIELD_TYPES, type Field, FieldSchema, type FieldType } from './schemas/field.ts';
export { type GraphSession, GraphSessionSchema, SessionExcludedReasonSchema } from './schemas/graph-session.ts';
export type { InitializedSession } from './schemas/initialized-session.ts';
export { Int64, openEnum, Timestamp } from './schemas/scalars.ts';
export { type Session, SessionSchema } from './schemas/session.ts';
export { type SessionInterval, SessionIntervalSchema } from './schemas/session-interval.ts';
export { type SessionResults, SessionResultsSchema } from './schemas/session-results.ts';
export { VERSION } from './version.ts';
