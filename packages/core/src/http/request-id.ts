import type { Redactor } from '../errors/redactor.ts';

/** Where a vendor puts its request id when it does not say: the common header names, first match wins. */
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = ['x-request-id', 'request-id', 'x-correlation-id'];

/** The vendor's request or correlation id: the first of `names` present in `headers`, redacted. */
export function requestIdFrom(headers: Headers, names: readonly string[], redactor: Redactor): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value) return redactor.text(value);
  }
  return undefined;
}
