import type { Request as SpecRequest } from 'openapi-backend';

/** Turns a fetch `Request` into openapi-backend's request shape. */
export async function toSpecRequest(request: Request): Promise<SpecRequest> {
  const url = new URL(request.url);
  const text = request.body ? await request.clone().text() : '';
  return {
    method: request.method.toLowerCase(),
    path: url.pathname,
    query: url.search.replace(/^\?/, ''),
    headers: Object.fromEntries(request.headers.entries()),
    body: text ? JSON.parse(text) : undefined,
  };
}
