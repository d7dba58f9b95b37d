/**
 * How responses are checked against their schemas.
 * - `lenient` (default): types are checked; unknown fields are kept and never cause a failure.
 * - `strict`: as lenient, and any field the schema does not know fails with `ResponseValidationError`.
 * - `off`: no checking; the parsed JSON is returned as is (fastest, no guarantees).
 */
export type ValidationMode = 'strict' | 'lenient' | 'off';
