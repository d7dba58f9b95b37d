import { httpUrl, readEnv } from '@sessionkit/core';
import { ConfigurationError } from '@sessionkit/core/surface';
import { GENESYS_REGIONS, type GenesysRegion, isGenesysRegion, normaliseEnvironment } from '../regions.ts';

/**
 * Where the client sends API calls and token requests (`client.endpoints`).
 *
 * @example
 * ```ts
 * const gj = new GenesysJourneyClient({ region: 'eu_west_1', clientId: 'id', clientSecret: 'secret' });
 * const { apiUrl, tokenUrl } = gj.endpoints; // 'https://api.mypurecloud.ie', 'https://login.mypurecloud.ie/oauth/token'
 * ```
 */
export interface Endpoints {
  /** The environment's domain, e.g. `mypurecloud.ie`. */
  readonly domain: string;
  /** Base of API calls, e.g. `https://api.mypurecloud.ie`. */
  readonly apiUrl: string;
  /** The OAuth token endpoint client credentials are exchanged at, e.g. `https://login.mypurecloud.ie/oauth/token`. */
  readonly tokenUrl: string;
}

/** The location options of the client. */
export interface EndpointOptions {
  readonly region?: GenesysRegion | undefined;
  readonly environment?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly tokenUrl?: string | undefined;
}

const DEFAULT_REGION: GenesysRegion = 'us_east_1';

function regionDomain(region: string, source: string): string {
  if (isGenesysRegion(region)) return GENESYS_REGIONS[region];
  throw new ConfigurationError(
    `Unknown Genesys region ${JSON.stringify(region)} (${source}); expected one of ${Object.keys(GENESYS_REGIONS).join(', ')}.`,
  );
}

/** A region name, or (containing a dot) an environment domain, as GENESYS_REGION may hold either. */
function domainFromEnv(value: string): string {
  return value.includes('.') ? normaliseEnvironment(value) : regionDomain(value, 'GENESYS_REGION');
}

/**
 * Resolves the API base and the token URL: `region` or `environment` (not both), else `GENESYS_REGION`, else
 * `us_east_1` (as the official SDKs). `baseUrl` replaces the API base; `tokenUrl` the token endpoint, which defaults
 * to `https://login.{domain}/oauth/token`, or to `{baseUrl}/oauth/token` when `baseUrl` is given without a region or
 * environment (a gateway or an emulator serving both).
 */
export function resolveEndpoints(options: EndpointOptions): Endpoints {
  const { region, environment, baseUrl, tokenUrl } = options;
  if (region !== undefined && environment !== undefined) {
    throw new ConfigurationError('Give either region or environment, not both.');
  }
  const domain =
    region !== undefined
      ? regionDomain(region, 'region option')
      : environment !== undefined
        ? normaliseEnvironment(environment)
        : domainFromEnvOrDefault();
  const explicitLocation = region !== undefined || environment !== undefined;
  const apiUrl = baseUrl === undefined ? `https://api.${domain}` : httpUrl(baseUrl, 'baseUrl');
  const loginUrl = baseUrl !== undefined && !explicitLocation ? apiUrl : `https://login.${domain}`;
  return { domain, apiUrl, tokenUrl: tokenUrl === undefined ? `${loginUrl}/oauth/token` : checkedTokenUrl(tokenUrl) };
}

/**
 * `tokenUrl` as given, once core's `httpUrl` has checked it is an absolute http(s) URL: the token endpoint itself,
 * not a base to append `/oauth/token` to (so a trailing slash is kept, as the endpoint may need it).
 */
function checkedTokenUrl(value: string): string {
  httpUrl(
    value,
    'Genesys tokenUrl (the full URL of the token endpoint, such as https://login.mypurecloud.ie/oauth/token)',
  );
  return value;
}

function domainFromEnvOrDefault(): string {
  const fromEnv = readEnv('GENESYS_REGION');
  return fromEnv === undefined ? GENESYS_REGIONS[DEFAULT_REGION] : domainFromEnv(fromEnv.trim());
}
