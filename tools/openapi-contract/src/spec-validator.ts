import ajvFormats from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';

/**
 * openapi-backend (a real OpenAPI 3 router and Ajv-based request/response validator) on a vendor's contract
 * definition, strict (it throws if the definition is not valid OpenAPI), with ajv-formats so `date-time`, `uuid` and
 * `uri` formats are checked.
 */
export async function createSpecValidator(definition: object): Promise<OpenAPIBackend> {
  const api = new OpenAPIBackend({
    definition: definition as never,
    strict: true,
    validate: true,
    coerceTypes: true,
    customizeAjv: (ajv) => {
      // ajv-formats is CommonJS: its plugin is the `default` of the module object under nodenext.
      ajvFormats.default(ajv as never);
      return ajv;
    },
  });
  return api.init();
}
