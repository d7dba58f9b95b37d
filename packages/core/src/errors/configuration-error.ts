import { SessionkitError } from './sessionkit-error.ts';

/**
 * The client is configured in a way that cannot work (a missing API key, an unknown region, a client secret in a
 * browser). Thrown by constructors and before any request leaves.
 *
 * @example
 * ```ts
 * try {
 *   const vapi = new VapiClient(); // no apiKey given and VAPI_API_KEY unset
 * } catch (error) {
 *   if (error instanceof ConfigurationError) console.error(error.message);
 * }
 * ```
 */
export class ConfigurationError extends SessionkitError {
  static override readonly brand: string = 'ConfigurationError';
}
