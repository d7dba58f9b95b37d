/**
 * `@sessionkit/vapi/webhooks`: verify and type the server messages Vapi POSTs to your server URL (session and chat
 * events, tool calls, status updates…), as the webhook credential's `authenticationPlan` says: HMAC, bearer, the
 * legacy `server.secret` or OAuth2. Web Crypto only, so it runs in Node, Deno, Bun, workerd and edge runtimes; a
 * separate entry, so an app that only calls the API does not bundle it.
 *
 * @example
 * ```ts
 * import { isKnownServerMessage, verifyWebhook } from '@sessionkit/vapi/webhooks';
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const received = await verifyWebhook(request, { plan: { type: 'bearer', token: 'shared-token' } });
 *   if (isKnownServerMessage(received) && received.message.type === 'session.created') {
 *     console.log(received.message.session.id);
 *   }
 *   return new Response(null, { status: 204 });
 * }
 * ```
 *
 * @packageDocumentation
 */

export {
  type NodeWebhookRequest,
  toWebRequest,
  type VerifyNodeWebhookOptions,
  verifyNodeWebhook,
  type WebhookHandlerOptions,
  webhookHandler,
} from './webhooks/adapters.ts';
export { WebhookVerificationError, type WebhookVerificationReason } from './webhooks/error.ts';
export type {
  ServerMessage,
  ServerMessageBody,
  ServerMessageChatCreated,
  ServerMessageChatDeleted,
  ServerMessageCommon,
  ServerMessageOther,
  ServerMessageSessionCreated,
  ServerMessageSessionDeleted,
  ServerMessageSessionUpdated,
  UnknownServerMessage,
  UnknownServerMessageBody,
} from './webhooks/messages.ts';
export { isKnownServerMessage, parseServerMessage, serverMessageType } from './webhooks/parse.ts';
export type {
  BearerAuthenticationPlan,
  HmacAuthenticationPlan,
  OAuth2AuthenticationPlan,
  SecretAuthenticationPlan,
  WebhookAuthenticationPlan,
} from './webhooks/plans.ts';
export { type VerifyWebhookOptions, verifyWebhook } from './webhooks/verify.ts';
