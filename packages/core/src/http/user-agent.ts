import { VERSION } from '../version.ts';

/**
 * The runtime for `User-Agent`: `node/24.21.0` in Node; elsewhere the runtime's own `navigator.userAgent`
 * (`Deno/2.9.6`, `Bun/1.4.5`, `Cloudflare-Workers` in workerd), since Deno, Bun and workerd also report the Node
 * version they emulate in `process.versions.node` (an agent with other characters than `[A-Za-z0-9_./-]` is not
 * used); `runtime/unknown` when there is neither.
 */
export function runtimeTag(): string {
  const scope = globalThis as { navigator?: { userAgent?: string }; process?: { versions?: { node?: string } } };
  const agent = scope.navigator?.userAgent;
  const node = scope.process?.versions?.node;
  if (agent && !agent.startsWith('Node.js/') && /^[\w./-]+$/.test(agent)) return agent;
  return node ? `node/${node}` : 'runtime/unknown';
}

/**
 * Identification headers. Outside browsers: `User-Agent` (`sessionkit-<client>/<version> sessionkit-core/<version>
 * <runtime>`) and `x-sessionkit-client`. In a browser: none. A header outside the CORS-safelisted set makes the
 * browser send a preflight that the vendor's allow-list must answer with that header's name; a request of ours then
 * needs no more CORS permission than the vendor's own browser SDK (`Authorization`, `Content-Type` and the headers the
 * vendor documents). The browser sends its own `User-Agent`.
 */
export function identificationHeaders(
  client: { name: string; version: string },
  browser: boolean,
): Record<string, string> {
  if (browser) return {};
  const short = client.name.replace(/^@sessionkit\//, '');
  return {
    'user-agent': `sessionkit-${short}/${client.version} sessionkit-core/${VERSION} ${runtimeTag()}`,
    'x-sessionkit-client': `${short}/${client.version} core/${VERSION}`,
  };
}
