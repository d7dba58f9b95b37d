/** The shared OpenAPI contract tools, on the Genesys Journey spec (converted from Swagger 2). */
import { createSpecValidator as onDefinition, validatingFetch as validating } from '@sessionkit/openapi-contract';
import type { OpenAPIBackend } from 'openapi-backend';
import { type ContractDefinitionOptions, contractDefinition } from './genesys-spec.ts';

export { type Exchange, toSpecRequest, type Violation } from '@sessionkit/openapi-contract';

/** openapi-backend on the Journey spec with the documented corrections (some can be left out to show they are needed). */
export async function createSpecValidator(options: ContractDefinitionOptions = {}): Promise<OpenAPIBackend> {
  return onDefinition((await contractDefinition(options)) as object);
}

/** The OAuth token endpoint is not part of the Platform API spec: it is passed through unchecked. */
const isTokenRequest = (url: URL): boolean => url.pathname.endsWith('/oauth/token');

/** A validating `fetch` for the client; token requests pass through. */
export function validatingFetch(api: OpenAPIBackend): ReturnType<typeof validating> {
  return validating(api, { passThrough: isTokenRequest });
}
