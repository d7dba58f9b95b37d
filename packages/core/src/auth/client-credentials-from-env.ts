import { readEnv } from '../config/read-env.ts';
import { ConfigurationError } from '../errors/configuration-error.ts';
import type { AuthStrategy } from './auth-strategy.ts';
import { type ClientCredentialsOptions, clientCredentials } from './client-credentials.ts';

/**
 * Where a vendor client's OAuth client credentials may come from: its options, else two environment variables.
 *
 * @example
 * ```ts
 * const source: ClientCredentialsSource = {
 *   vendor: 'Highlight',
 *   env: { clientId: 'HIGHLIGHT_CLIENT_ID', clientSecret: 'HIGHLIGHT_CLIENT_SECRET' },
 *   tokenUrl: 'http://localhost:8082/oauth/token',
 * };
 * ```
 */
export interface ClientCredentialsSource extends Omit<ClientCredentialsOptions, 'clientId' | 'clientSecret'> {
  /** Vendor name for the error message, e.g. `Genesys`. */
  readonly vendor: string;
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  /** The environment variables read when neither `clientId` nor `clientSecret` is given. */
  readonly env: { readonly clientId: string; readonly clientSecret: string };
}

/**
 * OAuth client credentials from the client's options, or — when neither `clientId` nor `clientSecret` is given —
 * from the vendor's environment variables. `undefined` when neither place has any; a `ConfigurationError` naming the
 * missing half when only one is there; otherwise `clientCredentials()` with its browser and plain-http refusals.
 *
 * @example
 * ```ts
 * const auth = clientCredentialsFrom({
 *   vendor: 'Genesys',
 *   clientId: options.clientId,
 *   clientSecret: options.clientSecret,
 *   env: { clientId: 'GENESYS_CLIENT_ID', clientSecret: 'GENESYS_CLIENT_SECRET' },
 *   tokenUrl: 'https://login.mypurecloud.ie/oauth/token',
 * });
 * ```
 */
export function clientCredentialsFrom(source: ClientCredentialsSource): AuthStrategy | undefined {
  const { vendor, env, ...options } = source;
  const explicit = options.clientId !== undefined || options.clientSecret !== undefined;
  const clientId = explicit ? options.clientId : readEnv(env.clientId);
  const clientSecret = explicit ? options.clientSecret : readEnv(env.clientSecret);
  if (clientId === undefined && clientSecret === undefined) return undefined;
  if (!clientId || !clientSecret) {
    throw new ConfigurationError(
      `${vendor} OAuth client credentials need both clientId and clientSecret (or ${env.clientId} and ${env.clientSecret}); ${clientId ? 'clientSecret' : 'clientId'} is missing.`,
    );
  }
  return clientCredentials({ ...options, clientId, clientSecret });
}
