import * as z from 'zod/mini';

/**
 * Where the visitor is (spec `JourneyGeolocation`), every field optional.
 *
 * @example
 * ```ts
 * console.log(session.geolocation?.countryName, session.geolocation?.locality);
 * ```
 */
export const JourneyGeolocationSchema = z.looseObject({
  /** ISO 3166-1 alpha-2 country code. */
  country: z.nullish(z.string()),
  countryName: z.nullish(z.string()),
  latitude: z.nullish(z.number()),
  longitude: z.nullish(z.number()),
  /** Locality or city. */
  locality: z.nullish(z.string()),
  postalCode: z.nullish(z.string()),
  /** ISO 3166-2 region code. */
  region: z.nullish(z.string()),
  regionName: z.nullish(z.string()),
  /** How the location was determined. */
  source: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
});

/**
 * Where the visitor is; see `JourneyGeolocationSchema`.
 *
 * @example
 * ```ts
 * const where: JourneyGeolocation = { country: 'IE', countryName: 'Ireland', locality: 'Dublin' };
 * ```
 */
export type JourneyGeolocation = z.infer<typeof JourneyGeolocationSchema>;
