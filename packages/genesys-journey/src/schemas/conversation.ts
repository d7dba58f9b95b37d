import { type AssertTrue, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  ConversationChannel,
  ConversationChannelType,
  ConversationMessageType,
  ConversationUserDisposition,
} from '../types/conversation.ts';
import { AddressableEntityRefSchema } from './entity-refs.ts';

const ConversationUserDispositionObject = z.looseObject({
  code: z.string(),
  notes: z.nullish(z.string()),
  user: AddressableEntityRefSchema,
});

/**
 * Schema of `ConversationUserDisposition` (spec `ConversationUserDisposition`); unknown fields kept.
 *
 * @example
 * ```ts
 * ConversationUserDispositionSchema.parse({ code: 'Sale', user: { id: 'u-1' } });
 * ```
 */
export const ConversationUserDispositionSchema: SchemaOf<ConversationUserDisposition> =
  ConversationUserDispositionObject;
type _ConversationUserDispositionMatches = AssertTrue<
  SchemaMatches<typeof ConversationUserDispositionObject, ConversationUserDisposition>
>;

const ConversationChannelTypeSchema: SchemaOf<ConversationChannelType> = openEnum([
  'Unknown',
  'Call',
  'Callback',
  'Email',
  'GenericObject',
  'Messaging',
  'Social',
  'Webchat',
  'Voice',
  'Chat',
  'Cobrowse',
  'Video',
  'Screenshare',
  'Message',
  'InternalMessage',
]);

const ConversationMessageTypeSchema: SchemaOf<ConversationMessageType> = openEnum([
  'Unknown',
  'Sms',
  'Twitter',
  'Facebook',
  'Line',
  'WhatsApp',
  'WebMessaging',
  'Open',
  'Instagram',
  'Apple',
]);

const ConversationChannelObject = z.looseObject({
  type: ConversationChannelTypeSchema,
  messageType: z.nullish(ConversationMessageTypeSchema),
  platform: z.nullish(z.string()),
});

/**
 * Schema of `ConversationChannel` (spec `ConversationChannel`); both enums stay open, unknown fields kept.
 *
 * @example
 * ```ts
 * ConversationChannelSchema.parse({ type: 'Message', messageType: 'WebMessaging' });
 * ```
 */
export const ConversationChannelSchema: SchemaOf<ConversationChannel> = ConversationChannelObject;
type _ConversationChannelMatches = AssertTrue<SchemaMatches<typeof ConversationChannelObject, ConversationChannel>>;
