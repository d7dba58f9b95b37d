import type { HttpClient } from '@sessionkit/core';
import type { SecretRegistry } from './secret-registry.ts';

/** What the sessions resource needs from its client (built by `VapiClient`; not public). */
export interface SessionsContext {
  readonly http: HttpClient;
  readonly baseUrl: string;
  readonly secrets: SecretRegistry;
}
