/**
 * Where the visitor is (spec `JourneyGeolocation`), every field optional.
 *
 * @example
 * ```ts
 * const where: JourneyGeolocation = { country: 'IE', countryName: 'Ireland', locality: 'Dublin' };
 * console.log(session.geolocation?.countryName, session.geolocation?.locality);
 * ```
 */
export interface JourneyGeolocation {
  /** Geolocation's ISO 3166-1 alpha-2 country code. */
  country?: string | null | undefined;
  /** Geolocation's country name. */
  countryName?: string | null | undefined;
  /** Geolocation's latitude. */
  latitude?: number | null | undefined;
  /** Geolocation's longitude. */
  longitude?: number | null | undefined;
  /** Geolocation's locality or city. */
  locality?: string | null | undefined;
  /** Geolocation's postal code or ZIP code. */
  postalCode?: string | null | undefined;
  /** Geolocation's ISO-3166-2 region code. */
  region?: string | null | undefined;
  /** Geolocation's region name. */
  regionName?: string | null | undefined;
  /** The source that was used to determine the geolocation information. */
  source?: string | null | undefined;
  /** Geolocation's timezone. */
  timezone?: string | null | undefined;
}
