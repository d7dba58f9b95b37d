import { describe, expect, it } from 'vitest';
import {
  messageText,
  ResponseValidationError,
  SessionkitError,
  type SessionMessage,
  unknownFields,
} from '../src/index.ts';
import { SessionSchema } from '../src/schemas.ts';
import { makeClient, pageJson, rejectionOf, sessionJson, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = '3f0c6a54-5a1b-4d8e-9a53-4bd1d2c1f0aa';

function serve(json: unknown): void {
  ctx.server.on('GET', '/session/:id', { json }).on('GET', '/session', { json });
}

// Issue 13's drift rule: in lenient mode (the default) a mismatch in data the caller did not ask about is delivered
// as Vapi sent it and reported (response.validationIssues, the onValidationIssue hook); strict still refuses it.
// These cases used to fail the whole get in lenient mode too.
const DRIFT = [
  ['createdAt', sessionJson({ createdAt: 42 })],
  ['orgId', sessionJson({ orgId: undefined })],
  ['costs[0].cost', sessionJson({ costs: [{ type: 'session', cost: 'free' }] })],
  [
    'costs[1].promptTokens',
    sessionJson({
      costs: [
        { type: 'session', cost: 1 },
        { type: 'model', model: {}, completionTokens: 1, cost: 1 },
      ],
    }),
  ],
  ['customer.name', sessionJson({ customer: { name: 5 } })],
  ['phoneNumber.twilioAccountSid', sessionJson({ phoneNumber: { twilioPhoneNumber: '+1' } })],
  [
    'artifact.messagesOpenAIFormatted[0].content',
    sessionJson({ artifact: { messagesOpenAIFormatted: [{ role: 'user' }] } }),
  ],
] as const;

describe('a response with a wrong type', () => {
  it.each(DRIFT)('strict raises ResponseValidationError naming %s', async (path, body) => {
    serve(body);
    const error = await rejectionOf(makeClient(ctx.server.url, { validation: 'strict' }).sessions.get(ID));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(SessionkitError);
    const issues = (error as ResponseValidationError).issues.map((issue) => issue.path);
    expect(issues).toContain(path);
    expect(error.message).toContain(path);
    expect((error as ResponseValidationError).body).toEqual(JSON.parse(JSON.stringify(body)));
  });

  it.each(DRIFT)('lenient delivers the session as sent and reports %s', async (path, body) => {
    serve(body);
    const reported: string[] = [];
    const client = makeClient(ctx.server.url, {
      hooks: { onValidationIssue: (report) => reported.push(...report.issues.map((issue) => issue.path)) },
    });
    const { data, response } = await client.sessions.get(ID).withResponse();
    expect(data).toEqual(JSON.parse(JSON.stringify(body)));
    expect(response.validationIssues.map((issue) => issue.path)).toContain(path);
    expect(reported).toContain(path);
  });

  it('refuses in every mode but off a list that is not a list, or a session without its id', async () => {
    for (const body of [sessionJson({ messages: 'hello' }), sessionJson({ id: undefined }), ['not', 'an', 'object']]) {
      serve(body);
      const error = await rejectionOf(makeClient(ctx.server.url).sessions.get(ID));
      expect(error).toBeInstanceOf(ResponseValidationError);
    }
  });

  it('a page whose one session has a cost of a type Vapi added today still lists every session', async () => {
    const drifted = sessionJson({ id: 's2', costs: [{ type: 'voicemail-detection', cost: 0.01, seconds: 4 }] });
    serve(pageJson([sessionJson({ id: 's1' }), drifted, sessionJson({ id: 's3' })]));
    const { data: page, response } = await makeClient(ctx.server.url).sessions.list().withResponse();
    expect(page.items.map((session) => session.id)).toEqual(['s1', 's2', 's3']);
    expect(page.items[1]?.costs).toEqual([{ type: 'voicemail-detection', cost: 0.01, seconds: 4 }]);
    expect(response.validationIssues.map((issue) => issue.path)).toEqual(['results[1].costs[0].type']);
  });

  it('names the item of a page that is wrong', async () => {
    serve(pageJson([sessionJson(), sessionJson({ id: 7 })]));
    const error = await rejectionOf(makeClient(ctx.server.url).sessions.list());
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(['results[1].id']);
  });

  it('reports a body that is not JSON', async () => {
    ctx.server.on('GET', '/session/:id', { status: 200, headers: { 'content-type': 'text/html' }, text: '<html>' });
    expect(await rejectionOf(makeClient(ctx.server.url).sessions.get(ID))).toBeInstanceOf(ResponseValidationError);
  });
});

describe('validation modes', () => {
  const withExtras = sessionJson({ brandNew: { nested: true }, customer: { name: 'Ada', tier: 'gold' } });

  it('lenient (default) keeps unknown fields, top level and nested', async () => {
    serve(withExtras);
    const session = await makeClient(ctx.server.url).sessions.get(ID);
    expect(session).toEqual(withExtras);
    expect(unknownFields(session, 'Session')).toEqual({ brandNew: { nested: true } });
    expect(unknownFields(session.customer, 'Customer')).toEqual({ tier: 'gold' });
  });

  it('strict fails on any field the spec does not declare, naming it', async () => {
    serve(withExtras);
    const error = await rejectionOf(makeClient(ctx.server.url, { validation: 'strict' }).sessions.get(ID));
    expect((error as ResponseValidationError).issues.map((issue) => issue.path)).toEqual(['brandNew', 'customer.tier']);
  });

  it('strict accepts every field the spec declares', async () => {
    const full = sessionJson({
      cost: 0.01,
      costs: [
        {
          type: 'model',
          model: { model: 'gpt-4o' },
          promptTokens: 1,
          completionTokens: 2,
          cachedPromptTokens: 0,
          reasoningTokens: 0,
          cost: 0.01,
        },
        {
          type: 'analysis',
          analysisType: 'summary',
          model: {},
          promptTokens: 1,
          completionTokens: 1,
          cost: 0,
          structuredOutputBreakdown: [
            {
              structuredOutputId: 's',
              name: 'n',
              cost: 0,
              promptTokens: 1,
              completionTokens: 1,
              cachedPromptTokens: 0,
            },
          ],
        },
        { type: 'session', cost: 0 },
      ],
      name: 'n',
      status: 'active',
      expirationSeconds: 60,
      assistantId: 'a',
      assistant: { any: 'thing' },
      assistantOverrides: {},
      squadId: 's',
      squad: { members: [] },
      messages: [{ role: 'user', content: 'hi', name: 'u', metadata: {} }],
      customer: {
        number: '+1',
        sipUri: 's',
        name: 'n',
        email: 'e',
        externalId: 'x',
        extension: null,
        numberE164CheckEnabled: true,
        assistantOverrides: {},
        squadOverrides: {},
      },
      customerId: 'c',
      phoneNumberId: 'p',
      phoneNumber: {
        twilioPhoneNumber: '+1',
        twilioAccountSid: 'AC',
        smsEnabled: true,
        hooks: [],
        server: {},
        fallbackDestination: {},
      },
      artifact: {
        transcript: 't',
        recording: { stereoUrl: 'u', mono: { combinedUrl: 'c' } },
        presignedUrlsExpiresAt: 'x',
        nodes: [],
      },
    });
    serve(full);
    expect(await makeClient(ctx.server.url, { validation: 'strict' }).sessions.get(ID)).toEqual(full);
  });

  it('off returns the body unchecked, per client or per call', async () => {
    serve(sessionJson({ createdAt: 42 }));
    expect((await makeClient(ctx.server.url, { validation: 'off' }).sessions.get(ID)).createdAt).toBe(42);
    expect((await makeClient(ctx.server.url).sessions.get(ID, { validation: 'off' })).createdAt).toBe(42);
  });
});

describe('decoding what Vapi really returns', () => {
  it('accepts null for optional fields', async () => {
    const body = sessionJson({ name: null, cost: null, customer: { name: 'Ada', extension: null }, artifact: null });
    serve(body);
    expect(await makeClient(ctx.server.url).sessions.get(ID)).toEqual(body);
  });

  it('keeps a status value the spec does not list yet', async () => {
    serve(sessionJson({ status: 'expired' }));
    expect((await makeClient(ctx.server.url).sessions.get(ID)).status).toBe('expired');
  });

  it('decodes chat-style, transcript-style, tool-result and unknown-role messages alike', async () => {
    const messages = [
      { role: 'system', content: 'Be brief.' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 't1', type: 'function', function: { name: 'f', arguments: '{}' } }],
      },
      { role: 'tool', content: '42', tool_call_id: 't1' },
      { role: 'user', message: 'hello', time: 1_700_000_000_000, endTime: 1_700_000_001_000, secondsFromStart: 0.5 },
      { role: 'bot', message: 'hi!', time: 1, endTime: 2, secondsFromStart: 1, source: 'model' },
      { role: 'tool_call_result', toolCallId: 't1', name: 'f', result: 'ok', time: 3, secondsFromStart: 2 },
      { role: 'function', content: 'legacy' },
    ];
    serve(sessionJson({ messages, artifact: { messages: messages.slice(3) } }));
    const session = await makeClient(ctx.server.url).sessions.get(ID);
    expect(session.messages).toEqual(messages);
    expect(session.messages?.map((message: SessionMessage) => messageText(message))).toEqual([
      'Be brief.',
      undefined,
      '42',
      'hello',
      'hi!',
      'ok',
      'legacy',
    ]);
    expect(session.artifact?.messages?.map(messageText)).toEqual(['hello', 'hi!', 'ok', 'legacy']);
  });

  it('discriminates costs on type', () => {
    const session = SessionSchema.parse(
      sessionJson({
        costs: [
          { type: 'analysis', analysisType: 'summary', model: {}, promptTokens: 3, completionTokens: 4, cost: 0.2 },
        ],
      }),
    );
    const [cost] = session.costs ?? [];
    expect(cost?.type === 'analysis' ? cost.analysisType : undefined).toBe('summary');
  });

  it('refuses a cost whose type the spec does not declare, at its path', () => {
    const result = SessionSchema.safeParse(sessionJson({ costs: [{ type: 'voice', cost: 1 }] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['costs', 0, 'type']);
  });
});
