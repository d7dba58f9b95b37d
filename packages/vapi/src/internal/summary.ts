import type { SessionSummary } from '@sessionkit/core';
import type { Session } from '../types/session.ts';

/** Vapi's default session lifetime: 24 hours. */
const DEFAULT_EXPIRATION_SECONDS = 86_400;

/**
 * Maps a Vapi session to the shared summary.
 *
 * Vapi has no `endedAt`: a `completed` session is taken to have ended at its last update; an `active` session whose
 * `expirationSeconds` (default 24 h) have passed since its last update is reported `ended` at that expiry.
 */
export function toSessionSummary(session: Session, baseUrl: string, now: number): SessionSummary {
  const createdAt = new Date(session.createdAt);
  const updatedAt = new Date(session.updatedAt);
  const expiresAt = new Date(updatedAt.getTime() + (session.expirationSeconds ?? DEFAULT_EXPIRATION_SECONDS) * 1000);
  let status: SessionSummary['status'] = 'unknown';
  let endedAt: Date | undefined;
  if (session.status === 'completed') {
    status = 'ended';
    endedAt = updatedAt;
  } else if (session.status === 'active') {
    status = expiresAt.getTime() <= now ? 'ended' : 'active';
    if (status === 'ended') endedAt = expiresAt;
  }
  const summary: SessionSummary = {
    vendor: 'vapi',
    id: session.id,
    createdAt,
    status,
    counts: session.messages ? { messages: session.messages.length } : {},
    link: `${baseUrl.replace(/\/+$/, '')}/session/${encodeURIComponent(session.id)}`,
  };
  if (endedAt) {
    summary.endedAt = endedAt;
    summary.durationMs = Math.max(0, endedAt.getTime() - createdAt.getTime());
  }
  if (session.status) summary.vendorStatus = session.status;
  const customer = definedOnly({
    id: session.customerId ?? undefined,
    name: session.customer?.name ?? undefined,
    email: session.customer?.email ?? undefined,
    phone: session.customer?.number ?? session.customer?.sipUri ?? undefined,
  });
  if (Object.keys(customer).length > 0) summary.customer = customer;
  return summary;
}

function definedOnly<T extends Record<string, string | undefined>>(
  value: T,
): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}
