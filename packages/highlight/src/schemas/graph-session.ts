import * as z from 'zod/mini';
import { FieldSchema } from './field.ts';
import { Int64, openEnum, Timestamp } from './scalars.ts';

/**
 * Why Highlight excluded a session (private graph `SessionExcludedReason`), kept open.
 *
 * @example
 * ```ts
 * if (session.excluded_reason === 'BillingQuotaExceeded') console.warn('over quota');
 * ```
 */
export const SessionExcludedReasonSchema = openEnum([
  'Initializing',
  'NoActivity',
  'NoUserInteractionEvents',
  'NoTimelineIndicatorEvents',
  'NoError',
  'NoUserEvents',
  'IgnoredUser',
  'BillingQuotaExceeded',
  'RetentionPeriodExceeded',
  'Sampled',
  'RateLimitMinute',
  'ExclusionFilter',
]);

/**
 * A session exactly as the private graph returns it (type `Session`, the fields the client selects). Non-null
 * fields of the schema are required; every other field may be absent or null; unknown fields are kept. Lengths are
 * milliseconds. `fingerprint` is declared `Int` but Highlight stores an unsigned 32-bit hash, so any integer is
 * accepted. Users normally see `Session` (this plus the seed fields); this is `page.raw.sessions[n]`.
 *
 * @example
 * ```ts
 * const page = await hl.sessions.search({ query: 'has_errors=true' });
 * const raw: GraphSession | undefined = page.raw.sessions[0];
 * ```
 */
export const GraphSessionSchema = z.looseObject({
  id: z.string(),
  secure_id: z.string(),
  client_id: z.string(),
  fingerprint: z.nullish(z.int()),
  os_name: z.string(),
  os_version: z.string(),
  browser_name: z.string(),
  browser_version: z.string(),
  ip: z.string(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
  postal: z.string(),
  environment: z.nullish(z.string()),
  service_name: z.nullish(z.string()),
  app_version: z.nullish(z.string()),
  client_version: z.nullish(z.string()),
  firstload_version: z.nullish(z.string()),
  client_config: z.nullish(z.string()),
  language: z.string(),
  identifier: z.string(),
  identified: z.boolean(),
  email: z.nullish(z.string()),
  created_at: Timestamp,
  payload_updated_at: z.nullish(Timestamp),
  last_user_interaction_time: Timestamp,
  /** Total length in milliseconds. */
  length: z.nullish(z.int()),
  /** Active length in milliseconds. */
  active_length: z.nullish(z.int()),
  user_object: z.optional(z.unknown()),
  /** A JSON string of the user's properties (identifier, email, …). */
  user_properties: z.nullish(z.string()),
  fields: z.nullish(z.array(z.nullable(FieldSchema))),
  viewed: z.nullish(z.boolean()),
  starred: z.nullish(z.boolean()),
  processed: z.nullish(z.boolean()),
  excluded: z.boolean(),
  excluded_reason: z.nullish(SessionExcludedReasonSchema),
  has_rage_clicks: z.nullish(z.boolean()),
  has_errors: z.nullish(z.boolean()),
  first_time: z.nullish(z.boolean()),
  field_group: z.nullish(z.string()),
  enable_strict_privacy: z.nullish(z.boolean()),
  /** `strict`, `default` or `none` (supersedes `enable_strict_privacy`). */
  privacy_setting: z.nullish(z.string()),
  enable_recording_network_contents: z.nullish(z.boolean()),
  object_storage_enabled: z.nullish(z.boolean()),
  payload_size: z.nullish(Int64),
  within_billing_quota: z.nullish(z.boolean()),
  is_public: z.boolean(),
  /** A JSON array of event counts per time bucket (a histogram, not a total). */
  event_counts: z.nullish(z.string()),
  direct_download_url: z.nullish(z.string()),
  resources_url: z.nullish(z.string()),
  web_socket_events_url: z.nullish(z.string()),
  timeline_indicators_url: z.nullish(z.string()),
  deviceMemory: z.nullish(z.int()),
  chunked: z.nullish(z.boolean()),
});

/**
 * A session as the private graph returns it; see `GraphSessionSchema`.
 *
 * @example
 * ```ts
 * const raw: GraphSession = (await hl.sessions.search()).raw.sessions[0]!;
 * ```
 */
export type GraphSession = z.output<typeof GraphSessionSchema>;
