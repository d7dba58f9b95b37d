import { SessionkitError } from './sessionkit-error.ts';

/**
 * The client is configured in a way that cannot work (a missing API key, an unknown region, a client secret in a
 * browser). Thrown by constructors and before any request leaves.
 */
export class ConfigurationError extends SessionkitError {
  static override readonly brand: string = 'ConfigurationError';
}
