import { type AssertTrue, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { JourneyCampaign, Referrer, ReferrerMedium } from '../types/marketing.ts';

const JourneyCampaignObject = z.looseObject({
  content: z.nullish(z.string()),
  medium: z.nullish(z.string()),
  name: z.nullish(z.string()),
  source: z.nullish(z.string()),
  term: z.nullish(z.string()),
  clickId: z.nullish(z.string()),
  network: z.nullish(z.string()),
});

/**
 * Schema of `JourneyCampaign` (spec `JourneyCampaign`); every field optional, unknown fields kept.
 *
 * @example
 * ```ts
 * JourneyCampaignSchema.parse({ source: 'newsletter', medium: 'email' });
 * ```
 */
export const JourneyCampaignSchema: SchemaOf<JourneyCampaign> = JourneyCampaignObject;
type _JourneyCampaignMatches = AssertTrue<SchemaMatches<typeof JourneyCampaignObject, JourneyCampaign>>;

/**
 * Schema of `ReferrerMedium`: the spec's six values, and any later one as a string.
 *
 * @example
 * ```ts
 * ReferrerMediumSchema.parse('social');
 * ```
 */
export const ReferrerMediumSchema: SchemaOf<ReferrerMedium> = openEnum([
  'internal',
  'search',
  'social',
  'email',
  'unknown',
  'paid',
]);

const ReferrerObject = z.looseObject({
  url: z.string(),
  domain: z.string(),
  hostname: z.string(),
  keywords: z.nullish(z.string()),
  pathname: z.string(),
  queryString: z.nullish(z.string()),
  fragment: z.nullish(z.string()),
  name: z.nullish(z.string()),
  medium: ReferrerMediumSchema,
});

/**
 * Schema of `Referrer` (spec `Referrer`); unknown fields kept.
 *
 * @example
 * ```ts
 * const referrer = ReferrerSchema.parse(json.referrer);
 * ```
 */
export const ReferrerSchema: SchemaOf<Referrer> = ReferrerObject;
type _ReferrerMatches = AssertTrue<SchemaMatches<typeof ReferrerObject, Referrer>>;
