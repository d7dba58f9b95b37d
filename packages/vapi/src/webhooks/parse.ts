import { WebhookVerificationError } from './error.ts';
import { REQUIRED_FIELDS, type ServerMessage, type UnknownServerMessage } from './messages.ts';

/**
 * Checks that `body` (already parsed JSON, verified elsewhere) is a server message: `{ message: { type } }` with
 * the spec's required fields of its type (`session`/`chat` objects with an `id` for the session and chat events).
 * A type this version does not know is returned, not refused: tell it apart with `isKnownServerMessage`. Throws
 * `WebhookVerificationError` with reason `bad-body` otherwise.
 *
 * @example
 * ```ts
 * declare const body: unknown;
 * const received = parseServerMessage(body);
 * if (isKnownServerMessage(received) && received.message.type === 'session.created') {
 *   console.log(received.message.session.id);
 * }
 * ```
 */
export function parseServerMessage(body: unknown): ServerMessage | UnknownServerMessage {
  if (!isObject(body) || !isObject(body.message)) {
    throw new WebhookVerificationError('bad-body', 'The webhook body is not a server message: no `message` object');
  }
  const { message } = body;
  if (typeof message.type !== 'string') {
    throw new WebhookVerificationError('bad-body', 'The webhook body is not a server message: no `message.type`');
  }
  const required = Object.hasOwn(REQUIRED_FIELDS, message.type) ? REQUIRED_FIELDS[message.type] : undefined;
  for (const field of required ?? []) {
    const value = message[field];
    const missing =
      field === 'session' || field === 'chat' ? !isObject(value) || typeof value.id !== 'string' : value === undefined;
    if (missing) {
      throw new WebhookVerificationError(
        'bad-body',
        `The webhook body is not a valid \`${message.type}\` message: \`message.${field}\` is missing or malformed`,
      );
    }
  }
  return body as unknown as ServerMessage | UnknownServerMessage;
}

/**
 * True when the message's type is one this version knows (every `ServerMessage*` of the spec), which narrows it to
 * `ServerMessage`, whose `message.type` a `switch` then narrows.
 *
 * @example
 * ```ts
 * declare const received: ServerMessage | UnknownServerMessage;
 * if (isKnownServerMessage(received)) console.log(received.message.type);
 * ```
 */
export function isKnownServerMessage(received: ServerMessage | UnknownServerMessage): received is ServerMessage {
  return Object.hasOwn(REQUIRED_FIELDS, serverMessageType(received));
}

/**
 * The `type` of any server message, known or not.
 *
 * @example
 * ```ts
 * declare const received: ServerMessage | UnknownServerMessage;
 * console.log(serverMessageType(received));
 * ```
 */
export function serverMessageType(received: ServerMessage | UnknownServerMessage): string {
  return (received.message as unknown as { type: string }).type;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
