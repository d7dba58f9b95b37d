import type { AssertTrue, InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ACTION_STATES } from '../types/action.ts';
import type { ActionEventInput } from '../types/params.ts';
import { NonEmpty } from './fields.ts';

/**
 * Schema of `ActionEventInput`, the body of `tracking.actionEvent` (spec `ActionEventRequest`); unknown fields
 * refused.
 *
 * @example
 * ```ts
 * ActionEventInputSchema.parse({ sessionId, actionId, actionState: 'offered' });
 * ```
 */
export const ActionEventInputSchema = z.strictObject({
  sessionId: NonEmpty,
  actionId: NonEmpty,
  actionState: z.enum(ACTION_STATES),
  errorCode: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
});
type _ActionEventInputMatches = AssertTrue<InputMatches<typeof ActionEventInputSchema, ActionEventInput>>;
