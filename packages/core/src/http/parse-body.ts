import type * as z from 'zod/mini';
import type { Redactor } from '../errors/redactor.ts';
import { ResponseValidationError, type ValidationIssue } from '../errors/validation-errors.ts';
import { parseResponse } from '../schema/parse-response.ts';
import type { StandardSchemaV1 } from '../schema/standard-schema.ts';
import { validateStandard } from '../schema/validate-standard.ts';
import type { ValidationMode } from '../schema/validation-mode.ts';

const MAX_ERROR_TEXT = 2_000;
const HAS_CONTENT = /\S/;

/** What parsing a successful body needs: the schema (zod, compiled or not, or any Standard Schema) and the mode. */
export interface BodyExpectation {
  readonly method: string;
  readonly safeUrl: () => string;
  readonly schema: z.core.$ZodType | StandardSchemaV1 | undefined;
  readonly mode: ValidationMode;
  readonly redactor: Redactor;
  /** Where lenient validation reports the drift it delivered. */
  readonly onIssues?: ((issues: readonly ValidationIssue[]) => void) | undefined;
}

/**
 * A successful body as the caller gets it: JSON parsed (an empty body is `undefined`), then validated against the
 * schema in the mode asked for; without a schema the parsed JSON as it is. Not JSON, or not matching, is a
 * `ResponseValidationError` with the redacted body.
 */
export function parseBody(text: string, expected: BodyExpectation): unknown {
  const { method, safeUrl, schema, mode, redactor, onIssues } = expected;
  let body: unknown;
  if (HAS_CONTENT.test(text)) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ResponseValidationError([{ path: '', message: 'Response body is not valid JSON' }], {
        body: redactor.text(text.slice(0, MAX_ERROR_TEXT)),
        method,
        url: safeUrl(),
      });
    }
  }
  if (!schema) return body;
  if (!('_zod' in schema)) {
    return validateStandard(schema, body, mode, () => ({ body: redactor.value(body), method, url: safeUrl() }));
  }
  return parseResponse(schema, body, mode, { method, url: safeUrl, redactor, onIssues });
}
