declare const __PACKAGE_VERSION__: string | undefined;

/**
 * The version of `@sessionkit/highlight`, injected at build time.
 *
 * @example
 * ```ts
 * console.log(`@sessionkit/highlight ${VERSION}`);
 * ```
 */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
