import { ConfigurationError, readEnv } from '@sessionkit/core';
import { GENESYS_REGIONS, type GenesysRegion, isGenesysRegion, normaliseEnvironment } from '../regions.ts';

/**
 * Where the client sends API calls and token requests (`client.endpoints`).
 *
 * @example
 * ```ts
 * const { apiUrl, tokenUrl } = new GenesysJourneyClient({ region: 'eu_west_1', clientId, clientSecret }).endpoints;
 * // 'https://api.mypurecloud.ie', 'https://login.mypurecloud.ie/oauth/token'
 * ```
 */
export interface Endpoints {
  /** The environment's domain, e.g. `mypurecloud.ie`. */
  readonly domain: string;
  /** Base of API calls, e.g. `https://api.mypurecloud.ie`. */
  readonly apiUrl: string;
  /** Base of the OAuth endpoints, e.g. `https://login.mypurecloud.ie`. */
  readonly authUrl: string;
  /** The client-credentials token endpoint. */
  readonly tokenUrl: string;
}

export interface EndpointOptions {
  readonly region?: GenesysRegion | undefined;
  readonly environment?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly authUrl?: string | undefined;
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
 * Resolves the API and login bases: `region` or `environment` (not both), else `GENESYS_REGION`, else `us_east_1` (as
 * the official SDKs). `baseUrl` replaces the API base; `authUrl` the login base, which defaults to `baseUrl` when
 * `baseUrl` is given without a region or environment (a gateway or an emulator serving both).
 */
export function resolveEndpoints(options: EndpointOptions): Endpoints {
  const { region, environment, baseUrl, authUrl } = options;
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
  const apiUrl = trimSlashes(baseUrl ?? `https://api.${domain}`);
  const loginUrl = trimSlashes(
    authUrl ?? (baseUrl !== undefined && !explicitLocation ? baseUrl : `https://login.${domain}`),
  );
  return { domain, apiUrl, authUrl: loginUrl, tokenUrl: `${loginUrl}/oauth/token` };
}

function domainFromEnvOrDefault(): string {
  const fromEnv = readEnv('GENESYS_REGION');
  return fromEnv === undefined ? GENESYS_REGIONS[DEFAULT_REGION] : domainFromEnv(fromEnv.trim());
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}
