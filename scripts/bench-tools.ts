import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../core/api';
import type { AppContext } from '../electron/app-context';

/** What every module's bench gets: the seeded app, a typed call, a scratch folder. */
export interface BenchTools {
  ctx: AppContext;
  dir: string;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  /** The workspace's own better-sqlite3 connection, for the raw baselines. */
  sqlite(): Database.Database;
}

/**
 * One measured figure: the app's way (a handler call through dispatch, as the screen makes
 * it) and, where there is one, the raw baseline doing the same work without the app's
 * layers. `kind: 'list'` figures are held to 2x their baseline.
 */
export interface Figure<T, R = T> {
  label: string;
  runs: number;
  app: () => Promise<T>;
  raw?: () => R | Promise<R>;
  kind?: 'list' | 'document' | 'other';
  /** An absolute budget in ms from the issue that asked for the figure. */
  target?: number;
  /** Why the raw result is not the app's: null when both hold the same rows. */
  differs?: (app: T, raw: R) => string | null;
}

export interface Row {
  label: string;
  kind: 'list' | 'document' | 'other';
  app: number;
  raw: number | null;
  notes: string[];
}

const rows: Row[] = [];
const medianOf = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const columns = { label: 62, ms: 10, ratio: 7 };
const line = (label: string, app: string, raw: string, ratio: string, notes: string) =>
  `${label.padEnd(columns.label)} ${app.padStart(columns.ms)} ${raw.padStart(columns.ms)} ${ratio.padStart(columns.ratio)}  ${notes}`.trimEnd();

export function printHeader(): void {
  console.log(line('figure', 'app ms', 'raw ms', 'ratio', 'notes'));
  console.log('-'.repeat(columns.label + 2 * columns.ms + columns.ratio + 12));
}

/**
 * Times the app and its baseline alternately (after a few warm-up runs of each), so both meet the
 * same load on a busy machine, and prints one table row of medians.
 */
export async function compare<T, R = T>(figure: Figure<T, R>): Promise<Row> {
  const kind = figure.kind ?? 'other';
  const appResult = await figure.app();
  const rawResult = figure.raw ? await figure.raw() : undefined;
  // Warm both up as a screen that is used a while is (JIT, statement caches).
  for (let i = 1; i < Math.min(10, figure.runs / 3); i++) {
    await figure.app();
    await figure.raw?.();
  }
  const appTimes: number[] = [];
  const rawTimes: number[] = [];
  for (let i = 0; i < figure.runs; i++) {
    let start = performance.now();
    await figure.app();
    appTimes.push(performance.now() - start);
    if (figure.raw) {
      start = performance.now();
      await figure.raw();
      rawTimes.push(performance.now() - start);
    }
  }
  const row: Row = {
    label: figure.label,
    kind,
    app: medianOf(appTimes),
    raw: figure.raw ? medianOf(rawTimes) : null,
    notes: [],
  };
  const ratio = row.raw === null ? null : row.app / row.raw;
  if (figure.differs && rawResult !== undefined) {
    const why = figure.differs(appResult, rawResult as R);
    if (why) row.notes.push(`RAW DIFFERS: ${why}`);
  }
  if (kind === 'list' && ratio !== null && ratio > 2) row.notes.push('OVER 2x RAW');
  if (figure.target !== undefined) {
    row.notes.push(`target < ${figure.target} ms: ${row.app <= figure.target ? 'ok' : 'MISSED'}`);
  }
  rows.push(row);
  console.log(
    line(
      row.label,
      row.app.toFixed(2),
      row.raw === null ? '-' : row.raw.toFixed(2),
      ratio === null ? '-' : `${ratio.toFixed(2)}x`,
      row.notes.join('; '),
    ),
  );
  return row;
}

/** A section title in the table. */
export const section = (title: string) => console.log(`\n${title}`);

/** The closing lines: which lists are over 2x their baseline, and whether any baseline lied. */
export function summary(): { overTwice: Row[]; differing: Row[] } {
  const overTwice = rows.filter((r) => r.notes.includes('OVER 2x RAW'));
  const differing = rows.filter((r) => r.notes.some((n) => n.startsWith('RAW DIFFERS')));
  const lists = rows.filter((r) => r.kind === 'list');
  console.log(
    `\n${lists.length - overTwice.length} of ${lists.length} lists within 2x of raw` +
      (overTwice.length ? `; over: ${overTwice.map((r) => r.label).join(', ')}` : ''),
  );
  if (differing.length) {
    console.log(`Baselines that do not return the app's rows: ${differing.map((r) => r.label)}`);
  }
  return { overTwice, differing };
}

/** The first position where two id lists part, or null when they are the same. */
export function idsDiffer(app: readonly number[], raw: readonly number[]): string | null {
  if (app.length !== raw.length) return `${app.length} rows vs ${raw.length}`;
  const at = app.findIndex((id, i) => id !== raw[i]);
  return at === -1 ? null : `row ${at + 1}: id ${app[at]} vs ${raw[at]}`;
}
