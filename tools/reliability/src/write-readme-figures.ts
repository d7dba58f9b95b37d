import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Figures } from './figures.ts';
import { PROFILES } from './profiles/index.ts';

const START = '<!-- reliability:start -->';
const END = '<!-- reliability:end -->';

/** Sums the figures every suite wrote and puts them in the root README's reliability section. */
export function writeReadmeFigures(): Figures | undefined {
  const dir = new URL('../.vitest/', import.meta.url);
  if (!existsSync(dir)) return undefined;
  const totals: Figures = { faults: 0, inputs: 0, requests: 0, failures: 0 };
  for (const file of readdirSync(dir).filter((name) => name.startsWith('figures-'))) {
    const figures = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Figures;
    for (const key of Object.keys(totals) as Array<keyof Figures>) totals[key] += figures[key];
  }
  const readme = new URL('../../../README.md', import.meta.url);
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return totals;
  const clients = PROFILES.map((profile) => profile.vendor).join(', ');
  const section = [
    START,
    `Last run of \`pnpm --filter @sessionkit/reliability test\` (written by the suite itself), over ${PROFILES.length} client(s) (${clients}):`,
    '',
    '| faults tried | inputs tried | requests made | failures |',
    '|---:|---:|---:|---:|',
    `| ${totals.faults} | ${totals.inputs} | ${totals.requests} | ${totals.failures} |`,
    END,
  ].join('\n');
  writeFileSync(readme, text.slice(0, start) + section + text.slice(end + END.length));
  return totals;
}
