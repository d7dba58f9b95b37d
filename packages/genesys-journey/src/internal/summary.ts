import type { SessionSummary } from '@sessionkit/core/surface';
import type { Session } from '../types/session.ts';

/**
 * Maps a Genesys session to the shared summary. A session with `endedDate` has ended (its duration is the time from
 * `createdDate` to `endedDate`); one without is active, with `durationInSeconds` as its duration so far. The
 * customer is the external contact when Genesys resolved one, else the source's customer id (a cookie id on the
 * web). The link is the session's API URL.
 */
export function toSessionSummary(session: Session, apiUrl: string): SessionSummary {
  const createdAt = new Date(session.createdDate);
  const summary: SessionSummary = {
    vendor: 'genesys-journey',
    id: session.id,
    createdAt,
    status: session.endedDate ? 'ended' : 'active',
    counts: { events: session.eventCount },
    link: `${apiUrl}/api/v2/journey/sessions/${encodeURIComponent(session.id)}`,
  };
  if (session.endedDate) {
    summary.endedAt = new Date(session.endedDate);
    summary.durationMs = Math.max(0, summary.endedAt.getTime() - createdAt.getTime());
  } else if (typeof session.durationInSeconds === 'number') {
    summary.durationMs = Math.max(0, session.durationInSeconds * 1000);
  }
  const customerId = session.externalContact?.id ?? session.customerId ?? undefined;
  if (customerId) summary.customer = { id: customerId };
  return summary;
}
