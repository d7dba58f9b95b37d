/** The shared OpenAPI contract tools, on Vapi's own spec. */
import { createSpecValidator as onDefinition } from '@sessionkit/openapi-contract';
import type { OpenAPIBackend } from 'openapi-backend';
import { type ContractDefinitionOptions, contractDefinition, loadVapiSpec } from './vapi-spec.ts';

export { ContractCoverage, toSpecRequest, validatingFetch } from '@sessionkit/openapi-contract';

/** openapi-backend on Vapi's spec with the documented corrections (some can be left out to show they are needed). */
export function createSpecValidator(options: ContractDefinitionOptions = {}): Promise<OpenAPIBackend> {
  return onDefinition(contractDefinition(loadVapiSpec(), options) as object);
}
