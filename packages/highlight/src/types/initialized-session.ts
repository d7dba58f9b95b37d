/**
 * What `sessions.initialize()` resolves to: the session's secure id (generated when not given), the numeric project
 * id Highlight resolved, and the client id and fingerprint sent (generated or defaulted when not given).
 *
 * @example
 * ```ts
 * import { HighlightClient, type InitializedSession } from '@sessionkit/highlight';
 *
 * const hl = new HighlightClient({ projectId: '1' });
 * const { secureId, projectId, clientId }: InitializedSession = await hl.sessions.initialize({ environment: 'production' });
 * ```
 */
export interface InitializedSession {
  /** The session's secure id (`InitializeSessionResponse.secure_id`): the key of every later call. */
  readonly secureId: string;
  /** The project Highlight filed the session under (`InitializeSessionResponse.project_id`), as a string. */
  readonly projectId: string;
  /** The client id sent (`client_id`): the one given, or a generated 28-character id. */
  readonly clientId: string;
  /** The fingerprint sent (`fingerprint`): the one given, or the client id, as the browser SDK does. */
  readonly fingerprint: string;
}
