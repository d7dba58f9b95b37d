import * as z from 'zod';

/** Where a session lives. */
export const VendorNameSchema = z.enum(['vapi', 'genesys-journey', 'highlight']);
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
  id: z.string().min(1),
  createdAt: z.date(),
  endedAt: z.date().optional(),
  durationMs: z.number().nonnegative().optional(),
  /** `active` while the session can still receive activity, `ended` after, `unknown` when the vendor does not say. */
  status: z.enum(['active', 'ended', 'unknown']),
  /** The vendor's own status word, when it has one. */
  vendorStatus: z.string().optional(),
  customer: z
    .object({
      id: z.string().optional(),
      name: z.string().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
    })
    .optional(),
  counts: z.object({
    messages: z.number().int().nonnegative().optional(),
    events: z.number().int().nonnegative().optional(),
    errors: z.number().int().nonnegative().optional(),
  }),
  /** A link to the session in the vendor's UI or API, when one can be built. */
  link: z.string().optional(),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;
