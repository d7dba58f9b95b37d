/** The browser and OS Highlight derives from a `User-Agent` (a small parser for the common ones). */
export interface ParsedUserAgent {
  readonly browser_name: string;
  readonly browser_version: string;
  readonly os_name: string;
  readonly os_version: string;
}

const BROWSERS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['Edge', /Edg\/([\d.]+)/],
  ['Firefox', /Firefox\/([\d.]+)/],
  ['Chrome', /Chrome\/([\d.]+)/],
  ['Safari', /Version\/([\d.]+).*Safari\//],
];

const SYSTEMS: ReadonlyArray<[name: string, pattern: RegExp]> = [
  ['Android', /Android ([\d.]+)/],
  ['iOS', /iPhone OS ([\d_]+)/],
  ['Mac OS X', /Mac OS X ([\d_.]+)/],
  ['Windows', /Windows NT ([\d.]+)/],
  ['Linux', /Linux()/],
];

/** Parses `userAgent`; unknown parts are empty strings, as Highlight stores them. */
export function parseUserAgent(userAgent: string): ParsedUserAgent {
  const browser = BROWSERS.find(([, pattern]) => pattern.test(userAgent));
  const os = SYSTEMS.find(([, pattern]) => pattern.test(userAgent));
  return {
    browser_name: browser?.[0] ?? '',
    browser_version: browser ? (browser[1].exec(userAgent)?.[1] ?? '') : '',
    os_name: os?.[0] ?? '',
    os_version: os ? (os[1].exec(userAgent)?.[1] ?? '').replaceAll('_', '.') : '',
  };
}

/** FNV-1a, 32 bits: how Highlight turns the SDK's fingerprint string into `Session.fingerprint`. */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
