declare const __SESSIONKIT_CORE_VERSION__: string | undefined;

/** The version of `@sessionkit/core`, injected at build time. */
export const VERSION: string =
  typeof __SESSIONKIT_CORE_VERSION__ === 'string' ? __SESSIONKIT_CORE_VERSION__ : '0.0.0-dev';
