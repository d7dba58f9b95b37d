import {
  type AuthStrategy,
  bearerToken,
  ConfigurationError,
  clientCredentialsFrom,
  oneKindOfCredentials,
  type TokenProvider,
  tokenProvider,
} from '@sessionkit/core';

/** The credential options of the client. */
export interface CredentialOptions {
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  readonly accessToken?: string | undefined;
  readonly tokenProvider?: TokenProvider | undefined;
  readonly refreshSkewMs?: number | undefined;
  readonly allowInsecureHttp?: boolean | undefined;
}

const NO_CREDENTIALS =
  'No Genesys credentials: pass clientId and clientSecret (or set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET), ' +
  'accessToken, or tokenProvider to new GenesysJourneyClient(). Only the tracking methods work without credentials.';

/** Authenticated methods fail with a clear ConfigurationError before anything is sent; tracking still works. */
const missingCredentials: AuthStrategy = {
  headers() {
    throw new ConfigurationError(NO_CREDENTIALS);
  },
  secrets: () => [],
};

/**
 * Picks the auth strategy: `accessToken`, `tokenProvider`, or OAuth client credentials (options, else
 * `GENESYS_CLIENT_ID` / `GENESYS_CLIENT_SECRET`). At most one kind may be given.
 */
export function resolveAuth(options: CredentialOptions, tokenUrl: string): AuthStrategy {
  oneKindOfCredentials('Genesys', {
    'clientId/clientSecret': options.clientId !== undefined || options.clientSecret !== undefined,
    accessToken: options.accessToken !== undefined,
    tokenProvider: options.tokenProvider !== undefined,
  });
  if (options.accessToken !== undefined) return bearerToken(options.accessToken, 'Genesys access token (accessToken)');
  if (options.tokenProvider !== undefined) {
    if (typeof options.tokenProvider !== 'function') throw new ConfigurationError('tokenProvider must be a function.');
    return tokenProvider(options.tokenProvider);
  }
  const oauth = clientCredentialsFrom({
    vendor: 'Genesys',
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    env: { clientId: 'GENESYS_CLIENT_ID', clientSecret: 'GENESYS_CLIENT_SECRET' },
    tokenUrl,
    refreshSkewMs: options.refreshSkewMs,
    allowInsecureHttp: options.allowInsecureHttp,
  });
  return oauth ?? missingCredentials;
}
