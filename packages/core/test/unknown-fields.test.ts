import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { unknownFieldsOf } from '../src/index.ts';

const Customer = z.looseObject({ number: z.optional(z.string()), name: z.nullish(z.string()) });
const Cost = z.union([
  z.looseObject({ type: z.literal('model'), tokens: z.number() }),
  z.looseObject({ type: z.literal('session'), cost: z.number() }),
]);

describe('unknownFieldsOf', () => {
  it('returns the keys the schema does not declare, frozen, and {} when there are none', () => {
    const extra = unknownFieldsOf(Customer, { number: '+14155550123', loyaltyTier: 'gold', since: 2019 });
    expect(extra).toEqual({ loyaltyTier: 'gold', since: 2019 });
    expect(Object.isFrozen(extra)).toBe(true);
    expect(unknownFieldsOf(Customer, { number: '+14155550123' })).toEqual({});
  });

  it('sees through optional/nullable wrappers and reads a union as the option the value matches', () => {
    expect(unknownFieldsOf(z.nullish(Customer), { name: 'Ada', vip: true })).toEqual({ vip: true });
    expect(unknownFieldsOf(Cost, { type: 'session', cost: 1, currency: 'USD' })).toEqual({ currency: 'USD' });
    expect(unknownFieldsOf(Cost, { type: 'model', tokens: 5, cost: 1 })).toEqual({ cost: 1 });
  });

  it('gives {} for what is not an object', () => {
    for (const value of [null, undefined, 'text', 42, [{ extra: 1 }]])
      expect(unknownFieldsOf(Customer, value)).toEqual({});
  });
});
