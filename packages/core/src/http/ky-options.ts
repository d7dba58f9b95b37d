import type { Options } from 'ky';
import type * as z from 'zod/mini';
import { bufferedFetch } from './buffered-fetch.ts';
import type { Exchange } from './exchange.ts';
import type { HttpRequest } from './http-client.ts';
import { kyHooks } from './ky-hooks.ts';
import { kyRetry } from './ky-retry.ts';

/** ky refuses a timeout above what `setTimeout` can hold (about 24.8 days); anything longer is no timeout. */
const MAX_KY_TIMEOUT_MS = 2_147_483_647;

/** ky's options for one call: its body, headers, signal and timeouts, its retry policy, hooks and attempt `fetch`. */
export function kyOptions(
  exchange: Exchange,
  request: HttpRequest<z.core.$ZodType | undefined>,
  headers: Readonly<Record<string, string>>,
): Options {
  const { plan } = exchange;
  return {
    method: plan.method,
    headers,
    ...(request.json !== undefined ? { json: request.json } : {}),
    ...(request.form !== undefined ? { body: new URLSearchParams(request.form as Record<string, string>) } : {}),
    ...(plan.signal ? { signal: plan.signal } : {}),
    timeout: kyTimeout(plan.timeoutMs),
    totalTimeout: kyTimeout(plan.totalTimeoutMs),
    retry: kyRetry(exchange),
    hooks: kyHooks(exchange),
    fetch: (plan.attemptFetch ?? bufferedFetch)(exchange),
  };
}

/** A timeout as ky takes it: `false` for none (absent, `Infinity`, or longer than a timer can hold). */
function kyTimeout(ms: number | undefined): number | false {
  return ms !== undefined && ms <= MAX_KY_TIMEOUT_MS ? ms : false;
}
