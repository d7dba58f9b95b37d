import { ConfigurationError } from '@sessionkit/core/surface';

/**
 * The 18 Genesys Cloud regions (the official SDK's `PureCloudRegionHosts`) and their domains. The API lives at
 * `https://api.{domain}`, the OAuth token endpoint at `https://login.{domain}/oauth/token`.
 *
 * @example
 * ```ts
 * GENESYS_REGIONS.eu_west_1; // 'mypurecloud.ie'
 * ```
 */
export const GENESYS_REGIONS = {
  us_east_1: 'mypurecloud.com',
  /** FedRAMP. */
  us_east_2: 'use2.us-gov-pure.cloud',
  us_west_2: 'usw2.pure.cloud',
  ca_central_1: 'cac1.pure.cloud',
  sa_east_1: 'sae1.pure.cloud',
  mx_central_1: 'mxc1.pure.cloud',
  eu_west_1: 'mypurecloud.ie',
  eu_west_2: 'euw2.pure.cloud',
  eu_central_1: 'mypurecloud.de',
  eu_central_2: 'euc2.pure.cloud',
  /** EU Sovereign Cloud. */
  eusc_de_east_1: 'edee1.eusc-pure.cloud',
  me_central_1: 'mec1.pure.cloud',
  ap_south_1: 'aps1.pure.cloud',
  ap_southeast_1: 'apse1.pure.cloud',
  ap_southeast_2: 'mypurecloud.com.au',
  ap_northeast_1: 'mypurecloud.jp',
  ap_northeast_2: 'apne2.pure.cloud',
  ap_northeast_3: 'apne3.pure.cloud',
} as const;

/**
 * A Genesys Cloud region name, such as `eu_west_1`; see `GENESYS_REGIONS`.
 *
 * @example
 * ```ts
 * const region: GenesysRegion = 'ap_southeast_2';
 * ```
 */
export type GenesysRegion = keyof typeof GENESYS_REGIONS;

/**
 * Whether `value` is one of the 18 region names.
 *
 * @example
 * ```ts
 * isGenesysRegion('eu_west_1'); // true
 * isGenesysRegion('mypurecloud.ie'); // false: that is an environment (domain)
 * ```
 */
export function isGenesysRegion(value: unknown): value is GenesysRegion {
  return typeof value === 'string' && Object.hasOwn(GENESYS_REGIONS, value);
}

const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * Normalises a Genesys environment the way the official SDKs accept it: a scheme, a leading `api.` or `login.`, a
 * path and trailing dots or slashes are removed, and the result is lower-cased, so `mypurecloud.ie`,
 * `api.mypurecloud.ie` and `https://login.mypurecloud.ie/` all give `mypurecloud.ie`.
 *
 * @throws ConfigurationError when what remains is not a domain name.
 * @example
 * ```ts
 * normaliseEnvironment('https://api.mypurecloud.ie/'); // 'mypurecloud.ie'
 * ```
 */
export function normaliseEnvironment(environment: string): string {
  const domain = String(environment)
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.+$/, '')
    .replace(/^(?:api|login)\./, '');
  if (!HOSTNAME.test(domain)) {
    throw new ConfigurationError(
      `Invalid Genesys environment ${JSON.stringify(environment)}: expected a domain such as mypurecloud.ie, or use region.`,
    );
  }
  return domain;
}
