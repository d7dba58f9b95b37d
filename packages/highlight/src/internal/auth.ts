import {
  type AuthStrategy,
  apiKeyHeader,
  ConfigurationError,
  clientCredentialsFrom,
  oneKindOfCredentials,
  readEnv,
  type TokenProvider,
  tokenProvider,
} from '@sessionkit/core';

/** The credential options of the client. */
export interface CredentialOptions {
  readonly token?: string | undefined;
  readonly tokenProvider?: TokenProvider | undefined;
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  readonly refreshSkewMs?: number | undefined;
  readonly allowInsecureHttp?: boolean | undefined;
}

/**
 * Picks the private graph's credentials: the `token` header (a dashboard JWT), a token provider (its tokens sent as
 * `Authorization: Bearer`), or OAuth client credentials (Bearer tokens from `tokenUrl`, cached and renewed). Options
 * first, else `HIGHLIGHT_TOKEN`, else `HIGHLIGHT_CLIENT_ID` / `HIGHLIGHT_CLIENT_SECRET`. At most one kind; none is
 * allowed (ingest and public sessions need no credentials).
 */
export function resolveAuth(options: CredentialOptions, tokenUrl: string): AuthStrategy | undefined {
  const kind = oneKindOfCredentials('Highlight', {
    token: options.token !== undefined,
    tokenProvider: options.tokenProvider !== undefined,
    'clientId/clientSecret': options.clientId !== undefined || options.clientSecret !== undefined,
  });
  if (options.token !== undefined) return apiKeyHeader('token', options.token, 'Highlight token (token)');
  if (options.tokenProvider !== undefined) {
    if (typeof options.tokenProvider !== 'function') {
      throw new ConfigurationError('Highlight tokenProvider must be a function returning a token.');
    }
    return tokenProvider(options.tokenProvider);
  }
  if (kind === undefined) {
    const token = readEnv('HIGHLIGHT_TOKEN');
    if (token !== undefined) return apiKeyHeader('token', token, 'Highlight token (HIGHLIGHT_TOKEN)');
  }
  return clientCredentialsFrom({
    vendor: 'Highlight',
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    env: { clientId: 'HIGHLIGHT_CLIENT_ID', clientSecret: 'HIGHLIGHT_CLIENT_SECRET' },
    tokenUrl,
    refreshSkewMs: options.refreshSkewMs,
    allowInsecureHttp: options.allowInsecureHttp,
  });
}
