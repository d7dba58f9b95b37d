import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import { openEnum } from './open-enum.ts';

/**
 * The states an engagement action moves through (spec `ActionEventRequest.actionState`, `EventAction.state`).
 *
 * @example
 * ```ts
 * await gj.tracking.actionEvent(deploymentId, { sessionId, actionId, actionState: ACTION_STATES[0] });
 * ```
 */
export const ACTION_STATES = [
  'accepted',
  'rejected',
  'timedout',
  'errored',
  'ignored',
  'qualified',
  'offered',
  'started',
  'engaged',
  'qualifiedOutsideSchedule',
  'offeredOutsideSchedule',
  'abandoned',
  'completed',
  'frequencyCapReached',
] as const;

/**
 * A state of an engagement action; see `ACTION_STATES`.
 *
 * @example
 * ```ts
 * const state: ActionState = 'engaged';
 * ```
 */
export type ActionState = (typeof ACTION_STATES)[number];

/**
 * How an action is delivered (spec `DeploymentWebAction.mediaType`, `EventAction.mediaType`).
 *
 * @example
 * ```ts
 * const offers = ping.actions?.filter((action) => action.mediaType === ACTION_MEDIA_TYPES[2]);
 * ```
 */
export const ACTION_MEDIA_TYPES = [
  'webchat',
  'webMessagingOffer',
  'contentOffer',
  'integrationAction',
  'architectFlow',
  'openAction',
] as const;

/**
 * How an action is delivered; see `ACTION_MEDIA_TYPES`.
 *
 * @example
 * ```ts
 * const mediaType: ActionMediaType = 'contentOffer';
 * ```
 */
export type ActionMediaType = (typeof ACTION_MEDIA_TYPES)[number];

/**
 * The action behind a web action event (spec `EventAction`). State and media type stay open.
 *
 * @example
 * ```ts
 * if (isEventType(event, 'com.genesys.journey.WebActionEvent')) console.log(event.webActionEvent.action.state);
 * ```
 */
export const EventActionSchema = z.looseObject({
  id: z.string(),
  state: openEnum(ACTION_STATES),
  mediaType: openEnum(ACTION_MEDIA_TYPES),
  prompt: z.string(),
  createdDate: IsoDateTime,
});

/**
 * The action behind a web action event; see `EventActionSchema`.
 *
 * @example
 * ```ts
 * const action: EventAction = webActionEvent.action;
 * ```
 */
export type EventAction = z.infer<typeof EventActionSchema>;

/**
 * The action map that triggered an action (spec `ActionEventActionMap`).
 *
 * @example
 * ```ts
 * console.log(webActionEvent.actionMap.displayName, webActionEvent.actionMap.version);
 * ```
 */
export const ActionEventActionMapSchema = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
  version: z.int(),
  displayName: z.string(),
});

/**
 * The action map that triggered an action; see `ActionEventActionMapSchema`.
 *
 * @example
 * ```ts
 * const map: ActionEventActionMap = { id: 'm-1', version: 3, displayName: 'Offer chat on checkout' };
 * ```
 */
export type ActionEventActionMap = z.infer<typeof ActionEventActionMapSchema>;
