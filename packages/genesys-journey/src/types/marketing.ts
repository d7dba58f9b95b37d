/**
 * Marketing or traffic source of a visit (spec `JourneyCampaign`: the UTM parameters plus click id and network).
 *
 * @example
 * ```ts
 * const campaign: JourneyCampaign = { source: 'newsletter', medium: 'email', name: 'spring-sale' };
 * console.log(session.mktCampaign?.source, session.mktCampaign?.medium);
 * ```
 */
export interface JourneyCampaign {
  /** Differentiate ads or links that point to the same URL (e.g. textlink). */
  content?: string | null | undefined;
  /** Identify a medium such as email or cost-per-click (e.g. CPC). */
  medium?: string | null | undefined;
  /** Identify a specific product promotion or strategic campaign (e.g. 320banner). */
  name?: string | null | undefined;
  /** Identify a search engine, newsletter name, or other source (e.g. Google). */
  source?: string | null | undefined;
  /** Note the keywords for this ad (e.g. running+shoes). */
  term?: string | null | undefined;
  /** The click ID (unique number that is generated when a potential customer clicks on an affiliate link). */
  clickId?: string | null | undefined;
  /** The ad network to which the click ID belongs. */
  network?: string | null | undefined;
}

/**
 * The kind of referrer: `internal`, `search`, `social`, `email`, `unknown`, `paid`, or a later value (open enum).
 *
 * @example
 * ```ts
 * const medium: ReferrerMedium = 'social';
 * if (session.referrer?.medium === 'search') console.log(session.referrer.name);
 * ```
 */
export type ReferrerMedium = 'internal' | 'search' | 'social' | 'email' | 'unknown' | 'paid' | (string & {});

/**
 * The page that led to the visit (spec `Referrer`).
 *
 * @example
 * ```ts
 * const referrer: Referrer | null | undefined = session.referrer;
 * console.log(referrer?.hostname, referrer?.medium);
 * ```
 */
export interface Referrer {
  /** Referrer URL. */
  url: string;
  /** Referrer URL domain. */
  domain: string;
  /** Referrer URL hostname. */
  hostname: string;
  /** Referrer keywords. */
  keywords?: string | null | undefined;
  /** Referrer URL pathname. */
  pathname: string;
  /** Referrer URL querystring. */
  queryString?: string | null | undefined;
  /** Referrer URL fragment. */
  fragment?: string | null | undefined;
  /** Name of referrer (e.g. Yahoo!, Google, InfoSpace). */
  name?: string | null | undefined;
  /** Type of referrer (e.g. search, social). */
  medium: ReferrerMedium;
}
