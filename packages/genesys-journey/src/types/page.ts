/**
 * A web page of the journey (spec `JourneyPage`): URL, its parts, and the breadcrumb.
 *
 * @example
 * ```ts
 * const page: JourneyPage | null | undefined = session.lastPage;
 * console.log(page?.url, page?.title);
 * ```
 */
export interface JourneyPage {
  /** The page URL. */
  url: string;
  /** Title of the page. */
  title?: string | null | undefined;
  /** Domain of the page's URL. */
  domain: string;
  /** Fragment or hash of the page's URL. */
  fragment?: string | null | undefined;
  /** Hostname of the page's URL. */
  hostname: string;
  /** Keywords from the HTML `<meta>` tag of the page. */
  keywords?: string | null | undefined;
  /** ISO 639-1 language code for the page as defined in the `<html>` tag. */
  lang?: string | null | undefined;
  /** Path name of the page for the event. */
  pathname: string;
  /** Query string that is passed to the page in the current event. */
  queryString?: string | null | undefined;
  /** Hierarchy of the current page in relation to the website's structure. */
  breadcrumb: string[];
}

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
export interface ResponsePage {
  /** The page URL. */
  url: string;
  /** Title of the page. */
  title: string;
  /** Domain of the page's URL. */
  domain: string;
  /** Fragment or hash of the page's URL. */
  fragment?: string | null | undefined;
  /** Hostname of the page's URL. */
  hostname: string;
  /** Keywords from the HTML `<meta>` tag of the page. */
  keywords?: string | null | undefined;
  /** ISO 639-1 language code for the page as defined in the `<html>` tag. */
  lang?: string | null | undefined;
  /** Path name of the page for the event. */
  pathname: string;
  /** Query string that is passed to the page in the current event. */
  queryString?: string | null | undefined;
}
