/** The public methods of an SDK resource client: its prototype's functions, without `constructor` and `_private` ones. */
export function publicMethods(resource: object): string[] {
  const prototype = Object.getPrototypeOf(resource) as object;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor' && !name.startsWith('_'))
    .filter((name) => typeof (prototype as Record<string, unknown>)[name] === 'function')
    .sort();
}
