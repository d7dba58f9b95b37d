/** `value`, or a rejection when it takes longer than `ms`. */
export function withTimeout<T>(value: T | PromiseLike<T>, ms: number, what: string): Promise<T> {
  if (!isThenable(value)) return Promise.resolve(value);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    Promise.resolve(value)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

export function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as Partial<PromiseLike<T>> | null)?.then === 'function';
}

/** Resolves after `ms`, or rejects with `reason()` as soon as `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal, reason?: () => Error): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(reason?.() ?? signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(reason?.() ?? signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
