import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { SecureIdSchema } from './secure-id.ts';

/**
 * The privacy modes of a recording (`privacy_setting`): `strict` masks all text and inputs, `default` masks inputs
 * that look sensitive, `none` records everything.
 *
 * @example
 * ```ts
 * await hl.sessions.initialize({ privacySetting: PRIVACY_SETTINGS[0] }); // 'strict'
 * ```
 */
export const PRIVACY_SETTINGS = ['strict', 'default', 'none'] as const;

const NonEmpty = z.string().check(z.minLength(1, { error: 'Must not be empty' }));
const HeaderText = z
  .string()
  .check(
    z.minLength(1, { error: 'Must not be empty' }),
    z.maxLength(8_192, { error: 'Must be at most 8192 characters' }),
  );

/**
 * Options of `sessions.initialize()` (public graph `initializeSession`). All optional: `secureId` and `clientId` are
 * generated (28 characters of `[A-Za-z0-9]` from a cryptographically secure source), `fingerprint` defaults to the
 * client id as the browser SDK does, `environment` to `production`, `clientVersion`/`firstloadVersion` to this
 * package's version, `clientConfig` to `{}` (an object is sent as JSON), privacy flags to `false`.
 *
 * Highlight reads the device, language and location from the HTTP request, not from arguments: when reporting for
 * an end user from a server, pass their `userAgent`, `language` (`Accept-Language`) and `ip` (sent as
 * `X-Forwarded-For`).
 *
 * @example
 * ```ts
 * const { secureId } = await hl.sessions.initialize({
 *   environment: 'production', appVersion: '2.14.0', clientId: visitorId, userAgent: request.headers['user-agent'],
 * });
 * ```
 */
export const InitializeParamsSchema = z.strictObject({
  secureId: z.optional(SecureIdSchema),
  /** Groups restarted sessions of one tab (Highlight's "restart sessions", 2025). */
  sessionKey: z.optional(NonEmpty),
  environment: z.optional(NonEmpty),
  appVersion: z.optional(NonEmpty),
  serviceName: z.optional(NonEmpty),
  /** A stable id of the device or browser (the SDK keeps it in localStorage); earlier sessions of it are back-filled on identify. */
  clientId: z.optional(NonEmpty),
  /** Hashed by Highlight into the session's numeric `fingerprint`. Default: `clientId`. */
  fingerprint: z.optional(NonEmpty),
  clientVersion: z.optional(NonEmpty),
  firstloadVersion: z.optional(NonEmpty),
  clientConfig: z.optional(z.union([z.string(), JsonObject])),
  enableStrictPrivacy: z.optional(z.boolean()),
  enableRecordingNetworkContents: z.optional(z.boolean()),
  networkRecordingDomains: z.optional(z.array(NonEmpty)),
  disableSessionRecording: z.optional(z.boolean()),
  privacySetting: z.optional(z.enum(PRIVACY_SETTINGS)),
  userAgent: z.optional(HeaderText),
  language: z.optional(HeaderText),
  ip: z.optional(HeaderText),
});

/**
 * Options of `sessions.initialize()`; see `InitializeParamsSchema`.
 *
 * @example
 * ```ts
 * const params: InitializeParams = { environment: 'staging', appVersion: '2.14.0', enableStrictPrivacy: true };
 * ```
 */
export type InitializeParams = z.input<typeof InitializeParamsSchema>;
