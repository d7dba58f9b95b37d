import * as z from 'zod/mini';
import { FieldSchema } from './field.ts';
import { GraphSessionSchema } from './graph-session.ts';
import { Timestamp } from './scalars.ts';

const Count = z.nullable(z.int().check(z.nonnegative()));

/**
 * A Highlight session: every field of the Highlight seed model, in its snake_case, next to every field the private
 * graph returns (`is_public`, `excluded_reason`, `privacy_setting`, `os_name`, `length`, `has_errors`, …; unknown
 * ones kept). Where the private graph has no field of the seed's name, the client derives it
 * (`../shared/reference/highlight.md` §4):
 *
 * | seed field | derived from |
 * |---|---|
 * | `project_id` | the project the client asked (`sessions(project_id)`, the client's `projectId`); `null` when unknown — the private `Session` type has no project |
 * | `started_at` | `created_at` (when `initializeSession` ran) |
 * | `last_active_at` | `last_user_interaction_time` (not `payload_updated_at`, which moves with any upload) |
 * | `url` | the first `visited-url` field of type `session` (the landing page); `null` when none |
 * | `user_agent` | not stored raw by Highlight: rebuilt as `"{browser_name}/{browser_version} ({os_name} {os_version})"` from the parsed parts; `null` when Highlight parsed nothing |
 * | `events_count` | `null`: the graph has only `event_counts`, a histogram of normalised buckets, not a total |
 * | `messages_count` | `null`: console messages live in the replay payload, the graph has no count |
 * | `errors_count` | `0` when `has_errors` is `false`; the length of `errors(session_secure_id)` when asked (`get(id, { countErrors: true })`); otherwise `null` |
 * | `fields` | `fields` without null entries (`[]` when absent); `type` is `session`, `user` or `track` |
 *
 * Every other seed field has the graph's field of the same name: `secure_id`, `identifier`, `fingerprint` (Highlight's
 * 32-bit FNV hash of the SDK fingerprint), `user_object`, `environment`, `app_version`, `client_version`,
 * `firstload_version`, `client_id`, `city`, `country`, `language` (the raw `Accept-Language`), `active_length`
 * (milliseconds), `viewed`, `starred` (read-only since 2023), `excluded`, `processed`, `enable_strict_privacy`.
 *
 * @example
 * ```ts
 * const session: Session = await hl.sessions.get(secureId);
 * console.log(session.started_at, session.url, session.active_length, session.fields.length, session.is_public);
 * ```
 */
export const SessionSchema = z.extend(GraphSessionSchema, {
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
 * A Highlight session; see `SessionSchema` for the fields and how the seed fields are derived.
 *
 * @example
 * ```ts
 * for await (const session of hl.sessions.search({ query: 'identified=true' })) console.log(session.identifier, session.url);
 * ```
 */
export type Session = z.output<typeof SessionSchema>;
