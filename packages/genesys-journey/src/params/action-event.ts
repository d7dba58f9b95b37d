import * as z from 'zod/mini';
import { ACTION_STATES } from '../schemas/action.ts';
import { NonEmpty } from './fields.ts';

/**
 * The body of `tracking.actionEvent` (spec `ActionEventRequest`): the session, the action (as a ping returned it) and
 * the state it moves to; `errorCode` / `errorMessage` when it moves to `errored`.
 *
 * @example
 * ```ts
 * await gj.tracking.actionEvent(deploymentId, { sessionId: action.sessionId, actionId: action.id, actionState: 'offered' });
 * ```
 */
export const ActionEventInputSchema = z.strictObject({
  sessionId: NonEmpty,
  actionId: NonEmpty,
  actionState: z.enum(ACTION_STATES),
  errorCode: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
});

/**
 * The body of `tracking.actionEvent` (input of `ActionEventInputSchema`).
 *
 * @example
 * ```ts
 * const event: ActionEventInput = { sessionId, actionId, actionState: 'errored', errorCode: 'E42', errorMessage: 'no agent' };
 * ```
 */
export type ActionEventInput = z.input<typeof ActionEventInputSchema>;
