import * as z from 'zod/mini';
import { PropertiesSchema } from './properties.ts';
import { SecureIdSchema } from './secure-id.ts';

/**
 * The arguments of `sessions.identify(secureId, identifier, userObject)`, checked together so every bad one is
 * listed: the session, a non-empty user identifier (an email address also sets the session's `email`), and optional
 * user properties (see `PropertiesSchema`).
 *
 * @example
 * ```ts
 * IdentifyParamsSchema.parse({ secureId, identifier: 'ada@example.com', userObject: { plan: 'pro' } });
 * ```
 */
export const IdentifyParamsSchema = z.object({
  secureId: SecureIdSchema,
  identifier: z.string().check(z.minLength(1, { error: 'Must not be empty' })),
  userObject: z.optional(PropertiesSchema),
});

/**
 * The arguments of `sessions.identify`; see `IdentifyParamsSchema`.
 *
 * @example
 * ```ts
 * const params: IdentifyParams = { secureId, identifier: 'ada@example.com', userObject: { plan: 'pro' } };
 * ```
 */
export type IdentifyParams = z.input<typeof IdentifyParamsSchema>;
