import * as z from 'zod/mini';

/**
 * The visitor's browser (spec `Browser`): family and version, plus the feature flags Genesys always reports.
 *
 * @example
 * ```ts
 * if (session.browser) console.log(session.browser.family, session.browser.version);
 * ```
 */
export const BrowserSchema = z.looseObject({
  /** e.g. Chrome, Safari, Firefox. */
  family: z.string(),
  /** e.g. 68.0.3440.84. */
  version: z.string(),
  /** BCP 47 language tag. */
  lang: z.nullish(z.string()),
  fingerprint: z.nullish(z.string()),
  /** @deprecated Use `Device.isMobile`. */
  isMobile: z.nullish(z.boolean()),
  viewHeight: z.nullish(z.int()),
  viewWidth: z.nullish(z.int()),
  featuresFlash: z.boolean(),
  featuresJava: z.boolean(),
  featuresPdf: z.boolean(),
  featuresWebrtc: z.boolean(),
});

/**
 * The visitor's browser; see `BrowserSchema`.
 *
 * @example
 * ```ts
 * const browser: Browser | null | undefined = session.browser;
 * ```
 */
export type Browser = z.infer<typeof BrowserSchema>;

/**
 * The browser as a web event response reports it (spec `WebEventBrowser`): family, version, language.
 *
 * @example
 * ```ts
 * const { browser } = await gj.tracking.webEvent(deploymentId, event);
 * ```
 */
export const WebEventBrowserSchema = z.looseObject({
  family: z.string(),
  version: z.string(),
  lang: z.nullish(z.string()),
});

/**
 * The browser of a web event; see `WebEventBrowserSchema`.
 *
 * @example
 * ```ts
 * const browser: WebEventBrowser = { family: 'Firefox', version: '128.0', lang: 'en-GB' };
 * ```
 */
export type WebEventBrowser = z.infer<typeof WebEventBrowserSchema>;
