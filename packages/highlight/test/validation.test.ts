import { describe, expect, it } from 'vitest';
import { type HighlightClient, RequestValidationError, SessionkitError } from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const ID = 'k3VQ0hT8pLm2Zr7Xw9Yb4Nc6Ds1E';

/** Runs `call`, expects a RequestValidationError with exactly these paths, and that nothing was sent. */
async function expectRefused(call: (hl: HighlightClient) => PromiseLike<unknown>, paths: string[]): Promise<void> {
  const error = await rejectionOf(call(makeClient(ctx.server.url)));
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(error).toBeInstanceOf(SessionkitError);
  expect((error as RequestValidationError).issues.map((issue) => issue.path)).toEqual(paths);
  expect(ctx.server.calls).toHaveLength(0);
}

describe('secure ids', () => {
  it.each([
    ['get', (hl: HighlightClient) => hl.sessions.get('')],
    ['intervals', (hl: HighlightClient) => hl.sessions.intervals('')],
    ['errors', (hl: HighlightClient) => hl.sessions.errors('')],
    ['markViewed', (hl: HighlightClient) => hl.sessions.markViewed('')],
    ['setPublic', (hl: HighlightClient) => hl.sessions.setPublic('', true)],
    ['identify', (hl: HighlightClient) => hl.sessions.identify('', { identifier: 'ada@example.com' })],
    ['addProperties', (hl: HighlightClient) => hl.sessions.addProperties('', { plan: 'pro' })],
    ['addFeedback', (hl: HighlightClient) => hl.sessions.addFeedback('', { verbatim: 'hi' })],
  ])('%s refuses an empty secure id', async (_name, call) => {
    await expectRefused(call, ['secureId']);
  });

  it('refuses a secure id that is not a string', async () => {
    await expectRefused((hl) => hl.sessions.get(42 as never), ['secureId']);
  });
});

describe('sessions.search', () => {
  it.each([
    [
      'a range that ends before it starts',
      { dateRange: { start: '2026-08-20T00:00:00Z', end: '2026-08-01T00:00:00Z' } },
      ['dateRange.end'],
    ],
    ['a start that is not a date', { dateRange: { start: 'yesterday', end: new Date() } }, ['dateRange.start']],
    ['an invalid Date', { dateRange: { start: new Date('nope'), end: new Date() } }, ['dateRange.start']],
    ['a range without an end', { dateRange: { start: new Date() } }, ['dateRange.end']],
    ['count 0', { count: 0 }, ['count']],
    ['a count beyond a GraphQL Int', { count: 2 ** 31 }, ['count']],
    ['a fractional page', { page: 1.5 }, ['page']],
    ['page 0', { page: 0 }, ['page']],
    ['an unknown sort direction', { sort: { direction: 'sideways' } }, ['sort.direction']],
    ['an unknown filter', { identifier: 'ada' }, ['identifier']],
  ])('refuses %s', async (_what, params, paths) => {
    await expectRefused((hl) => hl.sessions.search(params as never), paths);
  });

  it('lists every bad field at once, and fails the iteration the same way', async () => {
    await expectRefused(
      (hl) => hl.sessions.search({ count: -1, page: 0, query: 3 } as never),
      ['query', 'count', 'page'],
    );
    const iteration = (async () => {
      for await (const _ of makeClient(ctx.server.url).sessions.search({ count: 0 })) {
        // never reached
      }
    })();
    await expect(iteration).rejects.toBeInstanceOf(RequestValidationError);
  });
});

describe('ingest input', () => {
  it.each([
    ['an unknown privacy setting', { privacySetting: 'paranoid' }, ['privacySetting']],
    ['an empty environment', { environment: '' }, ['environment']],
    ['an unknown option', { enviroment: 'production' }, ['enviroment']],
    ['a non-boolean privacy flag', { enableStrictPrivacy: 'yes' }, ['enableStrictPrivacy']],
  ])('initialize refuses %s', async (_what, params, paths) => {
    await expectRefused((hl) => hl.sessions.initialize(params as never), paths);
  });

  it('identify refuses an empty identifier and a nested user property', async () => {
    await expectRefused(
      (hl) => hl.sessions.identify(ID, { identifier: '', properties: { address: { city: 'Dublin' } } } as never),
      ['user.identifier', 'user.properties.address'],
    );
  });

  it('addProperties refuses a value over 2000 characters and more than 1000 properties', async () => {
    await expectRefused((hl) => hl.sessions.addProperties(ID, { note: 'x'.repeat(2001) }), ['properties.note']);
    const many = Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`p${index}`, index]));
    await expectRefused((hl) => hl.sessions.addProperties(ID, many), ['properties']);
  });

  it('addFeedback refuses an empty verbatim and a timestamp that is not a date', async () => {
    await expectRefused(
      (hl) => hl.sessions.addFeedback(ID, { verbatim: '', timestamp: 'soon' }),
      ['feedback.verbatim', 'feedback.timestamp'],
    );
  });

  it('recentSummaries refuses a negative or fractional maxItems, and the old limit by its new name', async () => {
    const hl = makeClient(ctx.server.url);
    for (const maxItems of [-1, 2.5]) {
      await expect(hl.sessions.recentSummaries({ maxItems }).next()).rejects.toBeInstanceOf(RequestValidationError);
    }
    const renamed = await rejectionOf(hl.sessions.recentSummaries({ limit: 5 } as never).next());
    expect(renamed).toBeInstanceOf(RequestValidationError);
    expect((renamed as RequestValidationError).issues).toEqual([
      { path: 'limit', message: expect.stringContaining('maxItems') },
    ]);
    expect(ctx.server.calls).toHaveLength(0);
  });

  it('get refuses request options passed as params (they go last) and unknown params', async () => {
    await expectRefused((hl) => hl.sessions.get(ID, { timeoutMs: 5 } as never), ['params.timeoutMs']);
    await expectRefused((hl) => hl.sessions.get(ID, { countErrors: 'yes' } as never), ['params.countErrors']);
  });

  it('invalid input rejects the returned promise instead of throwing when the method is called', async () => {
    const hl = makeClient(ctx.server.url);
    let promise: PromiseLike<unknown> | undefined;
    expect(() => {
      promise = hl.sessions.get('');
    }).not.toThrow();
    expect(await rejectionOf(promise as PromiseLike<unknown>)).toBeInstanceOf(RequestValidationError);
    expect(() => hl.sessions.identify('', { identifier: '' }).then(undefined, () => undefined)).not.toThrow();
  });
});
