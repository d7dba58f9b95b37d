/** A session field, as the private graph's `Field`. */
export interface EmulatedField {
  id: number;
  name: string;
  value: string;
  type: 'session' | 'user' | 'track';
}

/** A comment on a session (private graph `SessionComment`); the emulator stores feedback only. */
export interface EmulatedComment {
  id: string;
  project_id: string;
  timestamp: number | null;
  created_at: string;
  updated_at: string;
  session_id: number;
  session_secure_id: string;
  author: null;
  text: string;
  x_coordinate: null;
  y_coordinate: null;
  type: 'FEEDBACK' | 'Admin';
  metadata: Record<string, unknown> | null;
  tags: string[];
  attachments: unknown[];
  replies: unknown[];
}

/**
 * A session as the emulator stores it: every field of the private graph's `Session`, served as is by the
 * resolvers, plus what Highlight keeps but the graph does not expose (`project_id`, the raw `user_agent`,
 * `session_key`).
 */
export interface EmulatedSession {
  id: string;
  secure_id: string;
  project_id: number;
  session_key: string | null;
  user_agent: string;
  client_id: string;
  fingerprint: number | null;
  os_name: string;
  os_version: string;
  browser_name: string;
  browser_version: string;
  ip: string;
  city: string;
  state: string;
  country: string;
  postal: string;
  environment: string | null;
  service_name: string | null;
  app_version: string | null;
  client_version: string | null;
  firstload_version: string | null;
  client_config: string | null;
  language: string;
  identifier: string;
  identified: boolean;
  created_at: string;
  payload_updated_at: string | null;
  length: number | null;
  active_length: number | null;
  user_object: Record<string, unknown> | null;
  user_properties: string | null;
  fields: EmulatedField[];
  viewed: boolean | null;
  starred: boolean | null;
  processed: boolean | null;
  excluded: boolean;
  excluded_reason: string | null;
  has_rage_clicks: boolean | null;
  has_errors: boolean | null;
  first_time: boolean | null;
  field_group: string | null;
  enable_strict_privacy: boolean | null;
  privacy_setting: string | null;
  enable_recording_network_contents: boolean | null;
  object_storage_enabled: boolean | null;
  payload_size: number | null;
  within_billing_quota: boolean | null;
  is_public: boolean;
  event_counts: string | null;
  direct_download_url: string | null;
  resources_url: string | null;
  web_socket_events_url: string | null;
  timeline_indicators_url: string | null;
  deviceMemory: number | null;
  last_user_interaction_time: string;
  chunked: boolean | null;
  session_feedback: EmulatedComment[];
  email: string | null;
}

/** An active or inactive stretch of a session (private graph `SessionInterval`). */
export interface EmulatedInterval {
  session_secure_id: string;
  start_time: string;
  end_time: string;
  duration: number;
  active: boolean;
}

/** An error recorded in a session (private graph `ErrorObject`). */
export interface EmulatedError {
  id: string;
  created_at: string;
  project_id: number;
  session_id: number;
  trace_id: string | null;
  span_id: string | null;
  log_cursor: string | null;
  error_group_id: number;
  error_group_secure_id: string;
  event: string[];
  type: string;
  url: string;
  source: string;
  lineNumber: number | null;
  columnNumber: number | null;
  stack_trace: string;
  structured_stack_trace: Array<{ fileName: string; lineNumber: number; functionName: string; columnNumber: number }>;
  timestamp: string;
  payload: string | null;
  request_id: string | null;
  os: string;
  browser: string;
  environment: string | null;
  serviceVersion: string | null;
  serviceName: string | null;
}

/** An OAuth client the emulator's `/oauth/token` accepts. */
export interface EmulatedOAuthClient {
  readonly clientId: string;
  readonly clientSecret: string;
  /** GraphQL field names the client may use (Highlight's `o_auth_operations`); all when absent. */
  readonly operations?: readonly string[];
}

/** Who is calling the private graph. */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'token' }
  | { readonly kind: 'oauth'; readonly operations: ReadonlySet<string> | undefined };

/** What resolvers see of the HTTP request. */
export interface RequestContext {
  readonly caller: Caller;
  readonly userAgent: string;
  readonly language: string;
  readonly ip: string;
}
