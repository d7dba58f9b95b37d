/**
 * How responses are checked against their schemas.
 * - `lenient` (default): types are checked; unknown fields are kept and never cause a failure.
 * - `strict`: as lenient, and any field the schema does not know fails with `ResponseValidationError`.
 * - `off`: no checking; the parsed JSON is returned as is (fastest, no guarantees).
 *
 * @example
 * ```ts
 * const validation: ValidationMode = process.env.CI ? 'strict' : 'lenient';
 * const vapi = new VapiClient({ validation });
 * const raw = await vapi.sessions.get(id, { validation: 'off' });
 * ```
 */
export type ValidationMode = 'strict' | 'lenient' | 'off';
