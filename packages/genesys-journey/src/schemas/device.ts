import * as z from 'zod/mini';
import { openEnum } from './open-enum.ts';

/**
 * A device category: `desktop`, `mobile`, `tablet`, `other`, or a value Genesys adds later.
 *
 * @example
 * ```ts
 * if (session.device?.category === 'mobile') console.log('mobile visitor');
 * ```
 */
export const DeviceCategorySchema = openEnum(['desktop', 'mobile', 'tablet', 'other']);

/**
 * A device category; see `DeviceCategorySchema`.
 *
 * @example
 * ```ts
 * const category: DeviceCategory = 'tablet';
 * ```
 */
export type DeviceCategory = z.infer<typeof DeviceCategorySchema>;

/**
 * The visitor's device (spec `Device`).
 *
 * @example
 * ```ts
 * const { category, osFamily, osVersion } = session.device ?? {};
 * ```
 */
export const DeviceSchema = z.looseObject({
  category: DeviceCategorySchema,
  /** e.g. iPad, iPhone, Other. */
  type: z.string(),
  isMobile: z.boolean(),
  screenHeight: z.nullish(z.int()),
  screenWidth: z.nullish(z.int()),
  /** Scale factor; 1 is a 1:1 ratio of pixels to logical pixels. */
  screenDensity: z.nullish(z.int()),
  fingerprint: z.nullish(z.string()),
  osFamily: z.string(),
  osVersion: z.string(),
  manufacturer: z.nullish(z.string()),
});

/**
 * The visitor's device; see `DeviceSchema`.
 *
 * @example
 * ```ts
 * const device: Device | null | undefined = session.device;
 * ```
 */
export type Device = z.infer<typeof DeviceSchema>;

/**
 * The device as a web event response reports it (spec `WebEventDevice`): `isMobile` optional, no fingerprint.
 *
 * @example
 * ```ts
 * const { device } = await gj.tracking.webEvent(deploymentId, event);
 * ```
 */
export const WebEventDeviceSchema = z.looseObject({
  category: DeviceCategorySchema,
  type: z.string(),
  isMobile: z.nullish(z.boolean()),
  screenHeight: z.nullish(z.int()),
  screenWidth: z.nullish(z.int()),
  screenDensity: z.nullish(z.int()),
  osFamily: z.string(),
  osVersion: z.string(),
  manufacturer: z.nullish(z.string()),
});

/**
 * The device of a web event; see `WebEventDeviceSchema`.
 *
 * @example
 * ```ts
 * const device: WebEventDevice = { category: 'desktop', type: 'Other', osFamily: 'Mac OS X', osVersion: '14.5' };
 * ```
 */
export type WebEventDevice = z.infer<typeof WebEventDeviceSchema>;
