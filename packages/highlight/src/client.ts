import { type ClientOptions, ConfigurationError, HttpClient, readEnv } from '@sessionkit/core';
import { resolveAuth } from './internal/auth.ts';
import { type Endpoints, resolveEndpoints } from './internal/endpoints.ts';
import { parseHighlightErrorBody } from './internal/error-body.ts';
import { GraphQLTransport } from './internal/graphql-transport.ts';
import { SessionsResource } from './resources/sessions.ts';
import { VERSION } from './version.ts';

/**
 * Options of `HighlightClient`: the project, where the two graphs are, the private graph's credentials, and every
 * core option (`timeoutMs`, `maxRetries`, `retry`, `fetch`, `hooks`, `validation`, `headers`…). `baseUrl` is the
 * Highlight backend serving both graphs (`{baseUrl}/public`, `{baseUrl}/private`, `{baseUrl}/oauth/token`).
 *
 * @example
 * ```ts
 * const options: HighlightClientOptions = {
 *   projectId: '1',
 *   publicGraphUrl: 'https://highlight.internal:8082/public',
 *   privateGraphUrl: 'https://highlight.internal:8082/private',
 *   token: process.env.HIGHLIGHT_TOKEN,
 * };
 * ```
 */
export interface HighlightClientOptions extends ClientOptions {
  /**
   * The numeric project id (the number in the dashboard URL `/{project_id}/sessions`). `initialize` sends it as the
   * project's verbose id, which Highlight also accepts numerically; `search` needs the number. Default:
   * `HIGHLIGHT_PROJECT_ID`.
   */
  readonly projectId?: string | number | undefined;
  /** The public graph (SDK ingest). Default: `HIGHLIGHT_PUBLIC_GRAPH_URL`, else `{baseUrl}/public` (`http://localhost:8082/public`). */
  readonly publicGraphUrl?: string | undefined;
  /** The private graph (dashboard API). Default: `HIGHLIGHT_PRIVATE_GRAPH_URL`, else `{baseUrl}/private` (`http://localhost:8082/private`). */
  readonly privateGraphUrl?: string | undefined;
  /** A dashboard token (`token` header: a Firebase ID token or a self-hosted password-mode JWT). Default: `HIGHLIGHT_TOKEN`. */
  readonly token?: string | undefined;
  /** OAuth client id (client-credentials grant). Default: `HIGHLIGHT_CLIENT_ID`. */
  readonly clientId?: string | undefined;
  /** OAuth client secret. Default: `HIGHLIGHT_CLIENT_SECRET`. Refused in a browser. */
  readonly clientSecret?: string | undefined;
  /** The OAuth token endpoint. Default: `/oauth/token` on the private graph's origin. */
  readonly tokenUrl?: string | undefined;
  /** Renew an OAuth token this long before it expires. Default 60 s. */
  readonly refreshSkewMs?: number | undefined;
  /** The dashboard, for summary links. Default `http://localhost:3000` when the private graph is the self-hosted default. */
  readonly dashboardUrl?: string | undefined;
}

const PROJECT_ID = /^\d+$|^[A-Za-z0-9]{1,64}$/;

function resolveProjectId(value: string | number | undefined): string | undefined {
  const raw = value ?? readEnv('HIGHLIGHT_PROJECT_ID');
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  if (!PROJECT_ID.test(text)) {
    throw new ConfigurationError(
      `Invalid Highlight projectId ${JSON.stringify(String(raw))}; expected the numeric project id.`,
    );
  }
  return text;
}

/**
 * The Highlight client: sessions over both GraphQL APIs of a self-hosted Highlight (hosted highlight.io closed in
 * 2026) or any compatible endpoint. Ingest goes to the public graph without credentials; the dashboard API goes to
 * the private graph with the `token` header or an OAuth client-credentials bearer. Construct it once and reuse it.
 *
 * @example
 * ```ts
 * import { HighlightClient } from '@sessionkit/highlight';
 *
 * const hl = new HighlightClient({ projectId: '1', token: process.env.HIGHLIGHT_TOKEN });
 * const { secureId } = await hl.sessions.initialize({ environment: 'production' });
 * await hl.sessions.identify(secureId, 'ada@example.com', { plan: 'pro' });
 * for await (const session of hl.sessions.search({ query: 'identifier=ada@example.com' })) console.log(session.url);
 * ```
 */
export class HighlightClient {
  /** Sessions: ingest (public graph) and search, read and update (private graph). */
  readonly sessions: SessionsResource;
  /** Where this client sends requests. */
  readonly endpoints: Endpoints;
  /** The project id the client works on, when configured. */
  readonly projectId: string | undefined;

  /**
   * @throws ConfigurationError for an invalid URL or project id, conflicting credentials, a client secret in a
   * browser, or credentials over plain http to anything but this machine (unless `allowInsecureHttp`).
   */
  constructor(options: HighlightClientOptions = {}) {
    const {
      projectId,
      baseUrl,
      publicGraphUrl,
      privateGraphUrl,
      token,
      clientId,
      clientSecret,
      tokenUrl,
      refreshSkewMs,
      dashboardUrl,
      ...clientOptions
    } = options ?? {};
    this.endpoints = resolveEndpoints({ baseUrl, publicGraphUrl, privateGraphUrl, tokenUrl, dashboardUrl });
    this.projectId = resolveProjectId(projectId);
    const auth = resolveAuth(
      { token, clientId, clientSecret, refreshSkewMs, allowInsecureHttp: clientOptions.allowInsecureHttp },
      this.endpoints.tokenUrl,
    );
    const shared = {
      ...clientOptions,
      vendor: 'Highlight',
      client: { name: '@sessionkit/highlight', version: VERSION },
      parseErrorBody: parseHighlightErrorBody,
    };
    const transport = new GraphQLTransport(
      {
        public: {
          url: this.endpoints.publicGraphUrl,
          http: new HttpClient({ ...shared, baseUrl: this.endpoints.publicGraphUrl }),
        },
        private: {
          url: this.endpoints.privateGraphUrl,
          http: new HttpClient({ ...shared, baseUrl: this.endpoints.privateGraphUrl, auth }),
        },
      },
      auth !== undefined,
    );
    this.sessions = new SessionsResource({
      transport,
      projectId: this.projectId,
      dashboardUrl: this.endpoints.dashboardUrl,
      clientVersion: `@sessionkit/highlight@${VERSION}`,
    });
  }
}
