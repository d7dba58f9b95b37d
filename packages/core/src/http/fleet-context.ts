import type { FleetTransport } from '../fleet/fleet-transport.ts';
import type { ClientOptions } from './client-options.ts';
import { lazy } from './request-url.ts';

/**
 * A client's fleet transport (its shared token cache and rate limiter), loaded on first use and only when the client
 * was given a `tokenCache` or a `rateLimiter`: `undefined` otherwise, and the module stays out of the bundle of an
 * app that sets neither (bundlers split a dynamic `import()` off).
 */
export function fleetContext(
  config: ClientOptions & { readonly vendor: string },
): (() => Promise<FleetTransport>) | undefined {
  if (!config.tokenCache && !config.rateLimiter) return undefined;
  return lazy(() => import('../fleet/fleet-transport.ts').then(({ fleetTransport }) => fleetTransport(config)));
}
