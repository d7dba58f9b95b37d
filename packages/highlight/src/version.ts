declare const __SESSIONKIT_HIGHLIGHT_VERSION__: string | undefined;

/** The version of `@sessionkit/highlight`, injected at build time. */
export const VERSION: string =
  typeof __SESSIONKIT_HIGHLIGHT_VERSION__ === 'string' ? __SESSIONKIT_HIGHLIGHT_VERSION__ : '0.0.0-dev';
