/**
 * What `sessions.initialize()` resolves to: the session's secure id (generated when not given), the numeric project
 * id Highlight resolved, and the client id and fingerprint sent (generated or defaulted when not given).
 *
 * @example
 * ```ts
 * const { secureId, projectId, clientId }: InitializedSession = await hl.sessions.initialize({ environment: 'production' });
 * ```
 */
export interface InitializedSession {
  readonly secureId: string;
  readonly projectId: string;
  readonly clientId: string;
  readonly fingerprint: string;
}
