/**
 * The API keys the emulator accepts: `apiKey` only when set, else any non-empty bearer token; after `expire()`, none
 * of the keys seen so far (as a rotated or revoked key), until `clear()`.
 */
export class VapiKeys {
  readonly #apiKey: string | undefined;
  readonly #seen = new Set<string>();
  readonly #revoked = new Set<string>();

  constructor(apiKey: string | undefined) {
    this.#apiKey = apiKey;
  }

  /** Whether the `Authorization` header carries an accepted key. */
  accepts(authorization: string | undefined): boolean {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!token || (this.#apiKey !== undefined && token !== this.#apiKey)) return false;
    this.#seen.add(token);
    return !this.#revoked.has(token);
  }

  /** Refuses every key seen so far (and `apiKey`) from now on. */
  expire(): void {
    for (const key of this.#seen) this.#revoked.add(key);
    if (this.#apiKey !== undefined) this.#revoked.add(this.#apiKey);
  }

  clear(): void {
    this.#seen.clear();
    this.#revoked.clear();
  }
}
