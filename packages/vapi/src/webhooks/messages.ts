import type { OpenAIMessage } from '../types/artifact.ts';
import type { Chat } from '../types/chat.ts';
import type { Session } from '../types/session.ts';

/**
 * What every server message may carry besides its `type` (spec `ServerMessage*`): when it was sent and the call,
 * assistant, customer and phone number it is about. Fields Vapi adds later are kept at run time.
 *
 * @example
 * ```ts
 * declare const body: ServerMessageCommon;
 * console.log(body.timestamp, body.call?.id);
 * ```
 */
export interface ServerMessageCommon {
  /** When the message was sent (milliseconds since the epoch). */
  timestamp?: number;
  call?: Record<string, unknown> & { id?: string };
  assistant?: Record<string, unknown>;
  customer?: Record<string, unknown>;
  phoneNumber?: Record<string, unknown>;
  artifact?: Record<string, unknown>;
}

/**
 * `session.created`: a session was created (spec `ServerMessageSessionCreated`).
 *
 * @example
 * ```ts
 * declare const body: ServerMessageSessionCreated;
 * console.log(body.session.id, body.session.status);
 * ```
 */
export interface ServerMessageSessionCreated extends ServerMessageCommon {
  type: 'session.created';
  session: Session;
}

/**
 * `session.updated`: a session changed (spec `ServerMessageSessionUpdated`).
 *
 * @example
 * ```ts
 * declare const body: ServerMessageSessionUpdated;
 * console.log(body.session.id, body.session.status);
 * ```
 */
export interface ServerMessageSessionUpdated extends ServerMessageCommon {
  type: 'session.updated';
  session: Session;
}

/**
 * `session.deleted`: a session was deleted (spec `ServerMessageSessionDeleted`).
 *
 * @example
 * ```ts
 * declare const body: ServerMessageSessionDeleted;
 * console.log(body.session.id);
 * ```
 */
export interface ServerMessageSessionDeleted extends ServerMessageCommon {
  type: 'session.deleted';
  session: Session;
}

/**
 * `chat.created`: a chat turn was created (spec `ServerMessageChatCreated`).
 *
 * @example
 * ```ts
 * declare const body: ServerMessageChatCreated;
 * console.log(body.chat.id, body.chat.sessionId);
 * ```
 */
export interface ServerMessageChatCreated extends ServerMessageCommon {
  type: 'chat.created';
  chat: Chat;
}

/**
 * `chat.deleted`: a chat turn was deleted (spec `ServerMessageChatDeleted`).
 *
 * @example
 * ```ts
 * declare const body: ServerMessageChatDeleted;
 * console.log(body.chat.id);
 * ```
 */
export interface ServerMessageChatDeleted extends ServerMessageCommon {
  type: 'chat.deleted';
  chat: Chat;
}

/**
 * The other server messages of the spec, typed by `type` and their required fields; the rest of each is kept at
 * run time.
 *
 * @example
 * ```ts
 * declare const body: ServerMessageOther;
 * if (body.type === 'status-update') console.log(body.status);
 * ```
 */
export type ServerMessageOther =
  | (ServerMessageCommon & { type: 'assistant-request' })
  | (ServerMessageCommon & { type: 'conversation-update'; messagesOpenAIFormatted: OpenAIMessage[] })
  | (ServerMessageCommon & {
      type: 'end-of-call-report';
      endedReason: string;
      artifact: Record<string, unknown>;
      analysis: Record<string, unknown>;
    })
  | (ServerMessageCommon & { type: 'handoff-destination-request'; parameters: Record<string, unknown> })
  | (ServerMessageCommon & { type: 'hang' })
  | (ServerMessageCommon & { type: 'knowledge-base-request'; messagesOpenAIFormatted: OpenAIMessage[] })
  | (ServerMessageCommon & { type: 'model-output'; output: unknown })
  | (ServerMessageCommon & { type: 'phone-call-control'; request: string })
  | (ServerMessageCommon & { type: 'speech-update'; status: string; role: string })
  | (ServerMessageCommon & { type: 'status-update'; status: string })
  | (ServerMessageCommon & {
      type: 'tool-calls';
      toolWithToolCallList: Record<string, unknown>[];
      toolCallList: Record<string, unknown>[];
    })
  | (ServerMessageCommon & { type: 'transfer-destination-request' })
  | (ServerMessageCommon & { type: 'transfer-update' })
  | (ServerMessageCommon & {
      type: 'transcript' | 'transcript[transcriptType="final"]';
      role: string;
      transcriptType: string;
      transcript: string;
    })
  | (ServerMessageCommon & { type: 'user-interrupted' })
  | (ServerMessageCommon & { type: 'language-change-detected'; language: string })
  | (ServerMessageCommon & { type: 'voice-input'; input: string })
  | (ServerMessageCommon & { type: 'assistant.speechStarted'; text: string })
  | (ServerMessageCommon & { type: 'voice-request'; text: string; sampleRate: number })
  | (ServerMessageCommon & { type: 'call.endpointing.request'; messagesOpenAIFormatted: OpenAIMessage[] })
  | (ServerMessageCommon & { type: 'call.deleted' })
  | (ServerMessageCommon & { type: 'call.delete.failed' })
  | (ServerMessageCommon & { type: 'call.artifact.upload'; artifacts: unknown })
  | (ServerMessageCommon & { type: 'campaign.predial'; campaignId: string; contact: Record<string, unknown> });

