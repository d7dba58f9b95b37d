import { ConfigurationError } from '../errors/configuration-error.ts';
import { appendQuery, type QueryParams } from './query.ts';

const ABSOLUTE = /^https?:\/\//i;

/** An absolute http(s) base URL, or a `ConfigurationError`. */
export function parseBaseUrl(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
    return url;
  } catch {
    throw new ConfigurationError(`Invalid base URL: ${JSON.stringify(value)}; expected an absolute http(s) URL.`);
  }
}

/**
 * The URL of a request: `path` joined to the base URL (its own path prefix kept), or an absolute URL — refused when
 * it would carry credentials to another origin — with the query appended.
 */
export function requestUrl(
  base: URL,
  request: { readonly path: string; readonly query?: QueryParams | undefined },
  sendsCredentials: boolean,
): URL {
  let url: URL;
  if (ABSOLUTE.test(request.path)) {
    url = new URL(request.path);
    if (sendsCredentials && url.origin !== base.origin) {
      throw new ConfigurationError(`Refusing to send credentials to ${url.origin}, which is not ${base.origin}.`);
    }
  } else {
    const [pathname = '', search = ''] = request.path.split('?', 2);
    url = new URL(base.toString().replace(/\/+$/, '') + (pathname.startsWith('/') ? pathname : `/${pathname}`));
    if (search) url.search = search;
  }
  appendQuery(url, request.query);
  return url;
}

/** `compute()`, run once, on first use. */
export function lazy<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => {
    cached ??= { value: compute() };
    return cached.value;
  };
}
