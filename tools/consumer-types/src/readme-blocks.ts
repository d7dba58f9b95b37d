import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A ```ts block of a README, numbered by its place in the file. */
export interface ReadmeBlock {
  /** `packages/vapi/README.md#3` */
  readonly id: string;
  /** The line the block's code starts on. */
  readonly line: number;
  readonly code: string;
}

const FENCE = /^```(\S*)(.*)$/;

/** The README files of the repository root and of every published package. */
export function readmeFiles(repoRoot: string): string[] {
  const packages = join(repoRoot, 'packages');
  return [
    join(repoRoot, 'README.md'),
    ...readdirSync(packages)
      .map((name) => join(packages, name, 'README.md'))
      .filter((path) => {
        try {
          readFileSync(path);
          return true;
        } catch {
          return false;
        }
      }),
  ];
}

/**
 * Every ```ts (or ```typescript) block of a README, except those marked ```ts fragment — an excerpt that is not a
 * module on its own (a class member, the middle of a function) and says so.
 */
export function tsBlocks(repoRoot: string, path: string): ReadmeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  let open: { lang: string; info: string; start: number; body: string[] } | undefined;
  let count = 0;
  for (const [index, line] of lines.entries()) {
    const fence = FENCE.exec(line.trim());
    if (!open && fence) {
      open = { lang: fence[1] ?? '', info: (fence[2] ?? '').trim(), start: index + 2, body: [] };
    } else if (open && line.trim() === '```') {
      if ((open.lang === 'ts' || open.lang === 'typescript') && !open.info.split(/\s+/).includes('fragment')) {
        count += 1;
        blocks.push({ id: `${relative(repoRoot, path)}#${count}`, line: open.start, code: open.body.join('\n') });
      }
      open = undefined;
    } else if (open) {
      open.body.push(line);
    }
  }
  return blocks;
}
