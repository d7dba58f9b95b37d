import type { ApiPromise, Paginator, RequestOptions } from '@sessionkit/core';
import type { GraphSession } from '../types/graph-session.ts';
import type { SessionSearchQuery } from '../types/params.ts';
import type { Session } from '../types/session.ts';
import type { SessionResults } from '../types/session-results.ts';

/**
 * Page-number paging of the private graph's `sessions` (`page` from 1, `count` per page): a next page follows while
 * the page was full and `page × count` is below `totalCount`. Each page keeps the response it came from.
 */
export function sessionSearchPaginator(
  fetchPage: (query: SessionSearchQuery, options: RequestOptions) => ApiPromise<SessionResults>,
  toSession: (raw: GraphSession) => Session,
): Paginator<SessionSearchQuery, Session, SessionResults> {
  return {
    async fetchPage(query, options) {
      const { data: raw, response } = await fetchPage(query, options).withResponse();
      return { items: Array.isArray(raw.sessions) ? raw.sessions.map(toSession) : [], raw, response };
    },
    nextParams(query, page) {
      if (page.items.length < query.count || query.page * query.count >= page.raw.totalCount) return undefined;
      return { ...query, page: query.page + 1 };
    },
  };
}
