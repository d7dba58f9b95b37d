import * as z from 'zod/mini';
import { openEnum } from './open-enum.ts';

/**
 * Marketing or traffic source of a visit (spec `JourneyCampaign`, the UTM parameters plus click id and network).
 *
 * @example
 * ```ts
 * console.log(session.mktCampaign?.source, session.mktCampaign?.medium);
 * ```
 */
export const JourneyCampaignSchema = z.looseObject({
  content: z.nullish(z.string()),
  medium: z.nullish(z.string()),
  name: z.nullish(z.string()),
  source: z.nullish(z.string()),
  term: z.nullish(z.string()),
  clickId: z.nullish(z.string()),
  network: z.nullish(z.string()),
});

/**
 * Marketing or traffic source of a visit; see `JourneyCampaignSchema`.
 *
 * @example
 * ```ts
 * const campaign: JourneyCampaign = { source: 'newsletter', medium: 'email', name: 'spring-sale' };
 * ```
 */
export type JourneyCampaign = z.infer<typeof JourneyCampaignSchema>;

/**
 * The kind of referrer: `internal`, `search`, `social`, `email`, `unknown`, `paid`, or a later value.
 *
 * @example
 * ```ts
 * if (session.referrer?.medium === 'search') console.log(session.referrer.name);
 * ```
 */
export const ReferrerMediumSchema = openEnum(['internal', 'search', 'social', 'email', 'unknown', 'paid']);

/**
 * The kind of referrer; see `ReferrerMediumSchema`.
 *
 * @example
 * ```ts
 * const medium: ReferrerMedium = 'social';
 * ```
 */
export type ReferrerMedium = z.infer<typeof ReferrerMediumSchema>;

/**
 * The page that led to the visit (spec `Referrer`).
 *
 * @example
 * ```ts
 * console.log(session.referrer?.hostname, session.referrer?.medium);
 * ```
 */
export const ReferrerSchema = z.looseObject({
  url: z.string(),
  domain: z.string(),
  hostname: z.string(),
  keywords: z.nullish(z.string()),
  pathname: z.string(),
  queryString: z.nullish(z.string()),
  fragment: z.nullish(z.string()),
  /** e.g. Google, Yahoo!. */
  name: z.nullish(z.string()),
  medium: ReferrerMediumSchema,
});

/**
 * The page that led to the visit; see `ReferrerSchema`.
 *
 * @example
 * ```ts
 * const referrer: Referrer | null | undefined = session.referrer;
 * ```
 */
export type Referrer = z.infer<typeof ReferrerSchema>;
