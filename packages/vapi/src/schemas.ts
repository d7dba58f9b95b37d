import type {} from '@sessionkit/core';

/**
 * `@sessionkit/vapi/schemas`: the zod (`zod/mini`) schemas the client validates with, for users who validate their
 * own data (webhook bodies, stored sessions). Each response schema is typed by its interface from the main entry
 * (`SessionSchema` parses to `Session`); the params schemas by what they accept and what they send. Response
 * schemas keep unknown fields (`z.looseObject`); params schemas refuse them, as Vapi does.
 *
 * @example
 * ```ts
 * import { SessionSchema } from '@sessionkit/vapi/schemas';
 *
 * const session = SessionSchema.parse(JSON.parse(body)); // a Session
 * ```
 *
 * @packageDocumentation
 */

export { openEnum } from '@sessionkit/core';
export { ChatMessageInputSchema } from './params/chat-message.ts';
export { CreateSessionParamsSchema, SquadInputSchema } from './params/create-session.ts';
export { CustomerInputSchema } from './params/customer.ts';
export { ListChatsParamsSchema } from './params/list-chats.ts';
export { ListSessionsParamsSchema } from './params/list-sessions.ts';
export { TwilioPhoneNumberInputSchema } from './params/phone-number.ts';
export { ChatInputSchema, SendMessageParamsSchema } from './params/send-message.ts';
export { UpdateSessionParamsSchema } from './params/update-session.ts';
export { ArtifactSchema, MonoRecordingSchema, OpenAIMessageSchema, RecordingSchema } from './schemas/artifact.ts';
export { ChatPageSchema, ChatSchema } from './schemas/chat.ts';
export {
  AnalysisCostSchema,
  ChatCostItemSchema,
  ChatCostSchema,
  ModelCostSchema,
  SessionCostItemSchema,
  SessionCostSchema,
  StructuredOutputCostBreakdownSchema,
} from './schemas/costs.ts';
export { CustomerSchema } from './schemas/customer.ts';
export {
  ArtifactMessageSchema,
  ChatMessageSchema,
  OtherMessageSchema,
  SessionMessageSchema,
  ToolCallFunctionSchema,
  ToolCallResultMessageSchema,
  ToolCallSchema,
  TranscriptMessageSchema,
} from './schemas/messages.ts';
export { PaginationMetaSchema, paginated } from './schemas/pagination.ts';
export { TwilioPhoneNumberSchema } from './schemas/phone-number.ts';
export { SessionPageSchema, SessionSchema, SessionStatusSchema } from './schemas/session.ts';
