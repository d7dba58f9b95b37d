/**
 * `@sessionkit/highlight`: a typed client for Highlight sessions over its two GraphQL APIs — ingest on the public
 * graph (initialize, identify, properties, feedback) and the dashboard API on the private graph (search with paging,
 * get, intervals, errors, mark viewed, make public) — with the `token` header, a token provider or OAuth client
 * credentials, GraphQL errors as typed errors, retries for reads and idempotent ingest, and a raw `request()` for any
 * other operation. Targets self-hosted Highlight (`http://localhost:8082`) or any compatible endpoint. The zod
 * schemas are in `@sessionkit/highlight/schemas`.
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

// Everything a Highlight user needs from core (errors, ApiPromise, paging, option types), so one import is enough.
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
export { SessionsResource } from './resources/sessions.ts';
export type { ErrorObject, ErrorTrace } from './types/error-object.ts';
export { FIELD_TYPES, type Field, type FieldType, type OpenEnum } from './types/field.ts';
export {
  type GraphSession,
  type GraphSessionBase,
  SESSION_EXCLUDED_REASONS,
  type SessionExcludedReason,
} from './types/graph-session.ts';
export type { GraphQLRequest } from './types/graphql-request.ts';
export type { InitializedSession } from './types/initialized-session.ts';
export {
  type DateRange,
  DEFAULT_SEARCH_COUNT,
  DEFAULT_SEARCH_DAYS,
  type FeedbackParams,
  type GetSessionParams,
  type IdentifyParams,
  type InitializeParams,
  MAX_PROPERTIES_PER_CALL,
  MAX_PROPERTY_VALUE_LENGTH,
  PRIVACY_SETTINGS,
  type PrivacySetting,
  type Properties,
  type PropertyValue,
  type SearchParams,
  type SearchSort,
  type SessionSearchQuery,
} from './types/params.ts';
export type { Session } from './types/session.ts';
export type { SessionInterval } from './types/session-interval.ts';
export type { SessionResults } from './types/session-results.ts';
export { type HighlightResponseTypes, unknownFields } from './unknown-fields.ts';
export { VERSION } from './version.ts';
