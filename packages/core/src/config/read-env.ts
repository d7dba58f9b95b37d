/**
 * Reads an environment variable where one exists (Node, Deno, Bun); `undefined` in browsers.
 *
 * @example
 * ```ts
 * const apiKey = readEnv('VAPI_API_KEY'); // undefined when unset, blank, or in a browser
 * const auth = bearerToken(apiKey, 'Vapi API key');
 * ```
 */
export function readEnv(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const value = env?.[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
