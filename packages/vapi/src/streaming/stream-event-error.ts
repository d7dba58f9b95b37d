import { SessionkitError } from '@sessionkit/core/surface';

/**
 * An event of a streamed reply could not be read: its `data` is not JSON. Names the event (SSE `event` name, or
 * `message` for a plain `data:` line, and its `id` when it has one) and shows the start of the data.
 *
 * @example
 * ```ts
 * try { await stream.text(); }
 * catch (error) { if (error instanceof StreamEventError) console.error(error.event, error.dataPreview); }
 * ```
 */
export class StreamEventError extends SessionkitError {
  static override readonly brand: string = 'StreamEventError';
  /** The SSE event name (`message` when the event had none). */
  readonly event: string;
  /** The SSE event id, when it had one. */
  readonly eventId: string | undefined;
  /** The first 200 characters of the data. */
  readonly dataPreview: string;

  constructor(what: string, event: string | undefined, eventId: string | undefined, data: string, cause: unknown) {
    const name = event ?? 'message';
    const preview = data.slice(0, 200);
    super(`${what}: the data of event "${name}"${eventId ? ` (id ${eventId})` : ''} is not JSON: ${preview}`, {
      cause,
    });
    this.event = name;
    this.eventId = eventId;
    this.dataPreview = preview;
  }
}
