/**
 * One listing to merge: opened when the merge starts (its first page fetched), then read one page at a time, each
 * next page fetched only when the merge has used up the previous one.
 */
export type PagedListing<T> = () => AsyncIterator<readonly T[], unknown, undefined>;

/** How the merge reads an item: its identity (for duplicates) and its time (newest first). */
export interface MergeKeys<T> {
  /** The item's identity: an item whose id was yielded already is skipped. */
  readonly id: (item: T) => string;
  /** The item's time in milliseconds; `undefined` when it has none (see `mergeNewestFirst`). */
  readonly time: (item: T) => number | undefined;
}

interface Cursor<T> {
  readonly order: number;
  readonly pages: AsyncIterator<readonly T[], unknown, undefined>;
  items: readonly T[];
  at: number;
  done: boolean;
}

/** Reads pages until one has items, or the listing ends. */
async function fill<T>(cursor: Cursor<T>): Promise<void> {
  while (!cursor.done && cursor.at >= cursor.items.length) {
    const next = await cursor.pages.next();
    if (next.done) cursor.done = true;
    else {
      cursor.items = next.value;
      cursor.at = 0;
    }
  }
}

/** Opens every listing (its first page), at most `concurrency` at a time; stops opening more once one fails. */
async function openAll<T>(listings: readonly PagedListing<T>[], concurrency: number): Promise<Cursor<T>[]> {
  const cursors: Cursor<T>[] = [];
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < listings.length) {
      const order = next;
      next += 1;
      const cursor: Cursor<T> = { order, pages: (listings[order] as PagedListing<T>)(), items: [], at: 0, done: false };
      cursors.push(cursor);
      try {
        await fill(cursor);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, listings.length) }, worker));
  } catch (error) {
    // Not awaited: a listing whose first page is still in flight closes when that page is in.
    void closeAll(cursors);
    throw error;
  }
  return cursors.sort((a, b) => a.order - b.order);
}

/** Ends every listing still open (a page walk left early fetches nothing more). */
async function closeAll<T>(cursors: readonly Cursor<T>[]): Promise<void> {
  await Promise.allSettled(cursors.filter((cursor) => !cursor.done).map((cursor) => cursor.pages.return?.()));
}

/**
 * A k-way merge of listings that are each newest first into one stream, newest first across them all, yielding as
 * pages arrive rather than after loading every listing:
 *
 * - it starts by fetching the first page of every listing, at most `concurrency` at a time (the newest item can be
 *   in any of them, so nothing is yielded before every first page is in);
 * - it then yields the newest of the listings' front items, again and again; a listing's next page is fetched only
 *   when the merge has used up its previous page and the consumer asks for the next item, so a consumer that stops
 *   (a `maxItems` cap, a `break`) fetches nothing more;
 * - the output is newest first overall as long as each listing is; items of the same time come in the order of
 *   `listings`; an item without a time (a drifted date) is yielded as soon as it is at the front of its listing,
 *   so it never holds back the rest of that listing;
 * - an item whose `id` was yielded already (shared between listings) is yielded once, where it first comes.
 *
 * A failing page rejects the stream; the listings still open are closed.
 */
export async function* mergeNewestFirst<T>(
  listings: readonly PagedListing<T>[],
  keys: MergeKeys<T>,
  concurrency: number,
): AsyncGenerator<T, void, undefined> {
  const cursors = await openAll(listings, concurrency);
  const seen = new Set<string>();
  try {
    for (;;) {
      let newest: Cursor<T> | undefined;
      let newestTime = Number.NEGATIVE_INFINITY;
      for (const cursor of cursors) {
        if (cursor.at >= cursor.items.length) continue;
        const time = keys.time(cursor.items[cursor.at] as T) ?? Number.POSITIVE_INFINITY;
        if (newest === undefined || time > newestTime) {
          newest = cursor;
          newestTime = time;
        }
      }
      if (newest === undefined) return;
      const item = newest.items[newest.at] as T;
      newest.at += 1;
      const id = keys.id(item);
      if (!seen.has(id)) {
        seen.add(id);
        yield item;
      }
      await fill(newest);
    }
  } finally {
    await closeAll(cursors);
  }
}
