const REDACTED = '[REDACTED]';
const MIN_SECRET_LENGTH = 4;
const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|token|x-auth-token)$/i;
const SECRET_QUERY = /(token|secret|key|password|signature|auth)/i;

/**
 * Removes secrets from anything that may end up in an error, a log line or a serialised object.
 * Knows secrets by value (the strings an auth strategy reports) and by name (headers, query keys).
 *
 * @example
 * ```ts
 * const redactor = new Redactor();
 * redactor.addSource(() => [apiKey]);
 * redactor.text(`key ${apiKey} rejected`); // 'key [REDACTED] rejected'
 * redactor.url('https://api.vapi.ai/session?token=abc'); // 'https://api.vapi.ai/session?token=[REDACTED]'
 * ```
 */
export class Redactor {
  readonly #sources: Array<() => readonly string[]> = [];

  /** Adds a source of secret strings; it is asked again each time, so rotating tokens are covered. */
  addSource(source: () => readonly string[]): void {
    this.#sources.push(source);
  }

  #secrets(): string[] {
    const all = this.#sources.flatMap((source) => source());
    return [...new Set(all.filter((secret) => secret.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length);
  }

  /** Replaces every known secret in `text`, raw or percent-encoded. */
  text(text: string): string {
    let result = text;
    for (const secret of this.#secrets()) {
      result = result.split(secret).join(REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) result = result.split(encoded).join(REDACTED);
    }
    return result;
  }

  /** Redacts secret-bearing query parameters and known secrets in a URL. */
  url(url: string): string {
    try {
      const parsed = new URL(url);
      for (const key of [...parsed.searchParams.keys()]) {
        if (SECRET_QUERY.test(key)) parsed.searchParams.set(key, REDACTED);
      }
      if (parsed.username || parsed.password) {
        parsed.username = '';
        parsed.password = '';
      }
      return this.text(parsed.toString()).replaceAll(encodeURIComponent(REDACTED), REDACTED);
    } catch {
      return this.text(url);
    }
  }

  /** A plain-object copy of headers with secret-bearing values replaced. */
  headers(headers: Headers | Readonly<Record<string, string>>): Record<string, string> {
    const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
    return Object.fromEntries(
      entries.map(([name, value]) => [name, SECRET_HEADER.test(name) ? REDACTED : this.text(value)]),
    );
  }

  /** A deep copy of a JSON-like value with every known secret removed from its strings and keys. */
  value<T>(value: T): T {
    return this.#walk(value, 0) as T;
  }

  #walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object' || depth > 32) return value;
    if (Array.isArray(value)) return value.map((item) => this.#walk(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[this.text(key)] = this.#walk(item, depth + 1);
    return copy;
  }
}

/** A redactor that knows no secrets by value (header and query names still apply). */
export const baseRedactor: Redactor = new Redactor();
