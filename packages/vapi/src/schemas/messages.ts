import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';

/**
 * A tool call requested by the assistant (spec `ToolCall`).
 *
 * @example
 * ```ts
 * const calls = session.messages?.flatMap((m) => ('tool_calls' in m && m.tool_calls) || []);
 * ```
 */
export const ToolCallSchema = z.looseObject({
  id: z.string(),
  type: z.string(),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

/**
 * A tool call requested by the assistant.
 *
 * @example
 * ```ts
 * const call: ToolCall = { id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{}' } };
 * ```
 */
export type ToolCall = z.infer<typeof ToolCallSchema>;

const optionalName = z.nullish(z.string());
const optionalMetadata = z.nullish(JsonObject);

/**
 * A chat message as Vapi really exchanges it, OpenAI style, discriminated on `role`
 * (`system`, `user`, `assistant`, `tool`, `developer`).
 *
 * The spec's `SystemMessage`/`UserMessage` describe call-transcript entries instead (`message`, `time`…); those are
 * decoded by `TranscriptMessageSchema`.
 *
 * @example
 * ```ts
 * for (const message of session.messages ?? []) {
 *   if ('content' in message) console.log(message.role, message.content);
 * }
 * ```
 */
export const ChatMessageSchema = z.discriminatedUnion('role', [
  z.looseObject({ role: z.literal('system'), content: z.string(), name: optionalName, metadata: optionalMetadata }),
  z.looseObject({ role: z.literal('user'), content: z.string(), name: optionalName, metadata: optionalMetadata }),
  z.looseObject({
    role: z.literal('assistant'),
    content: z.nullish(z.string()),
    refusal: z.nullish(z.string()),
    tool_calls: z.nullish(z.array(ToolCallSchema)),
    name: optionalName,
    metadata: optionalMetadata,
  }),
  z.looseObject({
    role: z.literal('tool'),
    content: z.string(),
    tool_call_id: z.string(),
    name: optionalName,
    metadata: optionalMetadata,
  }),
  z.looseObject({ role: z.literal('developer'), content: z.string(), name: optionalName, metadata: optionalMetadata }),
]);

/**
 * A chat message as Vapi returns it (OpenAI style).
 *
 * @example
 * ```ts
 * const message: ChatMessage = { role: 'user', content: 'Hello' };
 * ```
 */
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

/**
 * A call-transcript entry (spec `SystemMessage`, `UserMessage`, `BotMessage`, `ToolCallMessage`): the text is in
 * `message`, timings in seconds/milliseconds. `role` is any string (`user`, `bot`, `system`, `tool_calls`…).
 *
 * @example
 * ```ts
 * for (const entry of session.artifact?.messages ?? []) if ('message' in entry) console.log(entry.role, entry.message);
 * ```
 */
export const TranscriptMessageSchema = z.looseObject({
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
 * A call-transcript entry.
 *
 * @example
 * ```ts
 * const entry: TranscriptMessage = { role: 'bot', message: 'Hi!', secondsFromStart: 1.2 };
 * ```
 */
export type TranscriptMessage = z.infer<typeof TranscriptMessageSchema>;

/**
 * A tool result in a call transcript (spec `ToolCallResultMessage`).
 *
 * @example
 * ```ts
 * if ('toolCallId' in entry) console.log(entry.name, entry.result);
 * ```
 */
export const ToolCallResultMessageSchema = z.looseObject({
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
 * A tool result in a call transcript.
 *
 * @example
 * ```ts
 * const result: ToolCallResultMessage = { role: 'tool_call_result', toolCallId: 't1', name: 'lookup', result: 'ok' };
 * ```
 */
export type ToolCallResultMessage = z.infer<typeof ToolCallResultMessageSchema>;

/**
 * A message with a role sessionkit does not know yet (e.g. `function`); kept as received.
 *
 * @example
 * ```ts
 * if (!['system', 'user', 'assistant', 'tool', 'developer'].includes(message.role)) console.warn(message);
 * ```
 */
export const OtherMessageSchema = z.looseObject({ role: z.string(), content: z.nullish(z.string()) });

/**
 * A message with a role sessionkit does not know yet.
 *
 * @example
 * ```ts
 * const legacy: OtherMessage = { role: 'function', content: '42' };
 * ```
 */
export type OtherMessage = z.infer<typeof OtherMessageSchema>;

/**
 * Any message Vapi may return in `Session.messages`, `Chat.messages`/`output`: chat style first, then transcript
 * style, then unknown roles. Decoding is lenient on purpose: one odd message never fails a whole list.
 *
 * @example
 * ```ts
 * const texts = (session.messages ?? []).map(messageText);
 * ```
 */
export const SessionMessageSchema = z.union([
  ChatMessageSchema,
  TranscriptMessageSchema,
  ToolCallResultMessageSchema,
  OtherMessageSchema,
]);

/**
 * Any message of `Session.messages` or a chat's `messages`/`output`.
 *
 * @example
 * ```ts
 * const messages: SessionMessage[] = session.messages ?? [];
 * ```
 */
export type SessionMessage = z.infer<typeof SessionMessageSchema>;

/**
 * An entry of `Artifact.messages` (call-transcript style), or a message with an unknown shape kept as received.
 *
 * @example
 * ```ts
 * const lines = (session.artifact?.messages ?? []).map(messageText);
 * ```
 */
export const ArtifactMessageSchema = z.union([
  TranscriptMessageSchema,
  ToolCallResultMessageSchema,
  OtherMessageSchema,
]);

/**
 * An entry of `Artifact.messages`.
 *
 * @example
 * ```ts
 * const entries: ArtifactMessage[] = session.artifact?.messages ?? [];
 * ```
 */
export type ArtifactMessage = z.infer<typeof ArtifactMessageSchema>;

/**
 * The text of any message shape: `content` (chat style), `message` (transcript style) or `result` (tool result).
 *
 * @example
 * ```ts
 * console.log(session.messages?.map((m) => `${m.role}: ${messageText(m) ?? ''}`).join('\n'));
 * ```
 */
export function messageText(message: SessionMessage | ArtifactMessage): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { content, message: text, result } = message as { content?: unknown; message?: unknown; result?: unknown };
  if (typeof content === 'string') return content;
  if (typeof text === 'string') return text;
  return typeof result === 'string' ? result : undefined;
}
