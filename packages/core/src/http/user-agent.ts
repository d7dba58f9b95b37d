import { VERSION } from '../version.ts';

/** Identification headers: `User-Agent` (outside browsers) and `x-sessionkit-client`. */
export function identificationHeaders(
  client: { name: string; version: string },
  browser: boolean,
): Record<string, string> {
  const short = client.name.replace(/^@sessionkit\//, '');
  const runtime =
    typeof process === 'object' && process.versions?.node ? `node/${process.versions.node}` : 'runtime/unknown';
  const headers: Record<string, string> = { 'x-sessionkit-client': `${short}/${client.version} core/${VERSION}` };
  if (!browser) headers['user-agent'] = `sessionkit-${short}/${client.version} sessionkit-core/${VERSION} ${runtime}`;
  return headers;
}
