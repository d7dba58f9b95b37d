/**
 * The mobile application of an app session (spec `JourneyApp`).
 *
 * @example
 * ```ts
 * const app: JourneyApp = { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' };
 * if (session.app) console.log(session.app.namespace, session.app.version);
 * ```
 */
export interface JourneyApp {
  /** Name of the application (e.g. mybankingapp). */
  name: string;
  /** Namespace of the application (e.g. com.genesys.bancodinero). */
  namespace: string;
  /** Version of the application (e.g. 5.9.27). */
  version: string;
  /** Build number of the application (e.g. 701). */
  buildNumber: string;
}

/**
 * The SDK that produced a session's events (spec `SdkLibrary`).
 *
 * @example
 * ```ts
 * const sdk: SdkLibrary = { name: 'journey-sdk-android', version: '1.4.0' };
 * ```
 */
export interface SdkLibrary {
  /** The name of the SDK. */
  name: string;
  /** The version of the SDK. */
  version: string;
}

/**
 * The device's network connectivity in an app session (spec `NetworkConnectivity`).
 *
 * @example
 * ```ts
 * const network: NetworkConnectivity = { bluetoothEnabled: false, cellularEnabled: true, wifiEnabled: true };
 * if (session.networkConnectivity?.wifiEnabled === false) console.log('on cellular');
 * ```
 */
export interface NetworkConnectivity {
  /** The name of the network carrier. */
  carrier?: string | null | undefined;
  /** Whether Bluetooth is enabled. */
  bluetoothEnabled: boolean;
  /** Whether Cellular is enabled. */
  cellularEnabled: boolean;
  /** Whether Wi-Fi is enabled. */
  wifiEnabled: boolean;
}
