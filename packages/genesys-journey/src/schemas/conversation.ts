import * as z from 'zod/mini';
import { AddressableEntityRefSchema } from './entity-refs.ts';
import { openEnum } from './open-enum.ts';

/**
 * The wrap-up of the last agent on a session's conversation (spec `ConversationUserDisposition`).
 *
 * @example
 * ```ts
 * console.log(session.lastUserDisposition?.code, session.lastUserDisposition?.notes);
 * ```
 */
export const ConversationUserDispositionSchema = z.looseObject({
  /** The user-defined wrap-up code. */
  code: z.string(),
  notes: z.nullish(z.string()),
  /** The user who wrapped up. */
  user: AddressableEntityRefSchema,
});

/**
 * The wrap-up of the last agent; see `ConversationUserDispositionSchema`.
 *
 * @example
 * ```ts
 * const wrapUp: ConversationUserDisposition | null | undefined = session.lastUserDisposition;
 * ```
 */
export type ConversationUserDisposition = z.infer<typeof ConversationUserDispositionSchema>;

/**
 * A channel used by a session's conversation (spec `ConversationChannel`): the channel type, the messaging type and
 * the platform. Both enums stay open.
 *
 * @example
 * ```ts
 * const channels = session.conversationChannels?.map((channel) => channel.type) ?? [];
 * ```
 */
export const ConversationChannelSchema = z.looseObject({
  type: openEnum([
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
  ]),
  messageType: z.nullish(
    openEnum([
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
    ]),
  ),
  /** e.g. Edge, PureCloud Messaging, PureCloud Email. */
  platform: z.nullish(z.string()),
});

/**
 * A channel used by a session's conversation; see `ConversationChannelSchema`.
 *
 * @example
 * ```ts
 * const channel: ConversationChannel = { type: 'Message', messageType: 'WebMessaging' };
 * ```
 */
export type ConversationChannel = z.infer<typeof ConversationChannelSchema>;
