import type { HttpClient, HttpRequest, ResponseMeta } from '@sessionkit/core';
import type { ApiPromise } from '@sessionkit/core/surface';
import type * as z from 'zod/mini';
import type { GenesysResponse } from '../genesys-response.ts';
import { readRateLimit } from '../rate-limit.ts';

type Output<S> = S extends z.core.$ZodType ? z.output<S> : unknown;

/** The response facts Genesys users want, from core's `ResponseMeta`: the `describe` of every call. */
export function toGenesysResponse(meta: ResponseMeta): GenesysResponse {
  return { ...meta, correlationId: meta.requestId, rateLimit: readRateLimit(meta.headers) };
}

/**
 * The resources' view of the transport: `call` for single results and list pages (core's eager `ApiPromise`, with
 * `GenesysResponse` as its response; a page is fetched with `.withResponse()`). `prepare` runs inside the promise,
 * so invalid input rejects instead of throwing synchronously.
 */
export class Transport {
  readonly #http: HttpClient;

  constructor(http: HttpClient) {
    this.#http = http;
  }

  call<S extends z.core.$ZodType | undefined>(prepare: () => HttpRequest<S>): ApiPromise<Output<S>, GenesysResponse> {
    return this.#http.call(prepare, toGenesysResponse);
  }
}
