import { ApiError } from '@sessionkit/core/surface';
import * as z from 'zod/mini';
import { ErrorBodySchema } from './schemas/error-body.ts';
import type { GenesysErrorBody } from './types/error-body.ts';

/**
 * The Genesys `ErrorBody` of a failed call (`code`, `message`, `messageParams`, `contextId`, `details`, nested
 * `errors`, `limit`), or `undefined` when `error` is not an `ApiError` or its body is not an error body. The common
 * parts are already on the error itself: `error.code`, `error.message`, `error.requestId` (the correlation id).
 *
 * @example
 * ```ts
 * try {
 *   await gj.sessions.get(sessionId);
 * } catch (error) {
 *   const body = genesysErrorBody(error);
 *   if (body?.code !== 'not.found') throw error;
 * }
 * ```
 */
export function genesysErrorBody(error: unknown): GenesysErrorBody | undefined {
  if (!ApiError.isInstance(error)) return undefined;
  const parsed = z.safeParse(ErrorBodySchema, (error as ApiError).body);
  return parsed.success ? parsed.data : undefined;
}
