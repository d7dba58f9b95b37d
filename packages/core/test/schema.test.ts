import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  DateTimeInput,
  IsoDateTime,
  parseResponse,
  RequestValidationError,
  ResponseValidationError,
  SessionSummarySchema,
  validateInput,
} from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const Session = z.looseObject({
  id: z.string(),
  costs: z.array(z.looseObject({ type: z.string(), cost: z.number() })).optional(),
  customer: z.looseObject({ name: z.string().optional() }).optional(),
});

describe('lenient validation survives vendor drift', () => {
  const Page = z.looseObject({
    results: z.array(Session),
    metadata: z.looseObject({ totalItems: z.number(), browser: z.looseObject({ featuresFlash: z.boolean() }) }),
  });
  const drifted = {
    results: [
      {
        id: 's1',
        costs: [
          { type: 'model', cost: 1 },
          { type: 'a-cost-type-added-today', amount: 'n/a' },
        ],
      },
      { id: 's2', customer: { name: 7 } },
    ],
    metadata: { totalItems: 2, browser: {} },
  };

  it('delivers the body as sent and reports every mismatch (hook and withResponse), naming each path', async () => {
    ctx.server.on('GET', '/page', { json: drifted });
    const reports: { url: string; issues: readonly { path: string }[] }[] = [];
    const client = makeClient(ctx.server, { hooks: { onValidationIssue: (report) => reports.push(report) } });
    const { data, response } = await client.call({ method: 'GET', path: '/page', schema: Page }).withResponse();
    expect(data).toEqual(drifted);
    const paths = response.validationIssues.map((issue) => issue.path);
    expect(paths).toEqual(['results[0].costs[1].cost', 'results[1].customer.name', 'metadata.browser.featuresFlash']);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.issues.map((issue) => issue.path)).toEqual(paths);
    expect(reports[0]?.url).toBe(`${ctx.server.url}/page`);
  });

  it('reports nothing when the body matches', async () => {
    ctx.server.on('GET', '/s', { json: { id: 's1' } });
    const { response } = await makeClient(ctx.server)
      .call({ method: 'GET', path: '/s', schema: Session })
      .withResponse();
    expect(response.validationIssues).toEqual([]);
  });

  it('still throws when the top is the wrong kind, a list is not a list, or an identifying field is bad', () => {
    const fails = (schema: z.ZodType, body: unknown) => () => parseResponse(schema, body, 'lenient');
    expect(fails(Session, [{ id: 's1' }])).toThrow(ResponseValidationError);
    expect(fails(Session, { name: 'no id' })).toThrow(/id/);
    expect(fails(Session, { id: 42 })).toThrow(ResponseValidationError);
    expect(fails(Page, { ...drifted, results: { id: 's1' } })).toThrow(/results/);
    expect(fails(Page, { ...drifted, results: [{ id: 's1' }, { name: 'no id' }] })).toThrow(/results\[1\]\.id/);
    const Envelope = z.looseObject({ data: z.looseObject({ session: z.looseObject({ secure_id: z.string() }) }) });
    expect(fails(Envelope, { data: { session: { secure_id: null } } })).toThrow(/data\.session\.secure_id/);
    expect(fails(Envelope, {})).toThrow(/data/);
    expect(fails(Envelope, { data: { session: 'gone' } })).toThrow(/data\.session/);
    expect(fails(Page, { ...drifted, metadata: 'n/a' })).toThrow(/metadata/);
  });

  it('strict throws on the same drift', () => {
    expect(() => parseResponse(Page, drifted, 'strict')).toThrow(ResponseValidationError);
  });
});

