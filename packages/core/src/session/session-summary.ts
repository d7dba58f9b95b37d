import * as z from 'zod/mini';

/**
 * Where a session lives.
 *
 * @example
 * ```ts
 * VendorNameSchema.parse('vapi'); // 'vapi'
 * VendorNameSchema.safeParse('zendesk').success; // false
 * ```
 */
export const VendorNameSchema = z.enum(['vapi', 'genesys-journey', 'highlight']);
/**
 * The name of a vendor sessionkit has a client for: `vapi`, `genesys-journey` or `highlight`.
 *
 * @example
 * ```ts
 * const vendor: VendorName = summary.vendor;
 * const label = { vapi: 'Vapi', 'genesys-journey': 'Genesys Journey', highlight: 'Highlight' }[vendor];
 * ```
 */
export type VendorName = z.infer<typeof VendorNameSchema>;

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
export const SessionSummarySchema = z.object({
  vendor: VendorNameSchema,
  id: z.string().check(z.minLength(1)),
  createdAt: z.date(),
  endedAt: z.optional(z.date()),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  /** `active` while the session can still receive activity, `ended` after, `unknown` when the vendor does not say. */
  status: z.enum(['active', 'ended', 'unknown']),
  /** The vendor's own status word, when it has one. */
  vendorStatus: z.optional(z.string()),
  customer: z.optional(
    z.object({
      id: z.optional(z.string()),
      name: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
    }),
  ),
  counts: z.object({
    messages: z.optional(z.int().check(z.nonnegative())),
    events: z.optional(z.int().check(z.nonnegative())),
    errors: z.optional(z.int().check(z.nonnegative())),
  }),
  /** A link to the session in the vendor's UI or API, when one can be built. */
  link: z.optional(z.string()),
});
/**
 * The vendor-neutral view of a session (the output of `SessionSummarySchema`).
 *
 * @example
 * ```ts
 * const summaries: SessionSummary[] = [];
 * for await (const summary of vapi.sessions.recentSummaries({ limit: 10 })) summaries.push(summary);
 * const active = summaries.filter((summary) => summary.status === 'active');
 * ```
 */
export type SessionSummary = z.infer<typeof SessionSummarySchema>;
