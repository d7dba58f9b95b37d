import type { SessionSummary } from '@sessionkit/core';
import type { Session } from '../types/session.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function nonNegative(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Maps a Highlight session to the shared summary. Highlight marks a session `processed` once it has ended and been
 * processed: `processed: true` is `ended` (ending `length` ms after it started, else at the last interaction),
 * `false` is `active` (still live), null is `unknown`. The customer is the identifier (or the client id of an
 * anonymous visitor); the link is the session in the dashboard, when a dashboard URL and the project are known.
 */
export function toSessionSummary(session: Session, dashboardUrl: string | undefined): SessionSummary {
  const createdAt = new Date(session.started_at);
  const status = session.processed === true ? 'ended' : session.processed === false ? 'active' : 'unknown';
  const durationMs = nonNegative(session.length) ?? nonNegative(session.active_length);
  const summary: SessionSummary = {
    vendor: 'highlight',
    id: session.secure_id,
    createdAt,
    status,
    counts: {},
  };
  if (session.excluded)
    summary.vendorStatus = `excluded${session.excluded_reason ? `: ${session.excluded_reason}` : ''}`;
  else if (session.processed === true) summary.vendorStatus = 'processed';
  else if (session.processed === false) summary.vendorStatus = 'live';
  if (durationMs !== undefined) summary.durationMs = durationMs;
  if (status === 'ended') {
    summary.endedAt =
      durationMs !== undefined ? new Date(createdAt.getTime() + durationMs) : new Date(session.last_active_at);
  }
  const customerId = session.identifier || session.client_id;
  if (customerId) {
    const email = session.email ?? (EMAIL.test(session.identifier) ? session.identifier : undefined);
    const object = session.user_object as Record<string, unknown> | null | undefined;
    const name =
      typeof object === 'object' && object !== null && typeof object.name === 'string' ? object.name : undefined;
    summary.customer = { id: customerId, ...(email ? { email } : {}), ...(name ? { name } : {}) };
  }
  const counts = { events: session.events_count, messages: session.messages_count, errors: session.errors_count };
  for (const [key, value] of Object.entries(counts)) {
    if (typeof value === 'number') summary.counts[key as keyof typeof counts] = value;
  }
  if (dashboardUrl && session.project_id) {
    summary.link = `${dashboardUrl}/${encodeURIComponent(session.project_id)}/sessions/${encodeURIComponent(session.secure_id)}`;
  }
  return summary;
}
