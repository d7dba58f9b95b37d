import type { PlainReply, RecordedRequest } from '../server/index.ts';
import type { EmulatedOAuthClient } from './types.ts';

interface IssuedToken {
  readonly client: EmulatedOAuthClient;
  readonly expiresAt: number;
}

/**
 * Highlight's OAuth 2.0 server (go-oauth2) for the client-credentials grant: `POST /oauth/token` with the client
 * in HTTP Basic auth or in `client_id`/`client_secret` query parameters, `grant_type` in the form body or the
 * query. Tokens live `lifetimeSeconds`.
 */
export class OAuthServer {
  readonly #clients: readonly EmulatedOAuthClient[];
  readonly #issued = new Map<string, IssuedToken>();
  readonly #clock: () => Date;
  readonly #lifetimeSeconds: number;
  #counter = 0;

  constructor(clients: readonly EmulatedOAuthClient[], clock: () => Date, lifetimeSeconds: number) {
    this.#clients = clients;
    this.#clock = clock;
    this.#lifetimeSeconds = lifetimeSeconds;
  }

  /** How many tokens were issued (tests check caching and refresh). */
  get issuedCount(): number {
    return this.#counter;
  }

  /** Answers a token request. */
  token(request: RecordedRequest): PlainReply {
    const form = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<
      string,
      string
    >;
    const grantType = form.grant_type ?? request.query.get('grant_type');
    if (grantType !== 'client_credentials') {
      return {
        status: 400,
        json: {
          error: 'unsupported_grant_type',
          error_description: 'The authorization grant type is not supported by the authorization server',
        },
      };
    }
    const [id, secret] = basicCredentials(request.headers.authorization) ?? [
      request.query.get('client_id') ?? form.client_id,
      request.query.get('client_secret') ?? form.client_secret,
    ];
    const client = this.#clients.find((candidate) => candidate.clientId === id && candidate.clientSecret === secret);
    if (!client) {
      return { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed' } };
    }
    this.#counter += 1;
    const accessToken = `hl-oauth-${this.#counter}-${id}`;
    this.#issued.set(accessToken, { client, expiresAt: this.#clock().getTime() + this.#lifetimeSeconds * 1000 });
    return {
      json: { access_token: accessToken, token_type: 'Bearer', expires_in: this.#lifetimeSeconds, scope: '' },
    };
  }

  /** The client a bearer token belongs to, if it is valid and not expired. */
  validate(accessToken: string): EmulatedOAuthClient | undefined {
    const issued = this.#issued.get(accessToken);
    if (!issued || issued.expiresAt <= this.#clock().getTime()) return undefined;
    return issued.client;
  }

  /** Revokes every issued token, as a restart of Highlight's token store would. */
  revokeAll(): void {
    this.#issued.clear();
  }

  /** Forgets tokens and the issue count. */
  reset(): void {
    this.#issued.clear();
    this.#counter = 0;
  }
}

function basicCredentials(header: string | undefined): [string, string] | undefined {
  const encoded = /^Basic (.+)$/i.exec(header ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
}
