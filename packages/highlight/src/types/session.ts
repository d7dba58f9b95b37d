import type { Field } from './field.ts';
import type { GraphSessionBase } from './graph-session.ts';

/**
 * A Highlight session: every field of the private graph's `Session` (see `GraphSession`), with `fields` cleaned up,
 * next to the seed fields the graph has no field for, which the client derives (`../shared/reference/highlight.md`
 * §4):
 *
 * | seed field | derived from |
 * |---|---|
 * | `project_id` | the project the client asked (`sessions(project_id)`, the client's `projectId`); `null` when unknown — the private `Session` type has no project |
 * | `started_at` | `created_at` (when `initializeSession` ran) |
 * | `last_active_at` | `last_user_interaction_time` (not `payload_updated_at`, which moves with any upload) |
 * | `url` | the first `visited-url` field of type `session` (the landing page); `null` when none |
 * | `user_agent` | not stored raw by Highlight: rebuilt as `"{browser_name}/{browser_version} ({os_name} {os_version})"`; `null` when Highlight parsed nothing |
 * | `events_count` | `null`: the graph has only `event_counts`, a histogram of normalised buckets, not a total |
 * | `messages_count` | `null`: console messages live in the replay payload, the graph has no count |
 * | `errors_count` | `0` when `has_errors` is `false`; the length of `errors(secureId)` with `get(id, { countErrors: true })`; otherwise `null` |
 * | `fields` | `fields` without null entries (`[]` when absent) |
 *
 * Fields Highlight sends that the schema does not declare are kept at run time; read them with
 * `unknownFields(session)`.
 *
 * @example
 * ```ts
 * import { HighlightClient, type Session } from '@sessionkit/highlight';
 *
 * declare const secureId: string;
 * const hl = new HighlightClient({ projectId: '1' });
 * const session: Session = await hl.sessions.get(secureId);
 * console.log(session.started_at, session.url, session.active_length, session.fields.length, session.is_public);
 * ```
 */
export interface Session extends GraphSessionBase {
  /** The session's fields without null entries (`[]` when Highlight sent none). */
  fields: Field[];
  /** The project the client asked about (its `projectId`); `null` when the client has none. */
  project_id: string | null;
  /** Rebuilt from the parsed browser and OS (`Chrome/128.0 (Mac OS X 10.15.7)`); `null` when Highlight parsed nothing. */
  user_agent: string | null;
  /** When the session started: `created_at`. */
  started_at: string;
  /** When the user was last active: `last_user_interaction_time`. */
  last_active_at: string;
  /** The landing page: the first `visited-url` field of type `session`; `null` when none. */
  url: string | null;
  /** Always `null`: Highlight has no event total (`event_counts` is a histogram). */
  events_count: number | null;
  /** Always `null`: Highlight has no console-message count. */
  messages_count: number | null;
  /** `0` when `has_errors` is `false`; the number of errors with `get(id, { countErrors: true })`; else `null`. */
  errors_count: number | null;
}
