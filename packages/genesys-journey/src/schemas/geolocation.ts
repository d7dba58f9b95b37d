import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { JourneyGeolocation } from '../types/geolocation.ts';

const JourneyGeolocationObject = z.looseObject({
  country: z.nullish(z.string()),
  countryName: z.nullish(z.string()),
  latitude: z.nullish(z.number()),
  longitude: z.nullish(z.number()),
  locality: z.nullish(z.string()),
  postalCode: z.nullish(z.string()),
  region: z.nullish(z.string()),
  regionName: z.nullish(z.string()),
  source: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
});

/**
 * Schema of `JourneyGeolocation` (spec `JourneyGeolocation`); every field optional, unknown fields kept.
 *
 * @example
 * ```ts
 * JourneyGeolocationSchema.parse({ country: 'IE', locality: 'Dublin' });
 * ```
 */
export const JourneyGeolocationSchema: SchemaOf<JourneyGeolocation> = JourneyGeolocationObject;
type _JourneyGeolocationMatches = AssertTrue<SchemaMatches<typeof JourneyGeolocationObject, JourneyGeolocation>>;
