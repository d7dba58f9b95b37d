import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod/mini';
import { CustomEventAttributesInput, DeviceCategoryInput, EventName, NonEmpty } from './fields.ts';

/**
 * The body of `tracking.webEvent` (spec `WebEventRequest`). Required: `customerCookieId`, `eventName` (letters,
 * digits, underscores), `page` (`url` and `title`) and `createdDate` (a `Date` or an ISO string; Genesys rejects
 * events older than an hour). Unknown fields are refused before sending.
 *
 * @example
 * ```ts
 * await gj.tracking.webEvent(deploymentId, {
 *   customerCookieId: '0e7d5e43-54d4-4b1c-9f0a-8c7d3b2a1f00',
 *   eventName: 'page_viewed',
 *   page: { url: 'https://shop.example.com/checkout', title: 'Checkout' },
 *   createdDate: new Date(),
 * });
 * ```
 */
export const WebEventInputSchema = z.strictObject({
  /** A UUID that identifies the visitor's browser. */
  customerCookieId: NonEmpty,
  eventName: EventName,
  page: z.strictObject({
    url: NonEmpty,
    title: z.string(),
    keywords: z.optional(z.string()),
    /** ISO 639-1 language code. */
    lang: z.optional(z.string()),
  }),
  /** Overrides the User-Agent header. */
  userAgentString: z.optional(z.string()),
  browser: z.optional(z.strictObject({ family: NonEmpty, version: NonEmpty, lang: z.optional(z.string()) })),
  device: z.optional(
    z.strictObject({
      category: DeviceCategoryInput,
      type: NonEmpty,
      isMobile: z.optional(z.boolean()),
      screenHeight: z.optional(z.int()),
      screenWidth: z.optional(z.int()),
      screenDensity: z.optional(z.int()),
      osFamily: NonEmpty,
      osVersion: NonEmpty,
      manufacturer: z.optional(z.string()),
    }),
  ),
  searchQuery: z.optional(z.string()),
  ipAddress: z.optional(z.string()),
  referrerUrl: z.optional(z.string()),
  attributes: z.optional(CustomEventAttributesInput),
  /** Customer traits for identity resolution (email, givenName, cellPhone…). */
  traits: z.optional(CustomEventAttributesInput),
  externalId: z.optional(z.string()),
  createdDate: DateTimeInput,
});

/**
 * The body of `tracking.webEvent` (input of `WebEventInputSchema`).
 *
 * @example
 * ```ts
 * const event: WebEventInput = { customerCookieId, eventName: 'page_viewed', page: { url, title }, createdDate: new Date() };
 * ```
 */
export type WebEventInput = z.input<typeof WebEventInputSchema>;
