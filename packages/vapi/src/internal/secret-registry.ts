/**
 * Credentials that appear in request bodies (a Twilio auth token or API secret in `phoneNumber`), registered with
 * the client's redactor so they never show in an error, a log line or an echoed body.
 */
export class SecretRegistry {
  readonly #secrets = new Set<string>();

  /** Remembers the Twilio credentials of a `phoneNumber` input, if any. */
  addPhoneNumberSecrets(
    phoneNumber:
      | { readonly twilioAuthToken?: string | undefined; readonly twilioApiSecret?: string | undefined }
      | undefined,
  ): void {
    for (const secret of [phoneNumber?.twilioAuthToken, phoneNumber?.twilioApiSecret]) {
      if (secret) this.#secrets.add(secret);
    }
  }

  /** The secrets known so far (a redactor source). */
  readonly list = (): readonly string[] => [...this.#secrets];
}
