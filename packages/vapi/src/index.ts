/**
 * `@sessionkit/vapi`: a typed client for Vapi sessions and the chat turns inside them.
 *
 * @example
 * ```ts
 * import { VapiClient } from '@sessionkit/vapi';
 *
 * const vapi = new VapiClient(); // reads VAPI_API_KEY
 * for await (const session of vapi.sessions.list({ limit: 100 })) console.log(session.id, session.status);
 * ```
 *
 * @packageDocumentation
 */

// Everything a Vapi user needs from core (errors, paging, option types), so one import is enough.
export * from '@sessionkit/core/surface';
export { DEFAULT_BASE_URL, VapiClient, type VapiClientOptions, type VapiRequest } from './client.ts';
export { vapiErrorMessages } from './errors.ts';
export { type ChatMessageInput, ChatMessageInputSchema } from './params/chat-message.ts';
export { type CreateSessionParams, CreateSessionParamsSchema } from './params/create-session.ts';
export { type CustomerInput, CustomerInputSchema } from './params/customer.ts';
export { type ChatListQuery, type ListChatsParams, ListChatsParamsSchema } from './params/list-chats.ts';
export { type ListSessionsParams, ListSessionsParamsSchema, type SessionListQuery } from './params/list-sessions.ts';
export { type TwilioPhoneNumberInput, TwilioPhoneNumberInputSchema } from './params/phone-number.ts';
export {
  type ChatInput,
  ChatInputSchema,
  type SendMessageParams,
  SendMessageParamsSchema,
} from './params/send-message.ts';
export { type UpdateSessionParams, UpdateSessionParamsSchema } from './params/update-session.ts';
export { type SessionsContext, SessionsResource } from './resources/sessions.ts';
export { type Artifact, ArtifactSchema, type OpenAIMessage, OpenAIMessageSchema } from './schemas/artifact.ts';
export { type Chat, type ChatPage, ChatPageSchema, ChatSchema } from './schemas/chat.ts';
export {
  type AnalysisCost,
  AnalysisCostSchema,
  type ChatCost,
  type ChatCostItem,
  ChatCostItemSchema,
  ChatCostSchema,
  type ModelCost,
  ModelCostSchema,
  type SessionCost,
  type SessionCostItem,
  SessionCostItemSchema,
  SessionCostSchema,
} from './schemas/costs.ts';
export { type Customer, CustomerSchema } from './schemas/customer.ts';
export {
  type ArtifactMessage,
  ArtifactMessageSchema,
  type ChatMessage,
  ChatMessageSchema,
  messageText,
  type OtherMessage,
  OtherMessageSchema,
  type SessionMessage,
  SessionMessageSchema,
  type ToolCall,
  type ToolCallResultMessage,
  ToolCallResultMessageSchema,
  ToolCallSchema,
  type TranscriptMessage,
  TranscriptMessageSchema,
} from './schemas/messages.ts';
export { openEnum } from './schemas/open-enum.ts';
export { type PaginationMeta, PaginationMetaSchema, paginated } from './schemas/pagination.ts';
export { type TwilioPhoneNumber, TwilioPhoneNumberSchema } from './schemas/phone-number.ts';
export {
  type Session,
  type SessionPage,
  SessionPageSchema,
  SessionSchema,
  type SessionStatus,
  SessionStatusSchema,
} from './schemas/session.ts';
export { VERSION } from './version.ts';
