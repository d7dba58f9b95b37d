import { type AssertTrue, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Device, DeviceCategory, WebEventDevice } from '../types/device.ts';

/**
 * Schema of `DeviceCategory`: the spec's four values, and any later one as a string.
 *
 * @example
 * ```ts
 * DeviceCategorySchema.parse('tablet');
 * ```
 */
export const DeviceCategorySchema: SchemaOf<DeviceCategory> = openEnum(['desktop', 'mobile', 'tablet', 'other']);

const DeviceObject = z.looseObject({
  category: DeviceCategorySchema,
  type: z.string(),
  isMobile: z.boolean(),
  screenHeight: z.nullish(z.int()),
  screenWidth: z.nullish(z.int()),
  screenDensity: z.nullish(z.int()),
  fingerprint: z.nullish(z.string()),
  osFamily: z.string(),
  osVersion: z.string(),
  manufacturer: z.nullish(z.string()),
});

/**
 * Schema of `Device` (spec `Device`); unknown fields kept.
 *
 * @example
 * ```ts
 * const device = DeviceSchema.parse(json.device);
 * ```
 */
export const DeviceSchema: SchemaOf<Device> = DeviceObject;
type _DeviceMatches = AssertTrue<SchemaMatches<typeof DeviceObject, Device>>;

const WebEventDeviceObject = z.looseObject({
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
 * Schema of `WebEventDevice` (spec `WebEventDevice`); unknown fields kept.
 *
 * @example
 * ```ts
 * WebEventDeviceSchema.parse({ category: 'desktop', type: 'Other', osFamily: 'Mac OS X', osVersion: '14.5' });
 * ```
 */
export const WebEventDeviceSchema: SchemaOf<WebEventDevice> = WebEventDeviceObject;
type _WebEventDeviceMatches = AssertTrue<SchemaMatches<typeof WebEventDeviceObject, WebEventDevice>>;
