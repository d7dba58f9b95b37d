import { SESSION_DETAIL_FIELDS, SESSION_FIELDS } from './selections.ts';

/**
 * The graph a document is sent to: `public` (SDK ingest, `publicGraphUrl`, no credentials) or `private` (dashboard
 * API, `privateGraphUrl`, `token` header or OAuth bearer).
 *
 * @example
 * ```ts
 * const graph: GraphName = DOCUMENTS.GetSession.graph; // 'private'
 * ```
 */
export type GraphName = 'public' | 'private';

/**
 * One GraphQL operation the client sends: its graph, its operation name and its document text. Sent as
 * `POST {graph URL}` with `{ operationName, query, variables }`.
 *
 * @example
 * ```ts
 * const { graph, operationName, query }: GraphQLDocument = DOCUMENTS.InitializeSession;
 * ```
 */
export interface GraphQLDocument {
  readonly graph: GraphName;
  readonly operationName: string;
  readonly query: string;
}

function document(graph: GraphName, operationName: string, query: string): GraphQLDocument {
  return { graph, operationName, query: query.trim() };
}

/**
 * Every GraphQL document the client can send, by operation name. The contract test validates each against the real
 * schema of its graph (`../shared/specs/highlight/*.graphqls`) with graphql-js, so a misspelt field fails the build.
 *
 * @example
 * ```ts
 * for (const { graph, operationName, query } of Object.values(DOCUMENTS)) console.log(graph, operationName, query.length);
 * ```
 */
export const DOCUMENTS = {
  InitializeSession: document(
    'public',
    'InitializeSession',
    `
mutation InitializeSession(
  $session_secure_id: String!
  $session_key: String
  $organization_verbose_id: String!
  $enable_strict_privacy: Boolean!
  $enable_recording_network_contents: Boolean!
  $clientVersion: String!
  $firstloadVersion: String!
  $clientConfig: String!
  $environment: String!
  $appVersion: String
  $serviceName: String
  $fingerprint: String!
  $client_id: String!
  $network_recording_domains: [String!]
  $disable_session_recording: Boolean
  $privacy_setting: String
) {
  initializeSession(
    session_secure_id: $session_secure_id
    session_key: $session_key
    organization_verbose_id: $organization_verbose_id
    enable_strict_privacy: $enable_strict_privacy
    enable_recording_network_contents: $enable_recording_network_contents
    clientVersion: $clientVersion
    firstloadVersion: $firstloadVersion
    clientConfig: $clientConfig
    environment: $environment
    appVersion: $appVersion
    serviceName: $serviceName
    fingerprint: $fingerprint
    client_id: $client_id
    network_recording_domains: $network_recording_domains
    disable_session_recording: $disable_session_recording
    privacy_setting: $privacy_setting
  ) {
    secure_id
    project_id
  }
}`,
  ),
  IdentifySession: document(
    'public',
    'IdentifySession',
    `
mutation IdentifySession($session_secure_id: String!, $user_identifier: String!, $user_object: Any) {
  identifySession(session_secure_id: $session_secure_id, user_identifier: $user_identifier, user_object: $user_object)
}`,
  ),
  AddSessionProperties: document(
    'public',
    'AddSessionProperties',
    `
mutation AddSessionProperties($session_secure_id: String!, $properties_object: Any) {
  addSessionProperties(session_secure_id: $session_secure_id, properties_object: $properties_object)
}`,
  ),
  AddSessionFeedback: document(
    'public',
    'AddSessionFeedback',
    `
mutation AddSessionFeedback(
  $session_secure_id: String!
  $user_name: String
  $user_email: String
  $verbatim: String!
  $timestamp: Timestamp!
) {
  addSessionFeedback(
    session_secure_id: $session_secure_id
    user_name: $user_name
    user_email: $user_email
    verbatim: $verbatim
    timestamp: $timestamp
  )
}`,
  ),
  GetSessions: document(
    'private',
    'GetSessions',
    `
query GetSessions(
  $project_id: ID!
  $count: Int!
  $params: QueryInput!
  $sort_field: String
  $sort_desc: Boolean!
  $page: Int
) {
  sessions(
    project_id: $project_id
    count: $count
    params: $params
    sort_field: $sort_field
    sort_desc: $sort_desc
    page: $page
  ) {
    sessions {${SESSION_FIELDS}
    }
    totalCount
    totalLength
    totalActiveLength
  }
}`,
  ),
  GetSession: document(
    'private',
    'GetSession',
    `
query GetSession($secure_id: String!) {
  session(secure_id: $secure_id) {${SESSION_DETAIL_FIELDS}
  }
}`,
  ),
  GetSessionIntervals: document(
    'private',
    'GetSessionIntervals',
    `
query GetSessionIntervals($session_secure_id: String!) {
  session_intervals(session_secure_id: $session_secure_id) {
    session_secure_id
    start_time
    end_time
    duration
    active
  }
}`,
  ),
  GetErrors: document(
    'private',
    'GetErrors',
    `
query GetErrors($session_secure_id: String!) {
  errors(session_secure_id: $session_secure_id) {
    id
    created_at
    project_id
    session_id
    trace_id
    span_id
    log_cursor
    error_group_id
    error_group_secure_id
    event
    type
    url
    source
    lineNumber
    columnNumber
    stack_trace
    structured_stack_trace {
      fileName
      lineNumber
      functionName
      columnNumber
    }
    timestamp
    payload
    request_id
    os
    browser
    environment
    serviceVersion
    serviceName
  }
}`,
  ),
  MarkSessionAsViewed: document(
    'private',
    'MarkSessionAsViewed',
    `
mutation MarkSessionAsViewed($secure_id: String!, $viewed: Boolean) {
  markSessionAsViewed(secure_id: $secure_id, viewed: $viewed) {${SESSION_FIELDS}
  }
}`,
  ),
  UpdateSessionIsPublic: document(
    'private',
    'UpdateSessionIsPublic',
    `
mutation UpdateSessionIsPublic($session_secure_id: String!, $is_public: Boolean!) {
  updateSessionIsPublic(session_secure_id: $session_secure_id, is_public: $is_public) {${SESSION_FIELDS}
  }
}`,
  ),
} as const satisfies Record<string, GraphQLDocument>;

/**
 * The name of a document in `DOCUMENTS`.
 *
 * @example
 * ```ts
 * const name: OperationName = 'GetSessions';
 * console.log(DOCUMENTS[name].query);
 * ```
 */
export type OperationName = keyof typeof DOCUMENTS;
