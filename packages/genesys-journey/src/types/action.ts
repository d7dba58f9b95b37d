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
 * The action behind a web action event (spec `EventAction`). State and media type stay open: a value Genesys adds
 * later is kept as a plain string.
 *
 * @example
 * ```ts
 * const action: EventAction = webActionEvent.action;
 * console.log(action.state, action.mediaType, action.prompt);
 * ```
 */
export interface EventAction {
  /** ID of the action. */
  id: string;
  /** Current state of the action (e.g. qualified, succeeded, errored). */
  state: ActionState | (string & {});
  /** The media type used to deliver the action (e.g. email, webhook). */
  mediaType: ActionMediaType | (string & {});
  /** Prompt of the action to be displayed/sent to the visitor. */
  prompt: string;
  /**
   * Timestamp indicating when the action was created. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
}

/**
 * The action map that triggered an action (spec `ActionEventActionMap`).
 *
 * @example
 * ```ts
 * const map: ActionEventActionMap = { id: 'm-1', version: 3, displayName: 'Offer chat on checkout' };
 * ```
 */
export interface ActionEventActionMap {
  /** The ID of the action map. */
  id: string;
  /** The URI of the action map. */
  selfUri?: string | null | undefined;
  /** The version of the action map. */
  version: number;
  /** Display name of the action map. */
  displayName: string;
}
