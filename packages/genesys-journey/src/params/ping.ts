import * as z from 'zod/mini';

/**
 * Query of `tracking.ping` (spec `GET …/deployments/{deploymentId}/customers/{customerCookieId}/ping`): `dl` (the
 * page URL or app screen; pings without it return no actions), `dt` (its title), `appNamespace`, `sessionId`, and
 * `sinceLastBeaconMilliseconds`.
 *
 * @example
 * ```ts
 * const ping = await gj.tracking.ping(deploymentId, customerCookieId, { dl: 'https://shop.example.com/', dt: 'Home' });
 * ```
 */
export const PingParamsSchema = z.strictObject({
  /** Document location: the page URL (or fragment), or the app screen name. */
  dl: z.optional(z.string()),
  /** Document title. */
  dt: z.optional(z.string()),
  /** The app's namespace, for domain filtering in app sessions. */
  appNamespace: z.optional(z.string()),
  /** The customer session; use the same one for all pings, app events and action events of the session. */
  sessionId: z.optional(z.string().check(z.minLength(1, { error: 'Must be a non-empty string' }))),
  /** Milliseconds since the last app event or beacon. */
  sinceLastBeaconMilliseconds: z.optional(
    z.int({ error: 'Must be a whole number' }).check(z.minimum(0, { error: 'Must be at least 0' })),
  ),
});

/**
 * Query of `tracking.ping` (input of `PingParamsSchema`).
 *
 * @example
 * ```ts
 * const query: PingParams = { dl: 'home', appNamespace: 'com.example.shop', sinceLastBeaconMilliseconds: 30_000 };
 * ```
 */
export type PingParams = z.input<typeof PingParamsSchema>;
