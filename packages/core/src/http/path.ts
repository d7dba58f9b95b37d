import { RequestValidationError } from '../errors/validation-errors.ts';

/**
 * Builds a URL path, percent-encoding every interpolated value as one path segment. Empty values and the dot
 * segments `.` and `..` are refused with `RequestValidationError`, so an id can never reach another route.
 *
 * @example
 * ```ts
 * path`/session/${id}` // id 'a/b?c' → '/session/a%2Fb%3Fc'
 * ```
 */
export function path(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  let result = strings[0] ?? '';
  values.forEach((value, index) => {
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new RequestValidationError('path parameter', [{ path: `[${index}]`, message: 'Must be a string' }]);
    }
    const text = String(value);
    if (text.length === 0 || text === '.' || text === '..') {
      throw new RequestValidationError('path parameter', [
        { path: `[${index}]`, message: text.length === 0 ? 'Must not be empty' : 'Must not be a dot segment' },
      ]);
    }
    result += encodeURIComponent(text) + (strings[index + 1] ?? '');
  });
  return result;
}
