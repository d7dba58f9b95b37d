declare const __SESSIONKIT_GENESYS_JOURNEY_VERSION__: string | undefined;

/** The version of `@sessionkit/genesys-journey`, injected at build time. */
export const VERSION: string =
  typeof __SESSIONKIT_GENESYS_JOURNEY_VERSION__ === 'string' ? __SESSIONKIT_GENESYS_JOURNEY_VERSION__ : '0.0.0-dev';
