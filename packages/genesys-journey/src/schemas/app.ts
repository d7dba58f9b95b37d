import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { JourneyApp, NetworkConnectivity, SdkLibrary } from '../types/app.ts';

const JourneyAppObject = z.looseObject({
  name: z.string(),
  namespace: z.string(),
  version: z.string(),
  buildNumber: z.string(),
});

/**
 * Schema of `JourneyApp` (spec `JourneyApp`); unknown fields kept.
 *
 * @example
 * ```ts
 * JourneyAppSchema.parse({ name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' });
 * ```
 */
export const JourneyAppSchema: SchemaOf<JourneyApp> = JourneyAppObject;
type _JourneyAppMatches = AssertTrue<SchemaMatches<typeof JourneyAppObject, JourneyApp>>;

const SdkLibraryObject = z.looseObject({
  name: z.string(),
  version: z.string(),
});

/**
 * Schema of `SdkLibrary` (spec `SdkLibrary`); unknown fields kept.
 *
 * @example
 * ```ts
 * SdkLibrarySchema.parse({ name: 'journey-sdk-android', version: '1.4.0' });
 * ```
 */
export const SdkLibrarySchema: SchemaOf<SdkLibrary> = SdkLibraryObject;
type _SdkLibraryMatches = AssertTrue<SchemaMatches<typeof SdkLibraryObject, SdkLibrary>>;

const NetworkConnectivityObject = z.looseObject({
  carrier: z.nullish(z.string()),
  bluetoothEnabled: z.boolean(),
  cellularEnabled: z.boolean(),
  wifiEnabled: z.boolean(),
});

/**
 * Schema of `NetworkConnectivity` (spec `NetworkConnectivity`); unknown fields kept.
 *
 * @example
 * ```ts
 * NetworkConnectivitySchema.parse({ bluetoothEnabled: false, cellularEnabled: true, wifiEnabled: true });
 * ```
 */
export const NetworkConnectivitySchema: SchemaOf<NetworkConnectivity> = NetworkConnectivityObject;
type _NetworkConnectivityMatches = AssertTrue<SchemaMatches<typeof NetworkConnectivityObject, NetworkConnectivity>>;
