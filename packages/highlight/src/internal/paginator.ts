import type { Paginator, RequestOptions } from '@sessionkit/core';
import type { SessionSearchQuery } from '../params/search.ts';
import type { Session } from '../schemas/session.ts';
import type { SessionResults } from '../schemas/session-results.ts';

/**
 * Page-number paging of the private graph's `sessions` (`page` from 1, `count` per page): a next page follows while
 * the page was full and `page × count` is below `totalCount`.
 */
export function sessionSearchPaginator(
  fetchPage: (query: SessionSearchQuery, options: RequestOptions) => Promise<SessionResults>,
  toSession: (raw: SessionResults['sessions'][number]) => Session,
): Paginator<SessionSearchQuery, Session, SessionResults> {
  return {
    async fetchPage(query, options) {
      const raw = await fetchPage(query, options);
      return { items: Array.isArray(raw.sessions) ? raw.sessions.map(toSession) : [], raw };
    },
    nextParams(query, page) {
      if (page.items.length < query.count || query.page * query.count >= page.raw.totalCount) return undefined;
      return { ...query, page: query.page + 1 };
    },
  };
}
