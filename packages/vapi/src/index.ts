/**
 * `@sessionkit/vapi`: a typed client for Vapi sessions and the chat turns inside them.
 *
 * The main entry is types and client only (its declarations load no zod types); the zod schemas are in
 * `@sessionkit/vapi/schemas` for those who validate their own data.
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

// Everything a Vapi user needs from core (errors, ApiPromise, paging, option types), so one import is enough.
export * from '@sessionkit/core/surface';
export { DEFAULT_BASE_URL, VapiClient, type VapiClientOptions } from './client.ts';
export { vapiErrorMessages } from './errors.ts';
export { messageText } from './message-text.ts';
export type { SessionsResource } from './resources/sessions.ts';
export {
  type ChatStream,
  DEFAULT_IDLE_TIMEOUT_MS,
  type ResponseStream,
} from './streaming/event-stream.ts';
export { StreamEventError } from './streaming/stream-event-error.ts';
export type { Artifact, MonoRecording, OpenAIMessage, Recording } from './types/artifact.ts';
export type { Chat, ChatPage } from './types/chat.ts';
export type {
  AnalysisCost,
  ChatCost,
  ChatCostItem,
  ModelCost,
  SessionCost,
  SessionCostItem,
  StructuredOutputCostBreakdown,
} from './types/costs.ts';
export type { Customer } from './types/customer.ts';
export type {
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
} from './types/messages.ts';
export type { PaginationMeta } from './types/pagination.ts';
export type {
  AssistantMessageInput,
  ChatInput,
  ChatListQuery,
  ChatMessageInput,
  CreateSessionParams,
  CustomerInput,
  DeveloperMessageInput,
  ListChatsParams,
  ListPageParams,
  ListPageQuery,
  ListSessionsParams,
  SendMessageParams,
  SessionListQuery,
  SquadInput,
  SystemMessageInput,
  ToolMessageInput,
  TwilioPhoneNumberInput,
  UpdateSessionParams,
  UserMessageInput,
} from './types/params.ts';
export type { TwilioPhoneNumber } from './types/phone-number.ts';
export type { Session, SessionPage, SessionStatus } from './types/session.ts';
export type {
  ChatStreamDelta,
  ChatStreamEvent,
  ResponseCompletedEvent,
  ResponseErrorEvent,
  ResponseStreamEvent,
  ResponseTextDeltaEvent,
  ResponseTextDoneEvent,
  StreamOptions,
  UnknownStreamEvent,
} from './types/streaming.ts';
export { unknownFields, type VapiResponseTypes } from './unknown-fields.ts';
export { VERSION } from './version.ts';