/**
 * Every server message type the spec defines, as a discriminated union on `type`: a `switch` narrows each case.
 *
 * @example
 * ```ts
 * declare const body: ServerMessageBody;
 * switch (body.type) {
 *   case 'session.created': console.log(body.session.id); break;
 *   case 'chat.created': console.log(body.chat.id); break;
 * }
 * ```
 */
export type ServerMessageBody =
  | ServerMessageSessionCreated
  | ServerMessageSessionUpdated
  | ServerMessageSessionDeleted
  | ServerMessageChatCreated
  | ServerMessageChatDeleted
  | ServerMessageOther;

/**
 * A server message of a known type, as Vapi POSTs it: `{ message: ServerMessageBody }`.
 *
 * @example
 * ```ts
 * declare const received: ServerMessage;
 * if (received.message.type === 'session.deleted') console.log(received.message.session.id);
 * ```
 */
export interface ServerMessage {
  message: ServerMessageBody;
}

declare const unknownServerMessage: unique symbol;

/**
 * The body of a message whose `type` this version does not know (one Vapi added later). Opaque on purpose: it has
 * no `type` member that would stop a `switch` from narrowing; `isKnownServerMessage` tells the two apart, and
 * `serverMessageType` reads its type.
 *
 * @example
 * ```ts
 * declare const body: UnknownServerMessageBody;
 * const fields = body as unknown as Record<string, unknown>;
 * ```
 */
export interface UnknownServerMessageBody {
  readonly [unknownServerMessage]: true;
}

/**
 * A server message of a type this version does not know, delivered rather than refused.
 *
 * @example
 * ```ts
 * declare const received: ServerMessage | UnknownServerMessage;
 * if (!isKnownServerMessage(received)) console.log('new type', serverMessageType(received));
 * ```
 */
export interface UnknownServerMessage {
  message: UnknownServerMessageBody;
}

/** The required fields of each known type besides `type` (from the spec), checked by `parseServerMessage`. */
export const REQUIRED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'session.created': ['session'],
  'session.updated': ['session'],
  'session.deleted': ['session'],
  'chat.created': ['chat'],
  'chat.deleted': ['chat'],
  'assistant-request': [],
  'conversation-update': ['messagesOpenAIFormatted'],
  'end-of-call-report': ['endedReason', 'artifact', 'analysis'],
  'handoff-destination-request': ['parameters'],
  hang: [],
  'knowledge-base-request': ['messagesOpenAIFormatted'],
  'model-output': ['output'],
  'phone-call-control': ['request'],
  'speech-update': ['status', 'role'],
  'status-update': ['status'],
  'tool-calls': ['toolWithToolCallList', 'toolCallList'],
  'transfer-destination-request': [],
  'transfer-update': [],
  transcript: ['role', 'transcriptType', 'transcript'],
  'transcript[transcriptType="final"]': ['role', 'transcriptType', 'transcript'],
  'user-interrupted': [],
  'language-change-detected': ['language'],
  'voice-input': ['input'],
  'assistant.speechStarted': ['text'],
  'voice-request': ['text', 'sampleRate'],
  'call.endpointing.request': ['messagesOpenAIFormatted'],
  'call.deleted': [],
  'call.delete.failed': [],
  'call.artifact.upload': ['artifacts'],
  'campaign.predial': ['campaignId', 'contact'],
};
