/**
 * One frame of an error's stack after source mapping (private graph `ErrorTrace`, the fields the client selects).
 *
 * @example
 * ```ts
 * import type { ErrorObject, ErrorTrace } from '@sessionkit/highlight';
 *
 * declare const error: ErrorObject;
 * const frame: ErrorTrace | null | undefined = error.structured_stack_trace[0];
 * console.log(frame?.functionName, frame?.fileName, frame?.lineNumber);
 * ```
 */
export interface ErrorTrace {
  /** The file of the frame (`String`). */
  fileName?: string | null | undefined;
  /** The line of the frame (`Int`). */
  lineNumber?: number | null | undefined;
  /** The function of the frame (`String`). */
  functionName?: string | null | undefined;
  /** The column of the frame (`Int`). */
  columnNumber?: number | null | undefined;
}

/**
 * An error recorded in a session (private graph `ErrorObject`, the fields the client selects).
 *
 * @example
 * ```ts
 * import { type ErrorObject, HighlightClient } from '@sessionkit/highlight';
 *
 * declare const secureId: string;
 * const errors: ErrorObject[] = await new HighlightClient({ projectId: '1' }).sessions.errors(secureId);
 * for (const error of errors) console.log(error.type, error.event.join(' '), error.url);
 * ```
 */
export interface ErrorObject {
  /** The error's id (`ID!`). */
  id: string;
  /** When Highlight stored the error (`Timestamp!`). */
  created_at: string;
  /** The project's numeric id (`Int!`). */
  project_id: number;
  /** The session's internal numeric id (`Int`). */
  session_id?: number | null | undefined;
  /** The trace the error belongs to (`String`). */
  trace_id?: string | null | undefined;
  /** The span the error belongs to (`String`). */
  span_id?: string | null | undefined;
  /** The cursor of the log line next to the error (`String`). */
  log_cursor?: string | null | undefined;
  /** The error group's numeric id (`Int!`). */
  error_group_id: number;
  /** The error group's secure id (`String!`), for its dashboard link. */
  error_group_secure_id: string;
  /** The message parts (`[String]!`); entries may be `null`. */
  event: (string | null)[];
  /** The kind of error (`String!`), e.g. `window.onerror`, `console.error`. */
  type: string;
  /** The page the error happened on (`String!`). */
  url: string;
  /** Where the error came from (`String`), e.g. the script URL. */
  source?: string | null | undefined;
  /** The line the error was raised at (`Int`). */
  lineNumber?: number | null | undefined;
  /** The column the error was raised at (`Int`). */
  columnNumber?: number | null | undefined;
  /** The raw stack trace, as sent (`String!`). */
  stack_trace: string;
  /** The stack after source mapping (`[ErrorTrace]!`); entries may be `null`. */
  structured_stack_trace: (ErrorTrace | null)[];
  /** When the error happened (`Timestamp!`). */
  timestamp: string;
  /** Extra data sent with the error (`String`), a JSON string. */
  payload?: string | null | undefined;
  /** The request id of a backend error (`String`). */
  request_id?: string | null | undefined;
  /** The operating system (`String`). */
  os?: string | null | undefined;
  /** The browser (`String`). */
  browser?: string | null | undefined;
  /** The environment (`String`). */
  environment?: string | null | undefined;
  /** The version of the service that raised it (`String`). */
  serviceVersion?: string | null | undefined;
  /** The name of the service that raised it (`String`). */
  serviceName?: string | null | undefined;
}
