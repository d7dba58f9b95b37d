import { httpUrl, readEnv } from '@sessionkit/core';

/**
 * Where the client sends requests (`client.endpoints`): the two graphs, the OAuth token endpoint, and the dashboard
 * used for summary links.
 *
 * @example
 * ```ts
 * const { publicGraphUrl, privateGraphUrl, tokenUrl } = new HighlightClient({ baseUrl: 'https://highlight.internal' }).endpoints;
 * // 'https://highlight.internal/public', 'https://highlight.internal/private', 'https://highlight.internal/oauth/token'
 * ```
 */
export interface Endpoints {
  readonly publicGraphUrl: string;
  readonly privateGraphUrl: string;
  readonly tokenUrl: string;
  readonly dashboardUrl: string | undefined;
}

/** The endpoint options of the client. */
export interface EndpointOptions {
  readonly baseUrl?: string | undefined;
  readonly publicGraphUrl?: string | undefined;
  readonly privateGraphUrl?: string | undefined;
  readonly tokenUrl?: string | undefined;
  readonly dashboardUrl?: string | undefined;
}

/**
 * Self-hosted Highlight serves both graphs on port 8082 (`docker/.env`); hosted highlight.io closed in 2026.
 *
 * @example
 * ```ts
 * const hl = new HighlightClient({ baseUrl: DEFAULT_BACKEND_URL, projectId: '1' }); // …/public and …/private
 * ```
 */
export const DEFAULT_BACKEND_URL = 'http://localhost:8082';
/**
 * The dashboard of a self-hosted Highlight, where summary links point by default.
 *
 * @example
 * ```ts
 * const hl = new HighlightClient({ projectId: '1', dashboardUrl: DEFAULT_DASHBOARD_URL });
 * ```
 */
export const DEFAULT_DASHBOARD_URL = 'http://localhost:3000';

/**
 * Resolves the URLs: each option, else its environment variable (`HIGHLIGHT_PUBLIC_GRAPH_URL`,
 * `HIGHLIGHT_PRIVATE_GRAPH_URL`), else `{baseUrl}/public` and `{baseUrl}/private` with `baseUrl` defaulting to
 * self-hosted `http://localhost:8082`. The token URL defaults to `/oauth/token` on the private graph's origin; the
 * dashboard to `http://localhost:3000` only when the private graph is the self-hosted default.
 */
export function resolveEndpoints(options: EndpointOptions): Endpoints {
  const base = httpUrl(options.baseUrl ?? DEFAULT_BACKEND_URL, 'baseUrl');
  const publicGraphUrl = httpUrl(
    options.publicGraphUrl ?? readEnv('HIGHLIGHT_PUBLIC_GRAPH_URL') ?? `${base}/public`,
    'publicGraphUrl',
  );
  const privateGraphUrl = httpUrl(
    options.privateGraphUrl ?? readEnv('HIGHLIGHT_PRIVATE_GRAPH_URL') ?? `${base}/private`,
    'privateGraphUrl',
  );
  const tokenUrl = httpUrl(options.tokenUrl ?? `${new URL(privateGraphUrl).origin}/oauth/token`, 'tokenUrl');
  const selfHostedDefault = privateGraphUrl === `${DEFAULT_BACKEND_URL}/private`;
  const dashboard = options.dashboardUrl ?? (selfHostedDefault ? DEFAULT_DASHBOARD_URL : undefined);
  return {
    publicGraphUrl,
    privateGraphUrl,
    tokenUrl,
    dashboardUrl: dashboard === undefined ? undefined : httpUrl(dashboard, 'dashboardUrl'),
  };
}
