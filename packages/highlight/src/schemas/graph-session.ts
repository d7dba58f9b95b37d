import { type AssertTrue, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import { type GraphSession, SESSION_EXCLUDED_REASONS, type SessionExcludedReason } from '../types/graph-session.ts';
import { FieldSchema } from './field.ts';
import { Int64, Timestamp } from './scalars.ts';

/**
 * `SessionExcludedReason` as a schema (private graph `SessionExcludedReason`), kept open.
 *
 * @example
 * ```ts
 * SessionExcludedReasonSchema.parse('Sampled'); // 'Sampled'
 * SessionExcludedReasonSchema.parse('SomethingNew'); // 'SomethingNew': open
 * ```
 */
export const SessionExcludedReasonSchema: SchemaOf<SessionExcludedReason> = openEnum(SESSION_EXCLUDED_REASONS);

/** The unannotated object, for `z.extend` (`SessionSchema`). */
export const GraphSessionObject = z.looseObject({
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
  length: z.nullish(z.int()),
  active_length: z.nullish(z.int()),
  user_object: z.optional(z.unknown()),
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
  privacy_setting: z.nullish(z.string()),
  enable_recording_network_contents: z.nullish(z.boolean()),
  object_storage_enabled: z.nullish(z.boolean()),
  payload_size: z.nullish(Int64),
  within_billing_quota: z.nullish(z.boolean()),
  is_public: z.boolean(),
  event_counts: z.nullish(z.string()),
  direct_download_url: z.nullish(z.string()),
  resources_url: z.nullish(z.string()),
  web_socket_events_url: z.nullish(z.string()),
  timeline_indicators_url: z.nullish(z.string()),
  deviceMemory: z.nullish(z.int()),
  chunked: z.nullish(z.boolean()),
});

/**
 * `GraphSession` as a schema: a session exactly as the private graph returns it. Non-null fields of the GraphQL type
 * are required; every other field may be absent or null; unknown fields are kept. `fingerprint` is declared `Int`
 * but Highlight stores an unsigned 32-bit hash, so any integer is accepted.
 *
 * @example
 * ```ts
 * const raw = GraphSessionSchema.parse(body.data.session);
 * ```
 */
export const GraphSessionSchema: SchemaOf<GraphSession> = GraphSessionObject;

type _GraphSessionMatches = AssertTrue<SchemaMatches<typeof GraphSessionObject, GraphSession>>;
