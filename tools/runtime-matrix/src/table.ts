import type { ClientName } from './bundle.ts';
import type { RuntimeSpec } from './runtimes.ts';

/** One cell of the matrix. */
export interface Cell {
  readonly status: 'pass' | 'fail' | 'skip';
  /** Wall time of the run (runtime start-up included), in milliseconds. */
  readonly ms?: number;
  /** Time of each step inside the runtime: `list 12 / get 3 / not-found 2`. */
  readonly steps?: string;
  /** Why there is no time: `missing` for a runtime that is not installed or does not start. */
  readonly note?: string;
}

/** The matrix as text: one row per runtime (with the version it reported), one column per client. */
export function formatMatrix(
  runtimes: readonly RuntimeSpec[],
  clients: readonly ClientName[],
  versions: ReadonlyMap<string, string>,
  cells: ReadonlyMap<string, Cell>,
  wallMs: number,
): string {
  const text = (cell: Cell | undefined): string => {
    if (!cell) return 'not run';
    if (cell.note) return `${cell.status} (${cell.note})`;
    return `${cell.status} ${cell.ms ?? '?'} ms${cell.steps ? ` (${cell.steps})` : ''}`;
  };
  const header = ['runtime', 'version', ...clients];
  const rows = runtimes.map((runtime) => [
    runtime.label,
    versions.get(runtime.id) ?? 'missing',
    ...clients.map((client) => text(cells.get(`${runtime.id}/${client}`))),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]): string =>
    row
      .map((value, column) => value.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const all = [...cells.values()];
  const count = (status: Cell['status']): number => all.filter((cell) => cell.status === status).length;
  return [
    'Runtime matrix: list → get → typed 404 (NotFoundError, 404) against each client’s emulator on 127.0.0.1; Vapi also verifyWebhook (signed by node:crypto, then tampered)',
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    `${count('pass')} of ${all.length} runs passed (${count('fail')} failed, ${count('skip')} skipped) in ${(wallMs / 1000).toFixed(1)} s. Times: the run's wall time, start-up included; in brackets each step inside the runtime (workerd's clock advances only on I/O). Chromium: tools/browser-tests.`,
  ].join('\n');
}
