import { RequestValidationError, type SessionCustomer, type SessionSummary } from '@sessionkit/core';
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
 * `expirationSeconds` (default 24 h) have passed since its last update is reported `ended` at that expiry.
 *
 * @param baseUrl the client's base URL, without trailing slashes.
 * @throws RequestValidationError when `session` is not an object with a string `id` (nothing to summarise).
 */
export function toSessionSummary(session: Session, baseUrl: string, now: number): SessionSummary {
  if (typeof session !== 'object' || session === null || typeof session.id !== 'string') {
    throw new RequestValidationError('Vapi session', [
      { path: 'id', message: 'Expected a session: an object with a string id' },
    ]);
  }
  const createdAt = dateOf(session.createdAt);
  const updatedAt = dateOf(session.updatedAt);
  const status = stringOf(session.status);
  const messages = session.messages;
  const summary: SessionSummary = {
    vendor: 'vapi',
    id: session.id,
    createdAt,
    status: 'unknown',
    counts: Array.isArray(messages) ? { messages: messages.length } : {},
  };
  const link = sessionLink(baseUrl, session.id);
  if (link !== undefined) summary.link = link;
  let endedAt: Date | undefined;
  if (status === 'completed') {
    summary.status = 'ended';
    if (isValid(updatedAt)) endedAt = updatedAt;
  } else if (status === 'active') {
    const expirationSeconds = finiteOf(session.expirationSeconds) ?? DEFAULT_EXPIRATION_SECONDS;
    const expiresAt = new Date(updatedAt.getTime() + expirationSeconds * 1000);
    // An unreadable updatedAt leaves the expiry unknown: the session is as Vapi says, active.
    summary.status = isValid(expiresAt) && expiresAt.getTime() <= now ? 'ended' : 'active';
    if (summary.status === 'ended') endedAt = expiresAt;
  }
  if (endedAt) {
    summary.endedAt = endedAt;
    if (isValid(createdAt)) summary.durationMs = Math.max(0, endedAt.getTime() - createdAt.getTime());
  }
  if (status) summary.vendorStatus = status;
  const customer = customerOf(session);
  if (Object.keys(customer).length > 0) summary.customer = customer;
  return summary;
}

function customerOf(session: Session): SessionCustomer {
  const given: unknown = session.customer;
  const fields = typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
  const customer: SessionCustomer = {};
  const id = stringOf(session.customerId);
  const name = stringOf(fields.name);
  const email = stringOf(fields.email);
  const phone = stringOf(fields.number) ?? stringOf(fields.sipUri);
  if (id !== undefined) customer.id = id;
  if (name !== undefined) customer.name = name;
  if (email !== undefined) customer.email = email;
  if (phone !== undefined) customer.phone = phone;
  return customer;
}

function sessionLink(baseUrl: string, id: string): string | undefined {
  try {
    return `${baseUrl}/session/${encodeURIComponent(id)}`;
  } catch {
    return undefined; // An id with a lone surrogate has no URL form.
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finiteOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An ISO 8601 string as a `Date`; anything else an invalid `Date`. */
function dateOf(value: unknown): Date {
  return new Date(typeof value === 'string' ? value : Number.NaN);
}

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}
