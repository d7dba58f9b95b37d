import { ConfigurationError } from '../errors/configuration-error.ts';

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/**
 * Refuses to send credentials over plain `http://` to anything but the local machine, unless the user opted in
 * with `allowInsecureHttp`.
 */
export function assertSecureTransport(url: URL, allowInsecureHttp: boolean): void {
  if (url.protocol === 'https:' || allowInsecureHttp) return;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return;
  throw new ConfigurationError(
    `Refusing to send credentials to ${url.origin} over ${url.protocol.replace(':', '')}; use https, or set allowInsecureHttp: true.`,
  );
}