describe('response validation modes', () => {
  const body = {
    id: 's1',
    extra: { added: 'next month' },
    costs: [{ type: 'model', cost: 1, tokens: 5 }],
    customer: {},
  };

  it('lenient (default) keeps unknown fields at every depth', () => {
    const parsed = parseResponse(Session, body);
    expect(parsed).toEqual(body);
  });

  it('strict rejects unknown fields, naming each path', () => {
    const error = (() => {
      try {
        parseResponse(Session, body, 'strict');
      } catch (caught) {
        return caught as ResponseValidationError;
      }
      throw new Error('expected a failure');
    })();
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues.map((issue) => issue.path)).toEqual(['extra', 'costs[0].tokens']);
  });

  it('names the URL on a refused response, computing it only then', () => {
    let computed = 0;
    const url = () => {
      computed += 1;
      return 'https://api.example.test/session/1';
    };
    parseResponse(Session, body, 'lenient', { method: 'GET', url });
    expect(computed).toBe(0);
    expect(() => parseResponse(Session, { id: 42 }, 'lenient', { method: 'GET', url })).toThrow(
      /GET https:\/\/api\.example\.test\/session\/1/,
    );
    expect(computed).toBe(1);
  });

  it('off returns the body unchecked', () => {
    expect(parseResponse(Session, { id: 42 }, 'off')).toEqual({ id: 42 });
  });

  it('strict names the path of a wrong type and keeps the raw body', async () => {
    ctx.server.on('GET', '/s', { json: { id: 's1', costs: [{ type: 'model', cost: 'free' }] } });
    const error = (await rejectionOf(
      makeClient(ctx.server).request({ method: 'GET', path: '/s', schema: Session, validation: 'strict' }),
    )) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues[0]?.path).toBe('costs[0].cost');
    expect(error.message).toContain('costs[0].cost');
    expect(error.body).toEqual({ id: 's1', costs: [{ type: 'model', cost: 'free' }] });
  });

  it('uses the per-call mode over the client mode', async () => {
    ctx.server.on('GET', '/s', { json: { id: 's1', surprise: true } });
    const client = makeClient(ctx.server, { validation: 'strict' });
    await expect(client.request({ method: 'GET', path: '/s', schema: Session })).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
    expect(await client.request({ method: 'GET', path: '/s', schema: Session, validation: 'lenient' })).toEqual({
      id: 's1',
      surprise: true,
    });
  });

  it('turns truncated JSON into a ResponseValidationError, after retries for idempotent requests', async () => {
    ctx.server.on('GET', '/s', { fault: 'truncated-json', json: { id: 's1', name: 'a long enough name' } });
    const error = await rejectionOf(makeClient(ctx.server).request({ method: 'GET', path: '/s', schema: Session }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.message).toContain('not valid JSON');
  });
});

describe('input validation', () => {
  it('lists every bad field path', () => {
    const Input = z.object({ name: z.string().max(3), limit: z.number().int().max(10), tags: z.array(z.string()) });
    try {
      validateInput(Input, { name: 'toolong', limit: 11, tags: ['ok', 5] }, 'list query');
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(['name', 'limit', 'tags[1]']);
      expect((error as Error).message).toMatch(/^Invalid list query: name: /);
    }
  });

  it('reports an unknown key at its own path and a union failure inside the option that matched', () => {
    const Message = z.union([z.strictObject({ role: z.literal('user'), content: z.string() }), z.string()]);
    const Input = z.strictObject({ customer: z.strictObject({ name: z.string() }), input: z.array(Message) });
    try {
      validateInput(Input, { customer: { name: 'a', nmae: 'b' }, input: ['hi', { role: 'user', content: 5 }] }, 'body');
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual([
        'customer.nmae',
        'input[1].content',
      ]);
    }
  });

  it('reports one issue for a bad date string', () => {
    const result = z.object({ since: DateTimeInput }).safeParse({ since: 'yesterday' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
  });

  it('accepts dates as Date or ISO strings and sends ISO strings', () => {
    expect(DateTimeInput.parse(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(DateTimeInput.parse('2026-03-01T10:00:00+01:00')).toBe('2026-03-01T09:00:00.000Z');
    expect(DateTimeInput.safeParse('yesterday').success).toBe(false);
    expect(DateTimeInput.safeParse(new Date(Number.NaN)).success).toBe(false);
    expect(IsoDateTime.safeParse('2026-01-01T00:00:00.000Z').success).toBe(true);
  });

  it('summaries have a schema every vendor mapper is held to', () => {
    const ok = SessionSummarySchema.safeParse({
      vendor: 'vapi',
      id: 'x',
      createdAt: new Date(),
      status: 'active',
      counts: {},
    });
    expect(ok.success).toBe(true);
    // The vendor is an open name (a fourth client needs no release of core), but still a name.
    const summary = (vendor: string) => ({ vendor, id: 'x', createdAt: new Date(), status: 'active', counts: {} });
    expect(SessionSummarySchema.safeParse(summary('zendesk')).success).toBe(true);
    expect(SessionSummarySchema.safeParse(summary('')).success).toBe(false);
    expect(SessionSummarySchema.safeParse(summary('Not A Name')).success).toBe(false);
    expect(SessionSummarySchema.safeParse({ ...summary('vapi'), status: 'paused' }).success).toBe(false);
  });
});
