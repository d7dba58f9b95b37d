import { ApiError } from '@sessionkit/core';
import { messagesOf } from './internal/error-body.ts';

/**
 * The messages of a Vapi error response as a list. Vapi's validation errors carry several (`["name must be
 * shorter than or equal to 40 characters", "property foo should not exist"]`), joined with `; ` in
 * `error.message`; business errors carry one. Empty when `error` is not an `ApiError` or its body had none.
 *
 * @example
 * ```ts
 * try { await vapi.sessions.create(body); }
 * catch (error) { if (error instanceof BadRequestError) console.error(vapiErrorMessages(error)); }
 * ```
 */
export function vapiErrorMessages(error: unknown): string[] {
  return ApiError.isInstance(error) ? messagesOf((error as ApiError).body) : [];
}
