import * as z from 'zod/mini';

/**
 * A web page of the journey (spec `JourneyPage`): URL, its parts, and the breadcrumb.
 *
 * @example
 * ```ts
 * console.log(session.lastPage?.url, session.lastPage?.title);
 * ```
 */
export const JourneyPageSchema = z.looseObject({
  url: z.string(),
  title: z.nullish(z.string()),
  domain: z.string(),
  fragment: z.nullish(z.string()),
  hostname: z.string(),
  /** From the page's `<meta>` keywords. */
  keywords: z.nullish(z.string()),
  /** ISO 639-1 language code of the page. */
  lang: z.nullish(z.string()),
  pathname: z.string(),
  queryString: z.nullish(z.string()),
  /** The page's place in the site's hierarchy. */
  breadcrumb: z.array(z.string()),
});

/**
 * A web page of the journey; see `JourneyPageSchema`.
 *
 * @example
 * ```ts
 * const page: JourneyPage | null | undefined = session.lastPage;
 * ```
 */
export type JourneyPage = z.infer<typeof JourneyPageSchema>;

/**
 * The page of a web event as Genesys returns it (spec `ResponsePage`): like `JourneyPage`, with a required title and
 * no breadcrumb.
 *
 * @example
 * ```ts
 * const { page } = await gj.tracking.webEvent(deploymentId, event);
 * console.log(page.hostname, page.pathname);
 * ```
 */
export const ResponsePageSchema = z.looseObject({
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
 * The page of a web event response; see `ResponsePageSchema`.
 *
 * @example
 * ```ts
 * const page: ResponsePage = (await gj.tracking.webEvent(deploymentId, event)).page;
 * ```
 */
export type ResponsePage = z.infer<typeof ResponsePageSchema>;
