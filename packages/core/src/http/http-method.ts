/**
 * The HTTP methods a request can use.
 *
 * @example
 * ```ts
 * const method: HttpMethod = 'PATCH';
 * await vapi.request({ method, path: path`/session/${id}`, body: { name: 'Renamed' } });
 * ```
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
