import { DEFAULT_RETRY_OPTIONS } from '@sessionkit/core';
import ky, { type Options } from 'ky';
import type { Contender, VendorBench } from './vendor-bench.ts';

/** The name of the "ky alone" row, which the table's `×ky` column divides by. */
export const KY_CONTENDER = 'ky + JSON.parse (transport floor)';
/** The name of the "ky as sessionkit configures it" row. */
export const KY_SESSIONKIT_CONTENDER = 'ky as sessionkit configures it';

/**
 * ky alone (no retries, no timeout) + `JSON.parse`: the transport every sessionkit client is built on, so the table
 * shows how much of the distance to raw fetch is ky's and how much is sessionkit's.
 */
export function kyContender(url: string, init?: VendorBench['sessionInit']): Contender {
  const client = ky.create({ retry: 0, timeout: false, throwHttpErrors: false });
  return {
    name: KY_CONTENDER,
    call: async () => JSON.parse(await client(url, init ?? { headers: { authorization: 'Bearer bench' } }).text()),
  };
}

/**
 * ky with the options sessionkit's core gives it for a default call, and nothing of sessionkit's own code: the
 * instance of `HttpClient` (identification headers, `throwHttpErrors: true`) and, built per call as `kyOptions` does
 * (packages/core/src/http/ky-options.ts), a 30 s per-attempt `timeout` and no `totalTimeout`, the default retry
 * policy as `kyRetry` hands it over (ky-retry.ts: `limit: 2`, the call's method, `DEFAULT_RETRY_OPTIONS`'
 * statuses, no `afterStatusCodes`, backoff functions, `shouldRetry`), one `beforeRetry` hook that does nothing
 * (ky-hooks.ts: a call whose static credentials went with the request needs no `beforeRequest`, and core installs
 * no `afterResponse`) and an
 * attempt `fetch` that reads the body inside the attempt and gives ky a copy without it (buffered-fetch.ts). Between
 * "ky alone" and "sessionkit (validation off)", it shows how much is ky's own retry, timeout and hook machinery and
 * how much is sessionkit's code.
 */
export function kySessionkitContender(url: string, init?: VendorBench['sessionInit']): Contender {
  const client = ky.create({
    headers: { 'user-agent': 'sessionkit-bench/0.0.0 sessionkit-core/0.0.0', 'x-sessionkit-client': 'bench/0.0.0' },
    throwHttpErrors: true,
  });
  const method = init?.method ?? 'GET';
  const headers = init?.headers ?? { authorization: 'Bearer bench' };
  const json = init ? (JSON.parse(init.body) as unknown) : undefined;
  const retry = DEFAULT_RETRY_OPTIONS;
  const call = async (): Promise<unknown> => {
    let text = '';
    const options: Options = {
      method,
      headers,
      ...(json !== undefined ? { json } : {}),
      timeout: 30_000,
      totalTimeout: false,
      retry: {
        limit: retry.maxRetries,
        methods: [method.toLowerCase()],
        statusCodes: [...retry.statusCodes],
        afterStatusCodes: [],
        retryOnTimeout: retry.retryOnTimeout,
        delay: (retryNumber) => Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** (retryNumber - 1)),
        jitter: (ceilingMs) => Math.round(Math.random() * ceilingMs),
        shouldRetry: () => undefined,
      },
      hooks: {
        beforeRetry: [() => {}],
      },
      fetch: async (input, attemptInit) => {
        const response = await globalThis.fetch(input, attemptInit);
        text = await response.text();
        const { status, statusText, headers: responseHeaders } = response;
        return new Response(null, { status, statusText, headers: responseHeaders });
      },
    };
    await client(url, options);
    return JSON.parse(text);
  };
  return { name: KY_SESSIONKIT_CONTENDER, call };
}
