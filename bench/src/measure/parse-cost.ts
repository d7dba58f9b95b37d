import { median } from './median.ts';

/** Median time to `JSON.parse` a page of sessions, and to parse and validate each with the schema. */
export function parseCost(sessions: readonly unknown[], validate: (session: unknown) => unknown, runs = 21) {
  const text = JSON.stringify({ results: sessions });
  const plain: number[] = [];
  const validated: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let t0 = performance.now();
    JSON.parse(text);
    plain.push(performance.now() - t0);
    t0 = performance.now();
    for (const session of (JSON.parse(text) as { results: unknown[] }).results) validate(session);
    validated.push(performance.now() - t0);
  }
  return { sessions: sessions.length, bytes: text.length, jsonParseMs: median(plain), validatedMs: median(validated) };
}
