import * as z from 'zod/mini';
import type { AssertTrue, SchemaMatches, SchemaOf } from '../schema/schema-of.ts';
import type { SessionCounts, SessionCustomer, SessionSummary, VendorName } from './session-summary.ts';

/**
 * A vendor name, as a schema: a non-empty string in lower case, digits and `-` (`vapi`, `genesys-journey`…).
 *
 * @example
 * ```ts
 * VendorNameSchema.parse('zendesk'); // 'zendesk'
 * VendorNameSchema.safeParse('').success; // false
 * ```
 */
export const VendorNameSchema: SchemaOf<VendorName> = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Expected a vendor name such as vapi or genesys-journey' }));

const Count = z.optional(z.int().check(z.nonnegative()));
const CustomerObject = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
});
const CountsObject = z.object({ messages: Count, events: Count, errors: Count });
const SessionSummaryObject = z.object({
  vendor: VendorNameSchema,
  id: z.string().check(z.minLength(1)),
  createdAt: z.date(),
  endedAt: z.optional(z.date()),
  durationMs: z.optional(z.number().check(z.nonnegative())),
  status: z.enum(['active', 'ended', 'unknown']),
  vendorStatus: z.optional(z.string()),
  customer: z.optional(CustomerObject as SchemaOf<SessionCustomer>),
  counts: CountsObject as SchemaOf<SessionCounts>,
  link: z.optional(z.string()),
});

/**
 * `SessionSummary` as a schema, for checking summaries built elsewhere (ids non-empty, counts whole and ≥ 0).
 *
 * @example
 * ```ts
 * const summary: SessionSummary = SessionSummarySchema.parse(candidate);
 * ```
 */
export const SessionSummarySchema: SchemaOf<SessionSummary> = SessionSummaryObject;

type _CustomerMatches = AssertTrue<SchemaMatches<typeof CustomerObject, SessionCustomer>>;
type _CountsMatches = AssertTrue<SchemaMatches<typeof CountsObject, SessionCounts>>;
type _SummaryMatches = AssertTrue<SchemaMatches<typeof SessionSummaryObject, SessionSummary>>;
