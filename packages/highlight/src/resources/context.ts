import type { GraphQLTransport } from '../internal/graphql-transport.ts';

/**
 * What the sessions resource needs from its client (built by `HighlightClient`; rarely used directly).
 *
 * @example
 * ```ts
 * const sessions = new HighlightClient({ projectId: '1', token }).sessions;
 * ```
 */
export interface ResourceContext {
  readonly transport: GraphQLTransport;
  /** The numeric project id (`projectId` option or `HIGHLIGHT_PROJECT_ID`), when configured. */
  readonly projectId: string | undefined;
  /** Base URL of the dashboard, for summary links (`{dashboardUrl}/{project}/sessions/{secure_id}`). */
  readonly dashboardUrl: string | undefined;
  /** The client version sent as `clientVersion`/`firstloadVersion` by default. */
  readonly clientVersion: string;
}
