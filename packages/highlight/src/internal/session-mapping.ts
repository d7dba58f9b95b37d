import type { Field } from '../types/field.ts';
import type { GraphSession } from '../types/graph-session.ts';
import type { Session } from '../types/session.ts';

function isField(value: unknown): value is Field {
  return typeof value === 'object' && value !== null && typeof (value as Field).name === 'string';
}

/** `"Chrome/128.0 (Mac OS X 10.15.7)"` from Highlight's parsed user agent, or `null` when it parsed nothing. */
function userAgentOf(session: GraphSession): string | null {
  const browser = [session.browser_name, session.browser_version].filter(Boolean).join('/');
  const system = [session.os_name, session.os_version].filter(Boolean).join(' ');
  if (!browser && !system) return null;
  return system ? `${browser || 'unknown'} (${system})` : browser;
}

/**
 * A private-graph session with the seed fields derived as `SessionSchema` documents. `projectId` is the project the
 * client asked about (`null` when unknown); `errorsCount` the number of errors when they were fetched.
 */
export function toSession(raw: GraphSession, projectId: string | null, errorsCount?: number): Session {
  const fields = Array.isArray(raw.fields) ? raw.fields.filter(isField) : [];
  const landing = fields.find((field) => field.type === 'session' && field.name === 'visited-url');
  return {
    ...raw,
    fields,
    project_id: projectId,
    user_agent: userAgentOf(raw),
    started_at: raw.created_at,
    last_active_at: raw.last_user_interaction_time,
    url: landing?.value ?? null,
    events_count: null,
    messages_count: null,
    errors_count: errorsCount ?? (raw.has_errors === false ? 0 : null),
  };
}
