import { unknownFieldsOf } from '@sessionkit/core';
import type * as z from 'zod/mini';
import { ArtifactSchema, MonoRecordingSchema, OpenAIMessageSchema, RecordingSchema } from './schemas/artifact.ts';
import { ChatPageSchema, ChatSchema } from './schemas/chat.ts';
import {
  AnalysisCostSchema,
  ChatCostItemSchema,
  ChatCostSchema,
  ModelCostSchema,
  SessionCostItemSchema,
  SessionCostSchema,
  StructuredOutputCostBreakdownSchema,
} from './schemas/costs.ts';
import { CustomerSchema } from './schemas/customer.ts';
import {
  ArtifactMessageSchema,
  ChatMessageSchema,
  OtherMessageSchema,
  SessionMessageSchema,
  ToolCallFunctionSchema,
  ToolCallResultMessageSchema,
  ToolCallSchema,
  TranscriptMessageSchema,
} from './schemas/messages.ts';
import { PaginationMetaSchema } from './schemas/pagination.ts';
import { TwilioPhoneNumberSchema } from './schemas/phone-number.ts';
import { SessionPageSchema, SessionSchema } from './schemas/session.ts';
import type { Artifact, MonoRecording, OpenAIMessage, Recording } from './types/artifact.ts';
import type { Chat, ChatPage } from './types/chat.ts';
import type {
  AnalysisCost,
  ChatCost,
  ChatCostItem,
  ModelCost,
  SessionCost,
  SessionCostItem,
  StructuredOutputCostBreakdown,
} from './types/costs.ts';
import type { Customer } from './types/customer.ts';
import type {
  ArtifactMessage,
  ChatMessage,
  OtherMessage,
  SessionMessage,
  ToolCall,
  ToolCallFunction,
  ToolCallResultMessage,
  TranscriptMessage,
} from './types/messages.ts';
import type { PaginationMeta } from './types/pagination.ts';
import type { TwilioPhoneNumber } from './types/phone-number.ts';
import type { Session, SessionPage } from './types/session.ts';

/**
 * Every response type of this package by name: the second argument of `unknownFields`.
 *
 * @example
 * ```ts
 * const name: keyof VapiResponseTypes = 'Session';
 * ```
 */
export interface VapiResponseTypes {
  /** A session (`sessions.get`, `create`, `update`, `delete`, list items). */
  Session: Session;
  /** A chat turn (`sessions.send`, chat list items). */
  Chat: Chat;
  /** `page.raw` of `sessions.list()`. */
  SessionPage: SessionPage;
  /** `page.raw` of `sessions.chats()`. */
  ChatPage: ChatPage;
  /** `page.raw.metadata`. */
  PaginationMeta: PaginationMeta;
  /** `session.customer`. */
  Customer: Customer;
  /** `session.phoneNumber`. */
  TwilioPhoneNumber: TwilioPhoneNumber;
  /** `session.artifact`. */
  Artifact: Artifact;
  /** `artifact.recording`. */
  Recording: Recording;
  /** `artifact.recording.mono`. */
  MonoRecording: MonoRecording;
  /** An entry of `artifact.messagesOpenAIFormatted`. */
  OpenAIMessage: OpenAIMessage;
  /** An entry of `session.messages`, `chat.messages` or `chat.output`. */
  SessionMessage: SessionMessage;
  /** An entry of `artifact.messages`. */
  ArtifactMessage: ArtifactMessage;
  /** A chat-style message. */
  ChatMessage: ChatMessage;
  /** A call-transcript entry. */
  TranscriptMessage: TranscriptMessage;
  /** A tool result in a call transcript. */
  ToolCallResultMessage: ToolCallResultMessage;
  /** A message with an unknown role. */
  OtherMessage: OtherMessage;
  /** An entry of an assistant message's `tool_calls`. */
  ToolCall: ToolCall;
  /** `toolCall.function`. */
  ToolCallFunction: ToolCallFunction;
  /** An entry of `session.costs`. */
  SessionCostItem: SessionCostItem;
  /** An entry of `chat.costs`. */
  ChatCostItem: ChatCostItem;
  /** A model cost. */
  ModelCost: ModelCost;
  /** An analysis cost. */
  AnalysisCost: AnalysisCost;
  /** A session's own cost. */
  SessionCost: SessionCost;
  /** A chat's own cost. */
  ChatCost: ChatCost;
  /** An entry of `analysisCost.structuredOutputBreakdown`. */
  StructuredOutputCostBreakdown: StructuredOutputCostBreakdown;
}

const SCHEMAS: { readonly [K in keyof VapiResponseTypes]: z.core.$ZodType } = {
  Session: SessionSchema,
  Chat: ChatSchema,
  SessionPage: SessionPageSchema,
  ChatPage: ChatPageSchema,
  PaginationMeta: PaginationMetaSchema,
  Customer: CustomerSchema,
  TwilioPhoneNumber: TwilioPhoneNumberSchema,
  Artifact: ArtifactSchema,
  Recording: RecordingSchema,
  MonoRecording: MonoRecordingSchema,
  OpenAIMessage: OpenAIMessageSchema,
  SessionMessage: SessionMessageSchema,
  ArtifactMessage: ArtifactMessageSchema,
  ChatMessage: ChatMessageSchema,
  TranscriptMessage: TranscriptMessageSchema,
  ToolCallResultMessage: ToolCallResultMessageSchema,
  OtherMessage: OtherMessageSchema,
  ToolCall: ToolCallSchema,
  ToolCallFunction: ToolCallFunctionSchema,
  SessionCostItem: SessionCostItemSchema,
  ChatCostItem: ChatCostItemSchema,
  ModelCost: ModelCostSchema,
  AnalysisCost: AnalysisCostSchema,
  SessionCost: SessionCostSchema,
  ChatCost: ChatCostSchema,
  StructuredOutputCostBreakdown: StructuredOutputCostBreakdownSchema,
};

/**
 * The fields of a response object that its type does not declare — what Vapi added after this package was written
 * — as a new frozen object (empty when there are none). The lenient validation keeps such fields at run time; the
 * types leave them out so that a misspelt field does not compile. One level: for nested objects, pass the nested
 * value with its own type name. A union (`SessionMessage`, the cost items) is read as the member the value
 * matches, as validation does.
 *
 * @param value - a value this package returned (or `null`/`undefined`, which give `{}`).
 * @param type - the name of its type, as in `VapiResponseTypes`.
 *
 * @example
 * ```ts
 * const session = await vapi.sessions.get(id);
 * const extra = unknownFields(session, 'Session'); // e.g. { brandNewField: … }
 * const customerExtra = unknownFields(session.customer, 'Customer');
 * ```
 */
export function unknownFields<K extends keyof VapiResponseTypes>(
  value: VapiResponseTypes[K] | null | undefined,
  type: K,
): Readonly<Record<string, unknown>> {
  return unknownFieldsOf(SCHEMAS[type], value);
}
