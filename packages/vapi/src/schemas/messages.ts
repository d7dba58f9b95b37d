import { type AssertTrue, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  ArtifactMessage,
  AssistantChatMessage,
  ChatMessage,
  DeveloperChatMessage,
  OtherMessage,
  SessionMessage,
  SystemChatMessage,
  ToolCall,
  ToolCallFunction,
  ToolCallResultMessage,
  ToolChatMessage,
  TranscriptMessage,
  UserChatMessage,
} from '../types/messages.ts';

const ToolCallFunctionObject = z.looseObject({ name: z.string(), arguments: z.string() });

/**
 * The function a tool call invokes (spec `ToolCallFunction`); unknown fields kept.
 *
 * @example
 * ```ts
 * ToolCallFunctionSchema.parse({ name: 'lookup', arguments: '{}' });
 * ```
 */
export const ToolCallFunctionSchema: SchemaOf<ToolCallFunction> = ToolCallFunctionObject;

const ToolCallObject = z.looseObject({ id: z.string(), type: z.string(), function: ToolCallFunctionSchema });

/**
 * A tool call requested by the assistant (spec `ToolCall`); unknown fields kept.
 *
 * @example
 * ```ts
 * ToolCallSchema.parse({ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } });
 * ```
 */
export const ToolCallSchema: SchemaOf<ToolCall> = ToolCallObject;

const optionalName = z.nullish(z.string());
const optionalMetadata = z.nullish(JsonObject);

const SystemChatMessageObject = z.looseObject({
  role: z.literal('system'),
  content: z.string(),
  name: optionalName,
  metadata: optionalMetadata,
});
const UserChatMessageObject = z.looseObject({
  role: z.literal('user'),
  content: z.string(),
  name: optionalName,
  metadata: optionalMetadata,
});
const AssistantChatMessageObject = z.looseObject({
  role: z.literal('assistant'),
  content: z.nullish(z.string()),
  refusal: z.nullish(z.string()),
  tool_calls: z.nullish(z.array(ToolCallSchema)),
  name: optionalName,
  metadata: optionalMetadata,
});
const ToolChatMessageObject = z.looseObject({
  role: z.literal('tool'),
  content: z.string(),
  tool_call_id: z.string(),
  name: optionalName,
  metadata: optionalMetadata,
});
const DeveloperChatMessageObject = z.looseObject({
  role: z.literal('developer'),
  content: z.string(),
  name: optionalName,
  metadata: optionalMetadata,
});

/**
 * A chat message as Vapi really exchanges it, OpenAI style, discriminated on `role` (`system`, `user`, `assistant`,
 * `tool`, `developer`); unknown fields kept.
 *
 * @example
 * ```ts
 * const message: ChatMessage = ChatMessageSchema.parse({ role: 'user', content: 'Hello' });
 * ```
 */
export const ChatMessageSchema: SchemaOf<ChatMessage> = z.discriminatedUnion('role', [
  SystemChatMessageObject,
  UserChatMessageObject,
  AssistantChatMessageObject,
  ToolChatMessageObject,
  DeveloperChatMessageObject,
]);

const TranscriptMessageObject = z.looseObject({
  role: z.string(),
  message: z.string(),
  time: z.nullish(z.number()),
  endTime: z.nullish(z.number()),
  secondsFromStart: z.nullish(z.number()),
  duration: z.nullish(z.number()),
  source: z.nullish(z.string()),
  isFiltered: z.nullish(z.boolean()),
  detectedThreats: z.nullish(z.array(z.string())),
  originalMessage: z.nullish(z.string()),
  speakerLabel: z.nullish(z.string()),
  assistantName: z.nullish(z.string()),
  assistantId: z.nullish(z.string()),
  toolCalls: z.nullish(z.array(JsonObject)),
  metadata: optionalMetadata,
});

/**
 * A call-transcript entry (spec `SystemMessage`, `UserMessage`, `BotMessage`, `ToolCallMessage`); unknown fields
 * kept.
 *
 * @example
 * ```ts
 * const entry: TranscriptMessage = TranscriptMessageSchema.parse({ role: 'bot', message: 'Hi!' });
 * ```
 */
export const TranscriptMessageSchema: SchemaOf<TranscriptMessage> = TranscriptMessageObject;

const ToolCallResultMessageObject = z.looseObject({
  role: z.string(),
  toolCallId: z.string(),
  name: z.string(),
  result: z.string(),
  time: z.nullish(z.number()),
  secondsFromStart: z.nullish(z.number()),
  metadata: optionalMetadata,
  warnings: z.nullish(z.array(JsonObject)),
});

/**
 * A tool result in a call transcript (spec `ToolCallResultMessage`); unknown fields kept.
 *
 * @example
 * ```ts
 * ToolCallResultMessageSchema.parse({ role: 'tool_call_result', toolCallId: 't1', name: 'lookup', result: 'ok' });
 * ```
 */
export const ToolCallResultMessageSchema: SchemaOf<ToolCallResultMessage> = ToolCallResultMessageObject;

const OtherMessageObject = z.looseObject({ role: z.string(), content: z.nullish(z.string()) });

/**
 * A message with a role sessionkit does not know yet (e.g. `function`); kept as received.
 *
 * @example
 * ```ts
 * OtherMessageSchema.parse({ role: 'function', content: '42' });
 * ```
 */
export const OtherMessageSchema: SchemaOf<OtherMessage> = OtherMessageObject;

/**
 * Any message of `Session.messages` or of a chat's `messages`/`output`: chat style first, then transcript style,
 * then unknown roles. Lenient on purpose: one odd message never fails a whole list.
 *
 * @example
 * ```ts
 * const messages = z.array(SessionMessageSchema).parse(json.messages);
 * ```
 */
export const SessionMessageSchema: SchemaOf<SessionMessage> = z.union([
  ChatMessageSchema,
  TranscriptMessageSchema,
  ToolCallResultMessageSchema,
  OtherMessageSchema,
]);

/**
 * An entry of `Artifact.messages` (call-transcript style), or a message with an unknown shape kept as received.
 *
 * @example
 * ```ts
 * const entries = z.array(ArtifactMessageSchema).parse(json.artifact.messages);
 * ```
 */
export const ArtifactMessageSchema: SchemaOf<ArtifactMessage> = z.union([
  TranscriptMessageSchema,
  ToolCallResultMessageSchema,
  OtherMessageSchema,
]);

type _ToolCallFunctionMatches = AssertTrue<SchemaMatches<typeof ToolCallFunctionObject, ToolCallFunction>>;
type _ToolCallMatches = AssertTrue<SchemaMatches<typeof ToolCallObject, ToolCall>>;
type _SystemMatches = AssertTrue<SchemaMatches<typeof SystemChatMessageObject, SystemChatMessage>>;
type _UserMatches = AssertTrue<SchemaMatches<typeof UserChatMessageObject, UserChatMessage>>;
type _AssistantMatches = AssertTrue<SchemaMatches<typeof AssistantChatMessageObject, AssistantChatMessage>>;
type _ToolMatches = AssertTrue<SchemaMatches<typeof ToolChatMessageObject, ToolChatMessage>>;
type _DeveloperMatches = AssertTrue<SchemaMatches<typeof DeveloperChatMessageObject, DeveloperChatMessage>>;
type _TranscriptMatches = AssertTrue<SchemaMatches<typeof TranscriptMessageObject, TranscriptMessage>>;
type _ToolResultMatches = AssertTrue<SchemaMatches<typeof ToolCallResultMessageObject, ToolCallResultMessage>>;
type _OtherMatches = AssertTrue<SchemaMatches<typeof OtherMessageObject, OtherMessage>>;
