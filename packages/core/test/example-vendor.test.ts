// A fourth vendor client, built on core's public API alone (everything imported from the package's main entry):
// named types tied to schemas, ApiPromise results, cursor paging, summaries with an open vendor name. If core
// needed a release to add a vendor, or kept a piece back, this file would not compile or pass.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type ApiPromise,
  type AssertTrue,
  bearerToken,
  cursorStrategy,
  HttpClient,
  IsoDateTime,
  NotFoundError,
  openEnum,
  Page,
  PagePromise,
  type Paginator,
  path,
  type RecentSessionsOptions,
  type RequestOptions,
  type SchemaMatches,
  type SchemaOf,
  type SessionSource,
  type SessionSummary,
  SessionSummarySchema,
  summarize,
} from '../src/index.ts';
import { collect, FAST_RETRY, rejectionOf, useTestServer } from './helpers.ts';

/** An Acme ticket. */
interface Ticket {
  /** The ticket's id. */
  id: string;
  /** `open`, `closed`, or a state Acme adds later. */
  state: 'open' | 'closed' | (string & {});
  /** When it was opened. */
  openedAt: string;
}

/** A page of tickets. */
interface TicketPage {
  /** The tickets. */
  tickets: Ticket[];
  /** The cursor of the next page, when there is one. */
  next?: string | undefined;
}

const TicketObject = z.looseObject({ id: z.string(), state: openEnum(['open', 'closed']), openedAt: IsoDateTime });
const TicketSchema: SchemaOf<Ticket> = TicketObject;
const TicketPageObject = z.looseObject({ tickets: z.array(TicketSchema), next: z.optional(z.string()) });
const TicketPageSchema: SchemaOf<TicketPage> = TicketPageObject;
type _TicketMatches = AssertTrue<SchemaMatches<typeof TicketObject, Ticket>>;
type _PageMatches = AssertTrue<SchemaMatches<typeof TicketPageObject, TicketPage>>;

class AcmeClient implements SessionSource<Ticket> {
  readonly vendor = 'acme';
  readonly #http: HttpClient;

  constructor(options: { baseUrl: string; apiKey: string }) {
    this.#http = new HttpClient({
      vendor: 'Acme',
      client: { name: '@acme/tickets', version: '1.0.0' },
      baseUrl: options.baseUrl,
      auth: bearerToken(options.apiKey),
      retry: FAST_RETRY,
    });
  }

  get(id: string, options: RequestOptions = {}): ApiPromise<Ticket> {
    return this.#http.call(() => ({ ...options, method: 'GET', path: path`/tickets/${id}`, schema: TicketSchema }));
  }

  list(options: RequestOptions = {}): PagePromise<Ticket, TicketPage, { cursor?: string }> {
    const paginator: Paginator<{ cursor?: string }, Ticket, TicketPage> = {
      fetchPage: async (query, requestOptions) => {
        const { data, meta } = await this.#http.requestWithMeta({
          ...requestOptions,
          method: 'GET',
          path: '/tickets',
          query,
          schema: TicketPageSchema,
        });
        return { items: data.tickets, raw: data, response: meta };
      },
      nextParams: cursorStrategy({ cursorKey: 'cursor', nextCursor: (raw) => raw.next }),
    };
    return new PagePromise(() => Page.first(paginator, {}, options));
  }

  toSummary(ticket: Ticket): SessionSummary {
    return {
      vendor: this.vendor,
      id: ticket.id,
      createdAt: new Date(ticket.openedAt),
      status: ticket.state === 'open' ? 'active' : ticket.state === 'closed' ? 'ended' : 'unknown',
      vendorStatus: ticket.state,
      counts: {},
    };
  }

  recentSummaries({ maxItems, ...options }: RecentSessionsOptions = {}): AsyncIterable<SessionSummary> {
    return summarize(this.list(options), (ticket) => this.toSummary(ticket), maxItems);
  }
}

const ctx = useTestServer();
const TICKETS: Ticket[] = [
  { id: 't1', state: 'open', openedAt: '2026-11-30T10:00:00Z' },
  { id: 't2', state: 'closed', openedAt: '2026-11-29T10:00:00Z' },
  { id: 't3', state: 'escalated', openedAt: '2026-11-28T10:00:00Z' },
];

function serveTickets(): void {
  ctx.server.on('GET', '/tickets', (request) => {
    const start = Number(request.query.get('cursor') ?? 0);
    const next = start + 2 < TICKETS.length ? String(start + 2) : undefined;
    return { json: { tickets: TICKETS.slice(start, start + 2), next } };
  });
  ctx.server.on('GET', '/tickets/:id', (request) => {
    const ticket = TICKETS.find((candidate) => candidate.id === request.params.id);
    return ticket ? { json: ticket } : { status: 404, json: { message: 'No such ticket' } };
  });
}

describe('a fourth vendor on core alone', () => {
  it('gets, lists across pages and summarises, with an open vendor name and typed errors', async () => {
    serveTickets();
    const acme = new AcmeClient({ baseUrl: ctx.server.url, apiKey: 'acme-key' });
    const { data, response } = await acme.get('t3').withResponse();
    expect(data.state).toBe('escalated');
    expect(response.status).toBe(200);
    expect((await collect(acme.list())).map((ticket) => ticket.id)).toEqual(['t1', 't2', 't3']);
    const summaries = await collect(acme.recentSummaries({ maxItems: 2 }));
    expect(summaries.map((summary) => [summary.vendor, summary.id, summary.status])).toEqual([
      ['acme', 't1', 'active'],
      ['acme', 't2', 'ended'],
    ]);
    for (const summary of summaries) expect(SessionSummarySchema.safeParse(summary).success).toBe(true);
    expect(await rejectionOf(acme.get('t9'))).toBeInstanceOf(NotFoundError);
    expect(ctx.server.calls.every((call) => call.headers.authorization === 'Bearer acme-key')).toBe(true);
  });
});
