import { type AssertTrue, type InputMatches, JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { type InitializeParams, PRIVACY_SETTINGS } from '../types/params.ts';
import { SecureIdSchema } from './secure-id.ts';

const NonEmpty = z.string().check(z.minLength(1, { error: 'Must not be empty' }));
const HeaderText = z
  .string()
  .check(
    z.minLength(1, { error: 'Must not be empty' }),
    z.maxLength(8_192, { error: 'Must be at most 8192 characters' }),
  );

const InitializeParamsObject = z.strictObject({
  secureId: z.optional(SecureIdSchema),
  sessionKey: z.optional(NonEmpty),
  environment: z.optional(NonEmpty),
  appVersion: z.optional(NonEmpty),
  serviceName: z.optional(NonEmpty),
  clientId: z.optional(NonEmpty),
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
 * `InitializeParams` as a schema: every option optional, non-empty strings, header values of 1–8192 characters, a
 * known `privacySetting`; unknown keys refused.
 *
 * @example
 * ```ts
 * InitializeParamsSchema.parse({ environment: 'production', appVersion: '2.14.0' });
 * ```
 */
export const InitializeParamsSchema: z.ZodMiniType<InitializeParams, InitializeParams> = InitializeParamsObject;

type _InitializeParamsMatches = AssertTrue<InputMatches<typeof InitializeParamsObject, InitializeParams>>;
