import { ConfigurationError } from '../errors/configuration-error.ts';

/**
 * An option's absolute `http(s)` URL, without trailing slashes; a `ConfigurationError` naming the option otherwise.
 * What every client does with `baseUrl`, a token URL or a graph URL before it builds its transport.
 *
 * @example
 * ```ts
 * httpUrl('https://api.vapi.ai/', 'baseUrl'); // 'https://api.vapi.ai'
 * httpUrl('api.vapi.ai', 'baseUrl'); // throws ConfigurationError: Invalid baseUrl …
 * ```
 */
export function httpUrl(value: string, option: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // Reported below.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ConfigurationError(`Invalid ${option}: ${JSON.stringify(value)}; expected an absolute http(s) URL.`);
  }
  return value.replace(/\/+$/, '');
}
