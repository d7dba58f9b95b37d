import { RequestValidationError } from '../errors/validation-errors.ts';

const FORBIDDEN = /[\r\n\0]/;

/**
 * Refuses header values containing CR, LF or NUL (header injection) before the request leaves. The message
 * names the header, never its value, since values are often secrets.
 */
export function assertHeaderValues(headers: Readonly<Record<string, string>>, what = 'header value'): void {
  const bad = Object.entries(headers).filter(([, value]) => FORBIDDEN.test(value));
  if (bad.length > 0) {
    throw new RequestValidationError(
      what,
      bad.map(([name]) => ({ path: name, message: 'Must not contain CR, LF or NUL characters' })),
    );
  }
}
