import type { ArtifactMessage, SessionMessage } from './types/messages.ts';

/**
 * The text of any message shape: `content` (chat style), `message` (transcript style) or `result` (tool result);
 * `undefined` when it has none (an assistant message that only calls tools).
 *
 * @example
 * ```ts
 * console.log(session.messages?.map((message) => `${message.role}: ${messageText(message) ?? ''}`).join('\n'));
 * ```
 */
export function messageText(message: SessionMessage | ArtifactMessage): string | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { content, message: text, result } = message as { content?: unknown; message?: unknown; result?: unknown };
  if (typeof content === 'string') return content;
  if (typeof text === 'string') return text;
  return typeof result === 'string' ? result : undefined;
}
