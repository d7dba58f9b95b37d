import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { JourneyPage, ResponsePage } from '../types/page.ts';

const JourneyPageObject = z.looseObject({
  url: z.string(),
  title: z.nullish(z.string()),
  domain: z.string(),
  fragment: z.nullish(z.string()),
  hostname: z.string(),
  keywords: z.nullish(z.string()),
  lang: z.nullish(z.string()),
  pathname: z.string(),
  queryString: z.nullish(z.string()),
  breadcrumb: z.array(z.string()),
});

/**
 * Schema of `JourneyPage` (spec `JourneyPage`); unknown fields kept.
 *
 * @example
 * ```ts
 * const page = JourneyPageSchema.parse(json.lastPage);
 * ```
 */
export const JourneyPageSchema: SchemaOf<JourneyPage> = JourneyPageObject;
type _JourneyPageMatches = AssertTrue<SchemaMatches<typeof JourneyPageObject, JourneyPage>>;

const ResponsePageObject = z.looseObject({
  url: z.string(),
  title: z.string(),
  domain: z.string(),
  fragment: z.nullish(z.string()),
  hostname: z.string(),
  keywords: z.nullish(z.string()),
  lang: z.nullish(z.string()),
  pathname: z.string(),
  queryString: z.nullish(z.string()),
});

/**
 * Schema of `ResponsePage` (spec `ResponsePage`); unknown fields kept.
 *
 * @example
 * ```ts
 * const page = ResponsePageSchema.parse(json.page);
 * ```
 */
export const ResponsePageSchema: SchemaOf<ResponsePage> = ResponsePageObject;
type _ResponsePageMatches = AssertTrue<SchemaMatches<typeof ResponsePageObject, ResponsePage>>;
