/**
 * Reads an environment variable where one exists (Node, Deno, Bun); `undefined` in browsers and where the
 * environment may not be read (Deno without `--allow-env` throws `NotCapable` on access): the same as unset.
 *
 * @example
 * ```ts
 * const apiKey = readEnv('VAPI_API_KEY'); // undefined when unset, blank, unreadable, or in a browser
 * const auth = bearerToken(apiKey, 'Vapi API key');
 * ```
 */
export function readEnv(name: string): string | undefined {
  let value: string | undefined;
  try {
    value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {
    return undefined;
  }
  return value === undefined || value.trim() === '' ? undefined : value;
}
