declare const __PACKAGE_VERSION__: string | undefined;

/**
 * The version of `@sessionkit/vapi`, injected at build time.
 *
 * @example
 * ```ts
 * console.log(`@sessionkit/vapi ${VERSION}`);
 * ```
 */
export const VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';
