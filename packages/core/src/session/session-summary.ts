/**
 * The name of the vendor holding a session, as its client names it: sessionkit's own clients say `vapi`,
 * `genesys-journey` and `highlight`; a client built on core names its own vendor, without a release of core.
 *
 * @example
 * ```ts
 * const vendor: VendorName = summary.vendor;
 * const labels: Record<string, string> = { vapi: 'Vapi', 'genesys-journey': 'Genesys Journey', highlight: 'Highlight' };
 * console.log(labels[vendor] ?? vendor);
 * ```
 */
export type VendorName = string;

/**
 * Where a summarised session stands: `active` while it can still receive activity, `ended` after, `unknown` when
 * the vendor does not say.
 *
 * @example
 * ```ts
 * const open = summaries.filter((summary) => summary.status satisfies SessionSummaryStatus === 'active');
 * ```
 */
export type SessionSummaryStatus = 'active' | 'ended' | 'unknown';

/**
 * Who a summarised session was with, as far as the vendor knows; every field optional.
 *
 * @example
 * ```ts
 * const who: SessionCustomer | undefined = summary.customer;
 * console.log(who?.name ?? who?.email ?? who?.phone ?? who?.id ?? 'anonymous');
 * ```
 */
export interface SessionCustomer {
  /** The vendor's id of the customer (a contact id, an identifier). */
  id?: string;
  /** The customer's name. */
  name?: string;
  /** The customer's email address. */
  email?: string;
  /** The customer's phone number, as the vendor stores it (E.164 for Vapi). */
  phone?: string;
}

/**
 * How much happened in a summarised session; a count the vendor does not report is absent.
 *
 * @example
 * ```ts
 * const { messages = 0, events = 0, errors = 0 }: SessionCounts = summary.counts;
 * ```
 */
export interface SessionCounts {
  /** Messages exchanged (Vapi). */
  messages?: number;
  /** Events recorded (Genesys). */
  events?: number;
  /** Errors recorded (Highlight). */
  errors?: number;
}

/**
 * The vendor-neutral view of a session, the same for every vendor. Dates are `Date` objects; fields a vendor
 * does not know are absent.
 *
 * @example
 * ```ts
 * const summary: SessionSummary = vapi.sessions.toSummary(session);
 * console.log(summary.vendor, summary.id, summary.status, summary.counts.messages);
 * ```
 */
export interface SessionSummary {
  /** The vendor holding the session. */
  vendor: VendorName;
  /** The session's id at its vendor (Highlight: the secure id). */
  id: string;
  /** When the session started. */
  createdAt: Date;
  /** When the session ended, once it has. */
  endedAt?: Date;
  /** How long the session lasted (ended) or has lasted so far (active), in milliseconds. */
  durationMs?: number;
  /** `active`, `ended` or `unknown`. */
  status: SessionSummaryStatus;
  /** The vendor's own status word, when it has one. */
  vendorStatus?: string;
  /** Who the session was with. */
  customer?: SessionCustomer;
  /** How much happened in it. */
  counts: SessionCounts;
  /** A link to the session in the vendor's UI or API, when one can be built. */
  link?: string;
}
