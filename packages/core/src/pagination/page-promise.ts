import type { Page } from './page.ts';

/**
 * What a list method returns: await it for the first `Page`, or iterate it directly with `for await` to get
 * every item across pages. Nothing is fetched until it is awaited or iterated.
 *
 * @example
 * ```ts
 * const first = await vapi.sessions.list({ limit: 10 });
 * for await (const session of vapi.sessions.list()) console.log(session.id);
 * ```
 */
export class PagePromise<TItem, TRaw = unknown, TParams = unknown>
  implements PromiseLike<Page<TItem, TRaw, TParams>>, AsyncIterable<TItem>
{
  readonly #load: () => Promise<Page<TItem, TRaw, TParams>>;
  #promise: Promise<Page<TItem, TRaw, TParams>> | undefined;

  constructor(load: () => Promise<Page<TItem, TRaw, TParams>>) {
    this.#load = load;
  }

  #page(): Promise<Page<TItem, TRaw, TParams>> {
    this.#promise ??= this.#load();
    return this.#promise;
  }

  then<R1 = Page<TItem, TRaw, TParams>, R2 = never>(
    onFulfilled?: ((page: Page<TItem, TRaw, TParams>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onFulfilled, onRejected);
  }

  catch<R = never>(
    onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<Page<TItem, TRaw, TParams> | R> {
    return this.#page().catch(onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    yield* await this.#page();
  }
}
