import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Browser, WebEventBrowser } from '../types/browser.ts';

const BrowserObject = z.looseObject({
  family: z.string(),
  version: z.string(),
  lang: z.nullish(z.string()),
  fingerprint: z.nullish(z.string()),
  isMobile: z.nullish(z.boolean()),
  viewHeight: z.nullish(z.int()),
  viewWidth: z.nullish(z.int()),
  featuresFlash: z.boolean(),
  featuresJava: z.boolean(),
  featuresPdf: z.boolean(),
  featuresWebrtc: z.boolean(),
});

/**
 * Schema of `Browser` (spec `Browser`); unknown fields kept.
 *
 * @example
 * ```ts
 * const browser = BrowserSchema.parse(json.browser);
 * ```
 */
export const BrowserSchema: SchemaOf<Browser> = BrowserObject;
type _BrowserMatches = AssertTrue<SchemaMatches<typeof BrowserObject, Browser>>;

const WebEventBrowserObject = z.looseObject({
  family: z.string(),
  version: z.string(),
  lang: z.nullish(z.string()),
});

/**
 * Schema of `WebEventBrowser` (spec `WebEventBrowser`); unknown fields kept.
 *
 * @example
 * ```ts
 * WebEventBrowserSchema.parse({ family: 'Firefox', version: '128.0' });
 * ```
 */
export const WebEventBrowserSchema: SchemaOf<WebEventBrowser> = WebEventBrowserObject;
type _WebEventBrowserMatches = AssertTrue<SchemaMatches<typeof WebEventBrowserObject, WebEventBrowser>>;
