/**
 * The HMAC plan of a webhook credential (spec `HMACAuthenticationPlan`), the very object given to Vapi as the
 * credential's `authenticationPlan`. Defaults are the spec's: `signatureHeader` `x-signature`, `timestampHeader`
 * `x-timestamp`, `includeTimestamp` true, `payloadFormat` `{timestamp}.{body}` (`{body}` without a timestamp),
 * `signatureEncoding` `hex`, `secretIsBase64` false. `messageIdHeader` (for `{svix-id}`) defaults to `svix-id`.
 *
 * @example
 * ```ts
 * const plan: HmacAuthenticationPlan = { type: 'hmac', secretKey: 'whsec', algorithm: 'sha256' };
 * ```
 */
export interface HmacAuthenticationPlan {
  type: 'hmac';
  /** The HMAC secret key Vapi signs with. */
  secretKey: string;
  algorithm: 'sha256' | 'sha512' | 'sha1';
  signatureHeader?: string;
  timestampHeader?: string;
  /** A prefix before the signature, e.g. `sha256=` (GitHub style) or `v1,` (Svix style). */
  signaturePrefix?: string;
  includeTimestamp?: boolean;
  /** With the placeholders `{body}`, `{timestamp}`, `{method}`, `{url}` and `{svix-id}`. */
  payloadFormat?: string;
  messageIdHeader?: string;
  signatureEncoding?: 'hex' | 'base64';
  secretIsBase64?: boolean;
}

/**
 * The bearer plan of a webhook credential (spec `BearerAuthenticationPlan`): Vapi sends `token` in `headerName`
 * (default `Authorization`), after `Bearer ` unless `bearerPrefixEnabled` is false.
 *
 * @example
 * ```ts
 * const plan: BearerAuthenticationPlan = { type: 'bearer', token: 'shared-token' };
 * ```
 */
export interface BearerAuthenticationPlan {
  type: 'bearer';
  token: string;
  headerName?: string;
  bearerPrefixEnabled?: boolean;
}

/**
 * The legacy `server.secret`: Vapi sends it as is in `X-Vapi-Signature` (older material: `X-Vapi-Secret`; either
 * is accepted). A missing header is `missing-signature`, a different value `bad-signature`.
 *
 * @example
 * ```ts
 * const plan: SecretAuthenticationPlan = { type: 'secret', secret: 'my-server-secret' };
 * ```
 */
export interface SecretAuthenticationPlan {
  type: 'secret';
  secret: string;
}

/**
 * An OAuth2 credential: Vapi presents, as `Authorization: Bearer <token>`, a token the user's own OAuth server
 * issued; `verifyBearer` in the options checks it.
 *
 * @example
 * ```ts
 * const plan: OAuth2AuthenticationPlan = { type: 'oauth2' };
 * ```
 */
export interface OAuth2AuthenticationPlan {
  type: 'oauth2';
  /** The header the token comes in. Default `Authorization`. */
  headerName?: string;
}

/**
 * Every way `verifyWebhook` can check a request.
 *
 * @example
 * ```ts
 * const plan: WebhookAuthenticationPlan = { type: 'bearer', token: 'shared-token' };
 * ```
 */
export type WebhookAuthenticationPlan =
  | HmacAuthenticationPlan
  | BearerAuthenticationPlan
  | SecretAuthenticationPlan
  | OAuth2AuthenticationPlan;
