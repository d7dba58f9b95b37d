import type { AddressableEntityRef } from './entity-refs.ts';

/**
 * The wrap-up of the last agent on a session's conversation (spec `ConversationUserDisposition`).
 *
 * @example
 * ```ts
 * const wrapUp: ConversationUserDisposition | null | undefined = session.lastUserDisposition;
 * console.log(wrapUp?.code, wrapUp?.notes);
 * ```
 */
export interface ConversationUserDisposition {
  /** User-defined wrap-up code for the conversation. */
  code: string;
  /** Text entered by the user to describe the call or disposition. */
  notes?: string | null | undefined;
  /** The user that wrapped up the conversation. */
  user: AddressableEntityRef;
}

/**
 * The type or category of a conversation channel (spec `ConversationChannel.type`); the enum stays open.
 *
 * @example
 * ```ts
 * const type: ConversationChannelType = 'Messaging';
 * ```
 */
export type ConversationChannelType =
  | 'Unknown'
  | 'Call'
  | 'Callback'
  | 'Email'
  | 'GenericObject'
  | 'Messaging'
  | 'Social'
  | 'Webchat'
  | 'Voice'
  | 'Chat'
  | 'Cobrowse'
  | 'Video'
  | 'Screenshare'
  | 'Message'
  | 'InternalMessage'
  | (string & {});

/**
 * The message type of a messaging conversation (spec `ConversationChannel.messageType`); the enum stays open.
 *
 * @example
 * ```ts
 * const messageType: ConversationMessageType = 'WebMessaging';
 * ```
 */
export type ConversationMessageType =
  | 'Unknown'
  | 'Sms'
  | 'Twitter'
  | 'Facebook'
  | 'Line'
  | 'WhatsApp'
  | 'WebMessaging'
  | 'Open'
  | 'Instagram'
  | 'Apple'
  | (string & {});

/**
 * A channel used by a session's conversation (spec `ConversationChannel`): the channel type, the messaging type and
 * the platform.
 *
 * @example
 * ```ts
 * const channel: ConversationChannel = { type: 'Message', messageType: 'WebMessaging' };
 * const channels = session.conversationChannels?.map((used) => used.type) ?? [];
 * ```
 */
export interface ConversationChannel {
  /** The type or category of this channel. */
  type: ConversationChannelType;
  /** Message type for messaging conversations. */
  messageType?: ConversationMessageType | null | undefined;
  /** The source provider for the conversation (e.g. Edge, PureCloud Messaging, PureCloud Email). */
  platform?: string | null | undefined;
}
