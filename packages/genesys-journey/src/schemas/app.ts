import * as z from 'zod/mini';

/**
 * The mobile application of an app session (spec `JourneyApp`).
 *
 * @example
 * ```ts
 * if (session.app) console.log(session.app.namespace, session.app.version);
 * ```
 */
export const JourneyAppSchema = z.looseObject({
  /** e.g. mybankingapp. */
  name: z.string(),
  /** e.g. com.genesys.bancodinero. */
  namespace: z.string(),
  version: z.string(),
  buildNumber: z.string(),
});

/**
 * The mobile application of an app session; see `JourneyAppSchema`.
 *
 * @example
 * ```ts
 * const app: JourneyApp = { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' };
 * ```
 */
export type JourneyApp = z.infer<typeof JourneyAppSchema>;

/**
 * The SDK that produced a session's events (spec `SdkLibrary`).
 *
 * @example
 * ```ts
 * console.log(session.sdkLibrary?.name, session.sdkLibrary?.version);
 * ```
 */
export const SdkLibrarySchema = z.looseObject({
  name: z.string(),
  version: z.string(),
});

/**
 * The SDK that produced a session's events; see `SdkLibrarySchema`.
 *
 * @example
 * ```ts
 * const sdk: SdkLibrary = { name: 'journey-sdk-android', version: '1.4.0' };
 * ```
 */
export type SdkLibrary = z.infer<typeof SdkLibrarySchema>;

/**
 * The device's network connectivity in an app session (spec `NetworkConnectivity`).
 *
 * @example
 * ```ts
 * if (session.networkConnectivity?.wifiEnabled === false) console.log('on cellular');
 * ```
 */
export const NetworkConnectivitySchema = z.looseObject({
  carrier: z.nullish(z.string()),
  bluetoothEnabled: z.boolean(),
  cellularEnabled: z.boolean(),
  wifiEnabled: z.boolean(),
});

/**
 * The device's network connectivity; see `NetworkConnectivitySchema`.
 *
 * @example
 * ```ts
 * const network: NetworkConnectivity = { bluetoothEnabled: false, cellularEnabled: true, wifiEnabled: true };
 * ```
 */
export type NetworkConnectivity = z.infer<typeof NetworkConnectivitySchema>;
