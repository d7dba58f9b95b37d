import { VERSION } from '../version.ts';

interface RuntimeGlobals {
  Deno?: { version?: { deno?: string } };
  Bun?: { version?: string };
  navigator?: { userAgent?: string };
  process?: { versions?: { node?: string } };
}

/**
 * The runtime for `User-Agent`: `deno/2.9.6`, `bun/1.4.5`, `workerd`, `node/24.21.0` or `runtime/unknown`. Deno,
 * Bun and workerd also report a Node version (`process.versions.node`, for compatibility), so they are asked first.
 */
export function runtimeTag(): string {
  const scope = globalThis as RuntimeGlobals;
  if (typeof scope.Deno?.version?.deno === 'string') return `deno/${scope.Deno.version.deno}`;
  if (typeof scope.Bun?.version === 'string') return `bun/${scope.Bun.version}`;
  if (scope.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd';
  if (typeof scope.process?.versions?.node === 'string') return `node/${scope.process.versions.node}`;
  return 'runtime/unknown';
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
