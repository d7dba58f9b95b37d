import { styleText } from 'node:util';
import type { SessionSummary } from '@sessionkit/core';

type Color = Parameters<typeof styleText>[0];

export interface Column {
  readonly title: string;
  readonly value: (summary: SessionSummary) => string;
  readonly align?: 'left' | 'right';
  readonly color?: (summary: SessionSummary) => Color | undefined;
}

const VENDOR_COLOR: Record<SessionSummary['vendor'], Color> = {
  vapi: 'magenta',
  'genesys-journey': 'yellow',
  highlight: 'cyan',
};

const STATUS_COLOR: Record<SessionSummary['status'], Color> = { active: 'green', ended: 'gray', unknown: 'dim' };

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return '–';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

export function formatDate(date: Date): string {
  return date.toISOString().replace('T', ' ').slice(0, 16);
}

function customerOf(summary: SessionSummary): string {
  const customer = summary.customer;
  return customer?.name ?? customer?.email ?? customer?.phone ?? customer?.id ?? '–';
}

function countsOf(summary: SessionSummary): string {
  const { messages, events, errors } = summary.counts;
  const parts = [
    messages === undefined ? undefined : `${messages} msg`,
    events === undefined ? undefined : `${events} ev`,
    errors === undefined ? undefined : `${errors} err`,
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : '–';
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

export const SUMMARY_COLUMNS: readonly Column[] = [
  { title: 'vendor', value: (s) => s.vendor, color: (s) => VENDOR_COLOR[s.vendor] },
  { title: 'id', value: (s) => shorten(s.id, 28) },
  { title: 'started (UTC)', value: (s) => formatDate(s.createdAt) },
  { title: 'duration', value: (s) => formatDuration(s.durationMs), align: 'right' },
  { title: 'status', value: (s) => s.vendorStatus ?? s.status, color: (s) => STATUS_COLOR[s.status] },
  { title: 'customer', value: (s) => shorten(customerOf(s), 24) },
  { title: 'counts', value: countsOf },
];

/** Renders summaries as an aligned table; colours only when `color` is true. */
export function renderTable(rows: readonly SessionSummary[], columns: readonly Column[], color: boolean): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...cells.map((line) => (line[index] ?? '').length)),
  );
  const paint = (text: string, style: Color | undefined): string => (color && style ? styleText(style, text) : text);
  const pad = (text: string, index: number): string => {
    const width = widths[index] ?? 0;
    return columns[index]?.align === 'right' ? text.padStart(width) : text.padEnd(width);
  };
  const header = columns.map((column, index) => paint(pad(column.title, index), 'bold')).join('  ');
  const rule = paint(widths.map((width) => '─'.repeat(width)).join('  '), 'dim');
  const body = rows.map((row, rowIndex) =>
    columns.map((column, index) => paint(pad(cells[rowIndex]?.[index] ?? '', index), column.color?.(row))).join('  '),
  );
  return [header, rule, ...body].join('\n');
}
