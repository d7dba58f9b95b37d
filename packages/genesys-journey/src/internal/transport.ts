import type { HttpClient, HttpRequest, ResponseMeta } from '@sessionkit/core';
import type * as z from 'zod/mini';
import { ApiPromise, type GenesysResponse, type WithResponse } from '../api-promise.ts';
import { readRateLimit } from '../rate-limit.ts';

type Output<S> = S extends z.core.$ZodType ? z.output<S> : unknown;

/** The response facts Genesys users want, from core's `ResponseMeta`. */
export function toGenesysResponse(meta: ResponseMeta): GenesysResponse {
  return { ...meta, correlationId: meta.requestId, rateLimit: readRateLimit(meta.headers) };
}

/**
 * The resources' view of the transport: `call` for single results (as an `ApiPromise`), `fetch` for list pages.
 * `prepare` runs first, inside the promise, so invalid input rejects instead of throwing synchronously.
 */
export class Transport {
  readonly #http: HttpClient;

  constructor(http: HttpClient) {
    this.#http = http;
  }

  call<S extends z.core.$ZodType | undefined>(prepare: () => HttpRequest<S>): ApiPromise<Output<S>> {
    return new ApiPromise(this.#withResponse(prepare));
  }

  async fetch<S extends z.core.$ZodType | undefined>(request: HttpRequest<S>): Promise<Output<S>> {
    return this.#http.request(request);
  }

  async #withResponse<S extends z.core.$ZodType | undefined>(
    prepare: () => HttpRequest<S>,
  ): Promise<WithResponse<Output<S>>> {
    const { data, meta } = await this.#http.requestWithMeta(prepare());
    return { data, response: toGenesysResponse(meta) };
  }
}
