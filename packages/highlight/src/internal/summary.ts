import { RequestValidationError, type SessionCustomer, type SessionSummary } from '@sessionkit/core/surface';
import type { Session } from '../types/session.ts';
import { isObject, nonEmpty } from './graphql-envelope.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function nonNegative(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function count(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/** The first of `values` that is a date Highlight wrote (a `Timestamp` string), as a `Date`. */
function dateOf(...values: unknown[]): Date | undefined {
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}

function customerOf(session: Record<string, unknown>): SessionCustomer | undefined {
  const identifier = nonEmpty(session.identifier);
  const id = identifier ?? nonEmpty(session.client_id);
  if (id === undefined) return undefined;
  const email =
    nonEmpty(session.email) ?? (identifier !== undefined && EMAIL.test(identifier) ? identifier : undefined);
  const name = isObject(session.user_object) ? nonEmpty(session.user_object.name) : undefined;
  return { id, ...(email ? { email } : {}), ...(name ? { name } : {}) };
}

/** The session in the dashboard; `undefined` when an id cannot be put in a URL (a lone surrogate). */
function linkOf(dashboardUrl: string, project: string, id: string): string | undefined {
  try {
    return `${dashboardUrl}/${encodeURIComponent(project)}/sessions/${encodeURIComponent(id)}`;
  } catch {
    return undefined;
  }
}

/**
 * Maps a Highlight session to the shared summary, reading the session as it is — never validating it again — and
 * defensively, so a field that drifted (delivered by `lenient` validation) is left out instead of failing the mapper.
 * Highlight marks a session `processed` once it has ended and been processed: `processed: true` is `ended` (ending
 * `length` ms after it started, else at the last interaction), `false` is `active` (still live), anything else
 * `unknown`. `createdAt` is `started_at` (else `created_at`; an invalid `Date` when neither is a date). The customer
 * is the identifier (or the client id of an anonymous visitor); the link is the session in the dashboard, when a
 * dashboard URL and the project are known.
 *
 * @throws RequestValidationError when `session` is not a session at all: not an object, or without a `secure_id`.
 */
export function toSessionSummary(session: Session, dashboardUrl: string | undefined): SessionSummary {
  const raw: unknown = session;
  const id = isObject(raw) ? nonEmpty(raw.secure_id) : undefined;
  if (!isObject(raw) || id === undefined) {
    throw new RequestValidationError('Highlight session', [
      { path: isObject(raw) ? 'secure_id' : '', message: 'Expected a Highlight session with its secure_id' },
    ]);
  }
  const createdAt = dateOf(raw.started_at, raw.created_at) ?? new Date(Number.NaN);
  const status = raw.processed === true ? 'ended' : raw.processed === false ? 'active' : 'unknown';
  const durationMs = nonNegative(raw.length) ?? nonNegative(raw.active_length);
  const summary: SessionSummary = { vendor: 'highlight', id, createdAt, status, counts: {} };
  if (raw.excluded === true) {
    const reason = nonEmpty(raw.excluded_reason);
    summary.vendorStatus = `excluded${reason ? `: ${reason}` : ''}`;
  } else if (status === 'ended') summary.vendorStatus = 'processed';
  else if (status === 'active') summary.vendorStatus = 'live';
  if (durationMs !== undefined) summary.durationMs = durationMs;
  if (status === 'ended') {
    const endedAt =
      durationMs !== undefined && !Number.isNaN(createdAt.getTime())
        ? new Date(createdAt.getTime() + durationMs)
        : dateOf(raw.last_active_at, raw.last_user_interaction_time);
    if (endedAt) summary.endedAt = endedAt;
  }
  const customer = customerOf(raw);
  if (customer) summary.customer = customer;
  const counts = {
    events: count(raw.events_count),
    messages: count(raw.messages_count),
    errors: count(raw.errors_count),
  };
  for (const [key, value] of Object.entries(counts)) {
    if (value !== undefined) summary.counts[key as keyof typeof counts] = value;
  }
  const project = typeof raw.project_id === 'number' ? String(raw.project_id) : nonEmpty(raw.project_id);
  if (dashboardUrl && project) {
    const link = linkOf(dashboardUrl, project, id);
    if (link) summary.link = link;
  }
  return summary;
}
