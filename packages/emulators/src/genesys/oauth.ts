import { GenesysProblem } from './problem.ts';

/** Credentials the token endpoint accepts; any non-empty pair when a field is undefined. */
export interface ClientCredentials {
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
}

/** How many tokens one client id may create per window (Genesys' "oauth credential rate limit"). */
export interface TokenRateLimitOptions {
  readonly allowed: number;
  readonly windowSeconds: number;
}

/** OAuth client-credentials tokens: issued with a lifetime, counted, expirable on demand. */
export class TokenRegistry {
  /** Token requests received (successful or not). */
  requests = 0;
  readonly #expiry = new Map<string, number>();
  readonly #credentials: ClientCredentials;
  readonly #lifetimeSeconds: number;
  readonly #clock: () => Date;
  #counter = 0;
  /** Token requests answered 429 by the token-creation limit. */
  rejected = 0;
  readonly #creation: TokenRateLimitOptions | undefined;
  readonly #windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    credentials: ClientCredentials,
    lifetimeSeconds: number,
    clock: () => Date,
    creation?: TokenRateLimitOptions,
  ) {
    this.#creation = creation;
    this.#credentials = credentials;
    this.#lifetimeSeconds = lifetimeSeconds;
    this.#clock = clock;
  }

  /** Answers `POST /oauth/token`: Basic auth with the client id and secret, `grant_type=client_credentials`. */
  issue(
    authorization: string | undefined,
    form: unknown,
  ): { access_token: string; token_type: string; expires_in: number } {
    this.requests += 1;
    const basic = /^Basic (.+)$/i.exec(authorization ?? '')?.[1];
    const [clientId, clientSecret] = basic ? decodeBasic(basic) : [];
    const { clientId: wantedId, clientSecret: wantedSecret } = this.#credentials;
    if (
      !clientId ||
      !clientSecret ||
      (wantedId && clientId !== wantedId) ||
      (wantedSecret && clientSecret !== wantedSecret)
    ) {
      throw new OAuthProblem(401, 'invalid_client', 'Invalid client credentials');
    }
    if ((form as Record<string, unknown> | undefined)?.grant_type !== 'client_credentials') {
      throw new OAuthProblem(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
    }
    this.#countCreation(clientId);
    this.#counter += 1;
    const token = `gt-${this.#counter}-${Math.random().toString(36).slice(2, 12)}`;
    this.#expiry.set(token, this.#clock().getTime() + this.#lifetimeSeconds * 1000);
    return { access_token: token, token_type: 'bearer', expires_in: this.#lifetimeSeconds };
  }

  /** The token-creation limit per client id: over it, a 429 with `Retry-After` until the window ends. */
  #countCreation(clientId: string): void {
    if (!this.#creation) return;
    const now = this.#clock().getTime();
    const windowMs = this.#creation.windowSeconds * 1000;
    let window = this.#windows.get(clientId);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 };
      this.#windows.set(clientId, window);
    }
    if (window.count >= this.#creation.allowed) {
      this.rejected += 1;
      const seconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
      throw new OAuthProblem(429, 'rate_limit_exceeded', 'oauth credential rate limit exceeded', seconds);
    }
    window.count += 1;
  }

  /** Checks a bearer token; throws the 401 Genesys answers for a missing, unknown or expired one. */
  verify(authorization: string | undefined): string {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!token)
      throw new GenesysProblem(
        401,
        'authentication.required',
        'No authentication bearer token specified in authorization header.',
      );
    const expiry = this.#expiry.get(token);
    if (expiry === undefined || expiry <= this.#clock().getTime()) {
      throw new GenesysProblem(401, 'bad.credentials', 'Invalid login credentials.');
    }
    return token;
  }

  /** Every token issued so far, oldest first. */
  get issued(): string[] {
    return [...this.#expiry.keys()];
  }

  /** Makes every issued token invalid, as if they had all expired. */
  expireAll(): void {
    for (const token of this.#expiry.keys()) this.#expiry.set(token, 0);
  }

  clear(): void {
    this.requests = 0;
    this.rejected = 0;
    this.#windows.clear();
    this.#expiry.clear();
  }
}

/** An OAuth error (`{ error, description, error_description }`), as login.{domain} answers. */
export class OAuthProblem extends Error {
  readonly status: number;
  readonly error: string;
  /** Seconds the client should wait (a 429's `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, error: string, description: string, retryAfterSeconds?: number) {
    super(description);
    this.status = status;
    this.error = error;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function decodeBasic(value: string): [string, string] | [] {
  try {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return [];
    return [decodeURIComponent(decoded.slice(0, colon)), decodeURIComponent(decoded.slice(colon + 1))];
  } catch {
    return [];
  }
}
