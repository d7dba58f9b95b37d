import { SessionkitError } from '@sessionkit/core/surface';

/**
 * Why a webhook was refused: no or a wrong signature (HMAC plans, the legacy `server.secret`), no, a stale or a
 * future timestamp (HMAC plans that sign one), no or a wrong token (bearer and OAuth2 plans), or a body that is not
 * a server message (not UTF-8, not JSON, no `message.type`).
 *
 * @example
 * ```ts
 * const reason: WebhookVerificationReason = 'stale-timestamp';
 * ```
 */
export type WebhookVerificationReason =
  | 'missing-signature'
  | 'bad-signature'
  | 'missing-timestamp'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'missing-token'
  | 'bad-token'
  | 'bad-body';

/**
 * A webhook request that did not prove it comes from Vapi, or whose body is not a server message. Its message
 * names the header and the rule that failed, never the secret, the token, the expected signature or the one
 * received; `toJSON()` and `util.inspect` show only `reason`.
 *
 * @example
 * ```ts
 * try {
 *   await verifyWebhook(request, { plan });
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) console.warn(error.reason);
 *   else throw error;
 * }
 * ```
 */
export class WebhookVerificationError extends SessionkitError {
  static override readonly brand: string = 'WebhookVerificationError';
  /** What failed. */
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }

  protected override details(): Record<string, unknown> {
    return { reason: this.reason };
  }
}
