import { type AssertTrue, IsoDateTime, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ACTION_MEDIA_TYPES, ACTION_STATES, type ActionEventActionMap, type EventAction } from '../types/action.ts';

const EventActionObject = z.looseObject({
  id: z.string(),
  state: openEnum(ACTION_STATES),
  mediaType: openEnum(ACTION_MEDIA_TYPES),
  prompt: z.string(),
  createdDate: IsoDateTime,
});

/**
 * Schema of `EventAction` (spec `EventAction`); state and media type open, unknown fields kept.
 *
 * @example
 * ```ts
 * const action = EventActionSchema.parse(json.webActionEvent.action);
 * ```
 */
export const EventActionSchema: SchemaOf<EventAction> = EventActionObject;
type _EventActionMatches = AssertTrue<SchemaMatches<typeof EventActionObject, EventAction>>;

const ActionEventActionMapObject = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
  version: z.int(),
  displayName: z.string(),
});

/**
 * Schema of `ActionEventActionMap` (spec `ActionEventActionMap`); unknown fields kept.
 *
 * @example
 * ```ts
 * ActionEventActionMapSchema.parse({ id: 'm-1', version: 3, displayName: 'Offer chat on checkout' });
 * ```
 */
export const ActionEventActionMapSchema: SchemaOf<ActionEventActionMap> = ActionEventActionMapObject;
type _ActionEventActionMapMatches = AssertTrue<SchemaMatches<typeof ActionEventActionMapObject, ActionEventActionMap>>;
