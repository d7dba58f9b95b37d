import * as z from 'zod/mini';

/** A required string that must not be empty. */
export const NonEmpty = z.string().check(z.minLength(1, { error: 'Must be a non-empty string' }));

/** Page size of the cursor lists: a whole number from 1 to 200, sent as a string (the spec types it `string`). */
export const PageSize = z.pipe(
  z
    .int({ error: 'Must be a whole number' })
    .check(z.minimum(1, { error: 'Must be at least 1' }), z.maximum(200, { error: 'Must be at most 200' })),
  z.transform((value) => String(value)),
);

/** An opaque `after` cursor from a previous page, to resume a list. */
export const AfterCursor = NonEmpty;

/** An event name: letters, digits and underscores only, as the spec's `eventName` says. */
export const EventName = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_]+$/, { error: 'Must contain only letters, digits and underscores (e.g. page_viewed)' }));

/** A custom attribute as sent: `dataType` and a string `value`. */
export const CustomEventAttributeInput = z.strictObject({ dataType: NonEmpty, value: z.string() });

/** Custom attributes (or traits) by name. */
export const CustomEventAttributesInput = z.record(z.string(), CustomEventAttributeInput);

/** Device categories accepted by the ingest endpoints. */
export const DeviceCategoryInput = z.enum(['desktop', 'mobile', 'tablet', 'other']);
