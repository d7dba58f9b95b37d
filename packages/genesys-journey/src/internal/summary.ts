import { RequestValidationError } from '@sessionkit/core';
import type { SessionSummary } from '@sessionkit/core/surface';
import type { Session } from '../types/session.ts';

/** A date from a field that should hold an ISO date-time: an invalid `Date` (time `NaN`) when it does not. */
function dateOf(value: unknown): Date {
  return new Date(typeof value === 'string' ? value : Number.NaN);
}

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The time a session started, in milliseconds, or `undefined` when its `createdDate` is not a date (drift). */
export function createdTime(session: Session): number | undefined {
  const time = dateOf((session as { readonly createdDate?: unknown }).createdDate).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Maps a Genesys session to the shared summary, as it is: the session was validated when it was read (or not, under
 * `validation: 'off'`), so it is not validated again. Every field but `id` is read defensively, since a lenient read
 * delivers a drifted session as Genesys sent it: a field of the wrong type counts as absent, and an unreadable
 * `createdDate` gives an invalid `Date` (its time `NaN`) rather than an exception.
 *
 * A session with `endedDate` has ended (its duration is the time from `createdDate` to `endedDate`); one without is
 * active, with `durationInSeconds` as its duration so far. The customer is the external contact when Genesys
 * resolved one, else the source's customer id (a cookie id on the web). The link is the session's API URL.
 *
 * @throws RequestValidationError when `session` is not an object with a non-empty string `id` (nothing to summarise).
 */
export function toSessionSummary(session: Session, apiUrl: string): SessionSummary {
  if (typeof session !== 'object' || session === null || textOf(session.id) === undefined) {
    throw new RequestValidationError('Genesys session', [
      { path: 'id', message: 'Expected a session: an object with a non-empty string id' },
    ]);
  }
  const fields = session as { readonly [K in keyof Session]?: unknown };
  const createdAt = dateOf(fields.createdDate);
  const ended = textOf(fields.endedDate) !== undefined;
  const eventCount = fields.eventCount;
  const summary: SessionSummary = {
    vendor: 'genesys-journey',
    id: session.id,
    createdAt,
    status: ended ? 'ended' : 'active',
    counts: Number.isInteger(eventCount) && (eventCount as number) >= 0 ? { events: eventCount as number } : {},
    link: `${apiUrl}/api/v2/journey/sessions/${encodeURIComponent(session.id)}`,
  };
  const endedAt = dateOf(fields.endedDate);
  const durationInSeconds = fields.durationInSeconds;
  if (ended && isValid(endedAt)) {
    summary.endedAt = endedAt;
    if (isValid(createdAt)) summary.durationMs = Math.max(0, endedAt.getTime() - createdAt.getTime());
  } else if (!ended && typeof durationInSeconds === 'number' && Number.isFinite(durationInSeconds)) {
    summary.durationMs = Math.max(0, durationInSeconds * 1000);
  }
  const contact = fields.externalContact;
  const contactId =
    typeof contact === 'object' && contact !== null ? textOf((contact as { id?: unknown }).id) : undefined;
  const customerId = contactId ?? textOf(fields.customerId);
  if (customerId) summary.customer = { id: customerId };
  return summary;
}
