export { ContractCoverage } from './contract-coverage.ts';
export { referencedSchemas } from './referenced-schemas.ts';
export { toSpecRequest } from './spec-request.ts';
export { createSpecValidator } from './spec-validator.ts';
export { type Exchange, type ValidatingFetchOptions, type Violation, validatingFetch } from './validating-fetch.ts';
