import {
  RequestValidationError,
  type SessionCustomer,
  type SessionSummary,
  type SessionSummaryStatus,
} from '@sessionkit/core';
import type { Customer } from '../types/customer.ts';
import type { Session } from '../types/session.ts';

/** Vapi's default session lifetime: 24 hours. */
const DEFAULT_EXPIRATION_SECONDS = 86_400;

/**
 * Maps a Vapi session to the shared summary, as it is: the session was validated when it was read (or not, under
 * `validation: 'off'`), so it is not validated again. Every field but `id` is read defensively, since a lenient read
 * delivers a drifted session as Vapi sent it: a field of the wrong type counts as absent, and an unreadable
 * `createdAt` gives an invalid `Date` (its time `NaN`) rather than an exception.
 *
 * Vapi has no `endedAt`: a `completed` session is taken to have ended at its last update; an `active` session whose
 * `expirationSeconds` (default 24 h) have passed since its last update is reported `ended` at that expiry (with an
 * unreadable `updatedAt` the expiry is unknown, and the session is as Vapi says, active).
 *
 * @param baseUrl the client's base URL, without trailing slashes.
 * @throws RequestValidationError when `session` is not an object with a string `id` (nothing to summarise).
 */
export function toSessionSummary(session: Session, baseUrl: string, now: number): SessionSummary {
  if (typeof (session as Partial<Session> | null)?.id !== 'string') {
    throw new RequestValidationError('Vapi session', [{ path: 'id', message: 'Expected an object with a string id' }]);
  }
  const { id, messages, expirationSeconds } = session;
  const createdAt = dateOf(session.createdAt);
  const updatedAt = dateOf(session.updatedAt).getTime();
  const vendorStatus = stringOf(session.status);
  let status: SessionSummaryStatus = 'unknown';
  let endedAt = Number.NaN;
  if (vendorStatus === 'completed') {
    status = 'ended';
    endedAt = updatedAt;
  } else if (vendorStatus === 'active') {
    const expiresAt =
      updatedAt + (typeof expirationSeconds === 'number' ? expirationSeconds : DEFAULT_EXPIRATION_SECONDS) * 1000;
    status = expiresAt <= now ? 'ended' : 'active';
    if (status === 'ended') endedAt = expiresAt;
  }
  const summary: SessionSummary = {
    vendor: 'vapi',
    id,
    createdAt,
    status,
    counts: Array.isArray(messages) ? { messages: messages.length } : {},
  };
  try {
    summary.link = `${baseUrl}/session/${encodeURIComponent(id)}`;
  } catch {
    // An id with a lone surrogate has no URL form: no link.
  }
  if (!Number.isNaN(endedAt)) {
    summary.endedAt = new Date(endedAt);
    const durationMs = endedAt - createdAt.getTime();
    if (!Number.isNaN(durationMs)) summary.durationMs = Math.max(0, durationMs);
  }
  if (vendorStatus) summary.vendorStatus = vendorStatus;
  const fields: Partial<Record<keyof Customer, unknown>> = session.customer ?? {};
  const customer = stringsOf({
    id: session.customerId,
    name: fields.name,
    email: fields.email,
    phone: stringOf(fields.number) ?? fields.sipUri,
  });
  if (Object.keys(customer).length > 0) summary.customer = customer;
  return summary;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** An ISO 8601 string as a `Date`; anything else an invalid `Date`. */
function dateOf(value: unknown): Date {
  return new Date(typeof value === 'string' ? value : Number.NaN);
}

/** The fields that are strings; the others (absent, `null`, drifted) left out. */
function stringsOf(fields: Record<keyof SessionCustomer, unknown>): SessionCustomer {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string'));
}
