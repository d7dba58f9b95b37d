declare const __PACKAGE_VERSION__: string | undefined;

/**
 * The version of `@sessionkit/core`, injected at build time.
 *
 * @example
 * ```ts
 * console.log(`@sessionkit/core ${VERSION}`); // e.g. '@sessionkit/core 1.4.0'
 * ```
 */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
