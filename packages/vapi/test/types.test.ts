import { describe, expect, expectTypeOf, it } from 'vitest';
import * as vapiEntry from '../src/index.ts';
import {
  type ApiPromise,
  type Chat,
  type ChatListQuery,
  type ChatPage,
  type ListSessionsParams,
  type Page,
  type PagePromise,
  type Session,
  type SessionListQuery,
  type SessionMessage,
  type SessionPage,
  unknownFields,
  type VapiClient,
} from '../src/index.ts';
import * as schemasEntry from '../src/schemas.ts';
import { ListSessionsParamsSchema, SessionSchema } from '../src/schemas.ts';
import { sessionJson } from './helpers.ts';

describe('the main entry and the /schemas subpath', () => {
  it('the main entry exports no zod schema; /schemas exports them all', () => {
    const schemaNames = Object.keys(schemasEntry).filter((name) => name.endsWith('Schema'));
    expect(schemaNames.length).toBeGreaterThan(30);
    for (const name of schemaNames) expect(name in vapiEntry, name).toBe(false);
    expect(Object.keys(vapiEntry).filter((name) => name.endsWith('Schema'))).toEqual([]);
  });

  it('schemas parse to the named interfaces', () => {
    const session = SessionSchema.parse(sessionJson());
    expectTypeOf(session).toEqualTypeOf<Session>();
    const query = ListSessionsParamsSchema.parse({ idAny: ['a', 'b'], createdAtGe: new Date(0) });
    expectTypeOf(query).toEqualTypeOf<SessionListQuery>();
    expect(query).toEqual({ idAny: 'a,b', createdAtGe: '1970-01-01T00:00:00.000Z' });
  });
});

describe('method signatures name their types', () => {
  it('single results are ApiPromise<Session | Chat>; lists are PagePromise of named pages', () => {
    expectTypeOf<VapiClient['sessions']['get']>().returns.toEqualTypeOf<ApiPromise<Session>>();
    expectTypeOf<VapiClient['sessions']['create']>().returns.toEqualTypeOf<ApiPromise<Session>>();
    expectTypeOf<VapiClient['sessions']['update']>().returns.toEqualTypeOf<ApiPromise<Session>>();
    expectTypeOf<VapiClient['sessions']['delete']>().returns.toEqualTypeOf<ApiPromise<Session>>();
    expectTypeOf<VapiClient['sessions']['send']>().returns.toEqualTypeOf<ApiPromise<Chat>>();
    expectTypeOf<VapiClient['sessions']['list']>().returns.toEqualTypeOf<
      PagePromise<Session, SessionPage, SessionListQuery>
    >();
    expectTypeOf<Awaited<ReturnType<VapiClient['sessions']['chats']>>>().toEqualTypeOf<
      Page<Chat, ChatPage, ChatListQuery>
    >();
    expectTypeOf<VapiClient['request']>().returns.toEqualTypeOf<ApiPromise<unknown>>();
  });

  it('a misspelt field or an unknown param does not compile', () => {
    const typos = (session: Session, chat: Chat, message: SessionMessage): unknown[] => [
      // @ts-expect-error: no index signature on Session
      session.nmae,
      // @ts-expect-error: nor on nested types
      session.customer?.tier,
      // @ts-expect-error: nor on Chat
      chat.outptu,
      // @ts-expect-error: nor on any message shape
      message.contnet,
    ];
    // @ts-expect-error: params are closed interfaces too
    const params: ListSessionsParams = { assistantID: 'a' };
    expect([typos, params]).toHaveLength(2);
  });
});

describe('unknownFields', () => {
  const session = {
    ...sessionJson({ brandNew: 1, customer: { name: 'Ada', tier: 'gold' } }),
    messages: [
      { role: 'user', content: 'hi', mood: 'happy' },
      { role: 'bot', message: 'hello', time: 1, voice: 'v2' },
    ],
    costs: [
      { type: 'session', cost: 1, currency: 'USD' },
      { type: 'model', model: {}, promptTokens: 1, completionTokens: 1, cost: 0, region: 'eu' },
    ],
  } as unknown as Session;

  it('returns the fields the type does not declare, at one level, as a frozen object', () => {
    const extra = unknownFields(session, 'Session');
    expect(extra).toEqual({ brandNew: 1 });
    expect(Object.isFrozen(extra)).toBe(true);
    expect(unknownFields(session.customer, 'Customer')).toEqual({ tier: 'gold' });
  });

  it('reads a union as the member the value matches', () => {
    const [chatStyle, transcriptStyle] = session.messages ?? [];
    expect(unknownFields(chatStyle, 'SessionMessage')).toEqual({ mood: 'happy' });
    expect(unknownFields(transcriptStyle, 'SessionMessage')).toEqual({ voice: 'v2' });
    expect(session.costs?.map((cost) => unknownFields(cost, 'SessionCostItem'))).toEqual([
      { currency: 'USD' },
      { region: 'eu' },
    ]);
  });

  it('is empty for a value without unknown fields, and for null or undefined', () => {
    expect(unknownFields(sessionJson() as unknown as Session, 'Session')).toEqual({});
    expect(unknownFields(null, 'Artifact')).toEqual({});
    expect(unknownFields(undefined, 'Customer')).toEqual({});
  });
});
