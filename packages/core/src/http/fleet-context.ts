import { resilientRateLimiter } from '../fleet/rate-limiter.ts';
import { resilientTokenCache } from '../fleet/token-cache.ts';
import type { ClientOptions } from './client-options.ts';
import type { TransportContext } from './exchange.ts';
import { callHook } from './hooks.ts';

const STORE_RETRY_AFTER_MS = 5_000;
const HASHES_KEPT = 16;

/** A client's shared token cache and rate limiter, each falling back to memory (one warning) while it is down. */
export function fleetContext(
  config: ClientOptions & { readonly vendor: string },
): Pick<TransportContext, 'tokenCache' | 'rateLimiter' | 'bucketKey'> {
  const resilience = {
    timeoutMs: config.storeTimeoutMs ?? 1_000,
    retryAfterMs: STORE_RETRY_AFTER_MS,
    warn: (warning: Parameters<NonNullable<NonNullable<ClientOptions['hooks']>['onWarning']>>[0]) =>
      callHook(config.hooks?.onWarning, warning),
  };
  const hashes = new Map<string, Promise<string>>();
  return {
    tokenCache: config.tokenCache && resilientTokenCache(config.tokenCache, resilience),
    rateLimiter: config.rateLimiter && resilientRateLimiter(config.rateLimiter, resilience),
    bucketKey(credentials) {
      const raw = Object.keys(credentials)
        .sort()
        .map((name) => `${name}:${credentials[name]}`)
        .join('\n');
      let hash = hashes.get(raw);
      if (!hash) {
        hash = sha256Hex(raw).then((hex) => `${config.vendor.toLowerCase()}:${hex.slice(0, 32)}`);
        hashes.set(raw, hash);
        if (hashes.size > HASHES_KEPT) hashes.delete(hashes.keys().next().value as string);
      }
      return hash;
    },
  };
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
