import { describe, expect, it } from 'vitest';
import { RequestValidationError, type SessionSummary, summarize } from '../src/index.ts';
import { collect, rejectionOf } from './helpers.ts';

const summaryOf = (id: string): SessionSummary => ({
  vendor: 'acme',
  id,
  createdAt: new Date(0),
  status: 'unknown',
  counts: {},
});

async function* sessions(pulled: string[]): AsyncGenerator<string> {
  for (const id of ['a', 'b', 'c', 'd']) {
    pulled.push(id);
    yield id;
  }
}

describe('summarize (the take-and-map of recentSummaries)', () => {
  it('maps in order and stops after maxItems without pulling more', async () => {
    const pulled: string[] = [];
    const result = await collect(summarize(sessions(pulled), summaryOf, 2));
    expect(result.map((summary) => summary.id)).toEqual(['a', 'b']);
    expect(pulled).toEqual(['a', 'b']);
  });

  it('yields everything without maxItems and nothing for 0', async () => {
    expect(await collect(summarize(sessions([]), summaryOf, undefined))).toHaveLength(4);
    const pulled: string[] = [];
    expect(await collect(summarize(sessions(pulled), summaryOf, 0))).toEqual([]);
    expect(pulled).toEqual([]);
  });

  it('refuses a maxItems that is not a whole number ≥ 0 before pulling anything', async () => {
    for (const bad of [-1, 1.5, Number.NaN]) {
      const pulled: string[] = [];
      expect(await rejectionOf(collect(summarize(sessions(pulled), summaryOf, bad)))).toBeInstanceOf(
        RequestValidationError,
      );
      expect(pulled).toEqual([]);
    }
  });
});
