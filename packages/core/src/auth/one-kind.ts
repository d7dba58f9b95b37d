import { ConfigurationError } from '../errors/configuration-error.ts';

/**
 * Which one kind of credentials a client was given, among several it accepts (a static token, a token provider,
 * client credentials…): the name of the one given, `undefined` when none was, and a `ConfigurationError` listing
 * the kinds when more than one was — two kinds at once is always a mistake worth saying out loud.
 *
 * @example
 * ```ts
 * const kind = oneKindOfCredentials('Genesys', {
 *   'clientId/clientSecret': options.clientId !== undefined || options.clientSecret !== undefined,
 *   accessToken: options.accessToken !== undefined,
 *   tokenProvider: options.tokenProvider !== undefined,
 * }); // 'accessToken', say
 * ```
 */
export function oneKindOfCredentials<K extends string>(
  vendor: string,
  given: Readonly<Record<K, boolean>>,
): K | undefined {
  const kinds = Object.keys(given) as K[];
  const present = kinds.filter((kind) => given[kind]);
  if (present.length > 1) {
    const list = `${kinds.slice(0, -1).join(', ')} or ${kinds[kinds.length - 1]}`;
    throw new ConfigurationError(`Give one kind of ${vendor} credentials: ${list} (got ${present.join(' and ')}).`);
  }
  return present[0];
}
