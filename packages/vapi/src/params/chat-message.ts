import { type AssertTrue, type InputMatches, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ToolCall, ToolCallFunction } from '../types/messages.ts';
import type {
  AssistantMessageInput,
  ChatMessageInput,
  DeveloperMessageInput,
  SystemMessageInput,
  ToolMessageInput,
  UserMessageInput,
} from '../types/params.ts';
import { maxChars, Name } from './limits.ts';

const Content = maxChars(10_000);
const common = { name: z.optional(Name), metadata: z.optional(JsonObject) };

const ToolCallFunctionInputObject = z.strictObject({ name: maxChars(80), arguments: z.string() });
const ToolCallFunctionInput: SchemaOf<ToolCallFunction, ToolCallFunction> = ToolCallFunctionInputObject;
const ToolCallInputObject = z.strictObject({ id: z.string(), type: z.string(), function: ToolCallFunctionInput });
const ToolCallInput: SchemaOf<ToolCall, ToolCall> = ToolCallInputObject;

const SystemMessageInputObject = z.strictObject({ role: z.literal('system'), content: Content, ...common });
const UserMessageInputObject = z.strictObject({ role: z.literal('user'), content: Content, ...common });
const AssistantMessageInputObject = z.strictObject({
  role: z.literal('assistant'),
  content: z.optional(Content),
  refusal: z.optional(Content),
  tool_calls: z.optional(z.array(ToolCallInput)),
  ...common,
});
const ToolMessageInputObject = z.strictObject({
  role: z.literal('tool'),
  content: Content,
  tool_call_id: z.string(),
  ...common,
});
const DeveloperMessageInputObject = z.strictObject({ role: z.literal('developer'), content: Content, ...common });

/**
 * A chat message to send (OpenAI style), discriminated on `role`. Limits from the spec: `content` and `refusal`
 * at most 10 000 characters, `name` at most 40, a tool-call function name at most 80. Unknown keys are refused,
 * as Vapi refuses them.
 *
 * @example
 * ```ts
 * ChatMessageInputSchema.parse({ role: 'user', content: 'Where is my order?' });
 * ```
 */
export const ChatMessageInputSchema: SchemaOf<ChatMessageInput, ChatMessageInput> = z.discriminatedUnion('role', [
  SystemMessageInputObject,
  UserMessageInputObject,
  AssistantMessageInputObject,
  ToolMessageInputObject,
  DeveloperMessageInputObject,
]);

type _ToolCallFunctionIn = AssertTrue<InputMatches<typeof ToolCallFunctionInputObject, ToolCallFunction>>;
type _ToolCallFunctionOut = AssertTrue<SchemaMatches<typeof ToolCallFunctionInputObject, ToolCallFunction>>;
type _ToolCallIn = AssertTrue<InputMatches<typeof ToolCallInputObject, ToolCall>>;
type _ToolCallOut = AssertTrue<SchemaMatches<typeof ToolCallInputObject, ToolCall>>;
type _SystemIn = AssertTrue<InputMatches<typeof SystemMessageInputObject, SystemMessageInput>>;
type _SystemOut = AssertTrue<SchemaMatches<typeof SystemMessageInputObject, SystemMessageInput>>;
type _UserIn = AssertTrue<InputMatches<typeof UserMessageInputObject, UserMessageInput>>;
type _UserOut = AssertTrue<SchemaMatches<typeof UserMessageInputObject, UserMessageInput>>;
type _AssistantIn = AssertTrue<InputMatches<typeof AssistantMessageInputObject, AssistantMessageInput>>;
type _AssistantOut = AssertTrue<SchemaMatches<typeof AssistantMessageInputObject, AssistantMessageInput>>;
type _ToolIn = AssertTrue<InputMatches<typeof ToolMessageInputObject, ToolMessageInput>>;
type _ToolOut = AssertTrue<SchemaMatches<typeof ToolMessageInputObject, ToolMessageInput>>;
type _DeveloperIn = AssertTrue<InputMatches<typeof DeveloperMessageInputObject, DeveloperMessageInput>>;
type _DeveloperOut = AssertTrue<SchemaMatches<typeof DeveloperMessageInputObject, DeveloperMessageInput>>;
