/** True in a browser main thread or web worker (where a client secret must never be used). */
export function isBrowser(): boolean {
  const scope = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown };
  return (
    (typeof scope.window === 'object' && typeof scope.document === 'object') ||
    typeof scope.importScripts === 'function'
  );
}
