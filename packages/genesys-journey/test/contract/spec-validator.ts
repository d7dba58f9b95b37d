/** The shared OpenAPI contract tools, on the Genesys Journey spec (converted from Swagger 2). */
import { ContractCoverage, createSpecValidator as onDefinition } from '@sessionkit/openapi-contract';
import type { OpenAPIBackend } from 'openapi-backend';
import { type ContractDefinitionOptions, contractDefinition } from './genesys-spec.ts';

export { type ContractCoverage, toSpecRequest } from '@sessionkit/openapi-contract';

/** openapi-backend on the Journey spec with the documented corrections (some can be left out to show they are needed). */
export async function createSpecValidator(options: ContractDefinitionOptions = {}): Promise<OpenAPIBackend> {
  return onDefinition((await contractDefinition(options)) as object);
}

/** The OAuth token endpoint is not part of the Platform API spec: it is passed through unchecked. */
const isTokenRequest = (url: URL): boolean => url.pathname.endsWith('/oauth/token');

/** Contract scenarios over the Journey spec; token requests pass through unchecked. */
export function contractCoverage(api: OpenAPIBackend): ContractCoverage {
  return new ContractCoverage(api, { passThrough: isTokenRequest });
}
