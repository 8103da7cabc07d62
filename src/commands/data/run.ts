// Carries out `border-facts data import` and `data reset`, and words their reports.
import { bundledDataDir, userDataDir } from '../../data/location.js';
import { existsSync } from 'node:fs';
import { fiscalYearList } from '../../domain/fiscal-year-runs.js';
import { fiscalYearOf, monthLabel } from '../../domain/periods.js';
import { formatCount } from '../../domain/words.js';
import { UsageError } from '../../errors.js';
import type { ImportResult } from '../../import/dataset-import.js';
import type { ImportedFile } from '../../import/import-plan.js';
import type { Column, CommandResult } from '../../render/result.js';
import { emit, say, settingsFor, type CommandContext } from '../shared/context.js';
import type { Environment } from '../shared/io.js';
import type { ImportOptions, ResetOptions } from './command.js';
import { FORMATS } from '../../render/output.js';

export async function runImport(files: string[], options: ImportOptions, ctx: CommandContext): Promise<void> {
  if (ctx.globals.dataDir !== undefined) {
    throw new UsageError('data import writes to --into <dir>; --data-dir only chooses the dataset other commands read');
  }
  // A bad --format is refused before anything is written, not after.
  settingsFor(ctx, FORMATS);
  const into = options.into ?? userDataDir(ctx.io.env);
  const isDefault = options.into === undefined;
  const { importReleases } = await import('../../import/dataset-import.js');
  const result = importReleases({
    files,
    into,
    bundledDir: bundledDataDir(),
    dryRun: options.dryRun === true,
    allowShrink: options.allowShrink === true,
    today: ctx.io.now().toISOString().slice(0, 10),
    hooks: testHooks(ctx.io.env),
    restoreHint: isDefault ? "run 'border-facts data reset' to return to the bundled dataset, then import again" : `remove ${into} or import into a new directory`,
  });
  await emit(ctx, importResult(result, files, isDefault, options.dryRun === true, ctx.io.env), FORMATS);
}

export async function runReset(options: ResetOptions, ctx: CommandContext): Promise<void> {
  // A bad --format is refused before anything is removed, not after.
  settingsFor(ctx, FORMATS);
  const { resetDataset } = await import('../../import/dataset-import.js');
  const result = resetDataset(options.into ?? userDataDir(ctx.io.env), bundledDataDir());
  const message = result.removed
    ? `Removed the imported dataset in ${result.dir} (${result.files} files).`
    : `No imported dataset in ${result.dir}: nothing to remove.`;
  const reads = options.into === undefined ? readingNote(ctx.io.env, result.removed) : undefined;
  say(ctx, [message, reads].filter(Boolean).join(' '));
  const global = ctx.globals;
  if (global.json || global.format !== undefined) {
    await emit(ctx, {
      command: 'data reset',
      query: { into: result.dir },
      columns: [
        { key: 'dir', header: 'Directory', kind: 'text' },
        { key: 'removed', header: 'Removed', kind: 'text' },
        { key: 'files', header: 'Files', kind: 'count' },
      ],
      rows: [{ dir: result.dir, removed: result.removed, files: result.files }],
      notes: [message],
      sources: [],
    }, FORMATS);
  }
}

/** Which dataset commands read after a reset of the default directory. */
function readingNote(env: Environment, removed: boolean): string {
  return env.BORDER_FACTS_DATA
    ? `Commands read BORDER_FACTS_DATA=${env.BORDER_FACTS_DATA} while it is set.`
    : `Commands ${removed ? 'now read' : 'read'} the bundled dataset (${bundledDataDir()}).`;
}

/**
 * For tests only: BORDER_FACTS_TEST_BEFORE_SWAP simulates what can go wrong between validation
 * and the swap. `fail` throws, `kill` kills the process (SIGKILL), `hold:<file>` waits until
 * <file> exists (so a test can start a second import meanwhile); `kill-between-renames` and
 * `hold-between-renames:<file>` do so after the previous dataset is set aside and before the new
 * one is renamed into place. Unset in normal use.
 */
export function testHooks(env: Environment): { beforeSwap?: () => void; betweenRenames?: () => void } {
  const value = env.BORDER_FACTS_TEST_BEFORE_SWAP;
  if (!value) return {};
  if (value === 'kill-between-renames') return { betweenRenames: () => process.kill(process.pid, 'SIGKILL') };
  if (value.startsWith('hold-between-renames:')) return { betweenRenames: () => waitForFile(value.slice('hold-between-renames:'.length)) };
  return {
    beforeSwap: () => {
      if (value === 'fail') throw Object.assign(new Error('simulated failure before the swap (BORDER_FACTS_TEST_BEFORE_SWAP=fail)'), { code: 'ESIMULATED' });
      if (value === 'kill') process.kill(process.pid, 'SIGKILL');
      if (value.startsWith('hold:')) waitForFile(value.slice('hold:'.length));
    },
  };
}

function waitForFile(path: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 60_000;
  while (!existsSync(path) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 50);
}

export function importResult(result: ImportResult, files: readonly string[], isDefault: boolean, dryRun: boolean, env: Environment): CommandResult {
  const { report } = result;
  const notes: string[] = [
    ...result.recovered.map((note) => `${note[0]!.toUpperCase()}${note.slice(1)}.`),
    ...report.files.map((file) => fileNote(file, report.changes)),
    ...report.tables.map(tableNote).filter((note): note is string => note !== undefined),
  ];
  for (const kept of report.monthsKept) {
    notes.push(`${kept.table}: ${monthLabel(kept.month)} is kept from ${kept.release}, because ${kept.lackedBy} (which the rest of FY${fiscalYearOf(kept.month)} comes from) does not hold it.`);
  }
  if (report.shrinks.length > 0) {
    const months = [...new Set(report.shrinks.map((shrink) => shrink.period))];
    notes.push(`--allow-shrink: ${months.length} month${months.length === 1 ? '' : 's'} (${months.map((m) => (m.startsWith('FY') ? m : monthLabel(m))).join(', ')}) lost more than a revision removes; the figures that fell are listed as removed.`);
  }
  if (report.sourcesDropped.length > 0) notes.push(`No fiscal year comes from ${report.sourcesDropped.join(', ')} any more: dropped from the sources.`);
  if (dryRun) notes.push(`Dry run: nothing was written to ${result.dir}.`);
  else if (!result.written) notes.push(`Nothing changed: ${result.dir} was not written.`);
  else {
    if (result.startedFromBundled) notes.push(`${result.dir} was new or empty: it started as a copy of the bundled dataset.`);
    notes.push(`Wrote the dataset in ${result.dir}.`);
    notes.push(isDefault
      ? (env.BORDER_FACTS_DATA
        ? `BORDER_FACTS_DATA is set, so commands read ${env.BORDER_FACTS_DATA} until it is unset.`
        : "Commands now read this dataset; 'border-facts data reset' returns to the bundled one.")
      : `Read it with --data-dir ${result.dir} (or BORDER_FACTS_DATA=${result.dir}).`);
  }
  return {
    command: 'data import',
    query: { files: [...files], into: result.dir, dryRun },
    columns: changeColumns(report.changes),
    rows: report.changes.map((change) => ({ ...change })),
    notes,
    sources: result.sources.map((source) => ({ id: source.id, title: source.title, publisher: source.publisher, url: source.url, release: source.release })),
    title: `data import: ${report.changes.length} change${report.changes.length === 1 ? '' : 's'}${dryRun ? ' (dry run)' : ''}`,
  };
}

/** The report's columns; a table leaves out Before and Difference when nothing was revised or removed. */
function changeColumns(changes: ImportResult['report']['changes']): Column[] {
  const revisions = changes.some((change) => change.change === 'revised' || change.change === 'removed');
  const shown = (column: Column, wanted: boolean): Column => (wanted ? column : { ...column, machineOnly: true });
  return [
    { key: 'change', header: 'Change', kind: 'text' },
    { key: 'period', header: 'Period', kind: 'text', value: (row) => row.month ?? `FY${String(row.fiscalYear)}` },
    { key: 'table', header: 'Table', kind: 'text', value: (row) => String(row.table).replace(/\.json$/, '') },
    { key: 'figure', header: 'Figure', kind: 'text', value: figureOf },
    shown({ key: 'before', header: 'Before', kind: 'count' }, revisions),
    { key: 'after', header: 'After', kind: 'count' },
    shown({ key: 'difference', header: 'Difference', kind: 'count' }, revisions),
    { key: 'group', header: 'Group', kind: 'text', machineOnly: true },
    { key: 'measure', header: 'Measure', kind: 'text', machineOnly: true },
    { key: 'previousRelease', header: 'Previous release', kind: 'text', machineOnly: true },
    { key: 'release', header: 'Release', kind: 'text', machineOnly: true },
  ];
}

/** "southwest total", or for a fiscal year now taken from another release, which one. */
function figureOf(row: Record<string, unknown>): string {
  if (row.change === 'release') {
    return row.previousRelease ? `from ${String(row.release)}` : `from ${String(row.release)} (new)`;
  }
  return [row.group, row.measure].filter((part) => part !== null && part !== undefined).join(' ');
}

function fileNote(file: ImportedFile, changes: ImportResult['report']['changes']): string {
  const previous = [...new Set(changes.filter((c) => c.change === 'release' && c.release === file.file && c.previousRelease !== null).map((c) => c.previousRelease!))];
  const instead = previous.length > 0 ? ` (instead of ${previous.join(', ')})` : '';
  const span = file.firstMonth ? `${monthLabel(file.firstMonth)} – ${monthLabel(file.lastMonth)}` : `to ${monthLabel(file.lastMonth)}`;
  const what = `${file.file} (${file.kind}, ${formatCount(file.rows)} rows, ${span})`;
  switch (file.outcome) {
    case 'already-present': return `${what}: the dataset already holds this file${file.sameAs === file.file ? '' : ` as ${file.sameAs}`}; nothing to import.`;
    case 'superseded': return `${what}: every fiscal year it covers comes from a newer release; nothing taken from it.`;
    case 'replaced': return `${what}: replaces the stored file of the same name; ${fiscalYearList(file.fiscalYears)} of ${file.table} now come from it.`;
    case 'imported': return `${what}: ${fiscalYearList(file.fiscalYears)} of ${file.table} now come from it${instead}.`;
  }
}

function tableNote(table: ImportResult['report']['tables'][number]): string | undefined {
  const parts: string[] = [];
  const replaced = table.fiscalYearsReplaced.filter((year) => year.previousRelease !== null);
  const unrevised = table.monthsRevised.length === 0 && table.monthsRemoved.length === 0 && table.monthsShrunk.length === 0 && table.rowsRevised === 0;
  if (replaced.length > 0 && unrevised) parts.push(`${fiscalYearList(replaced.map((year) => year.fiscalYear))} now from the newer release, with the same figures as before`);
  if (table.monthsAdded.length > 0) parts.push(`${table.monthsAdded.length} month${table.monthsAdded.length === 1 ? '' : 's'} added (${monthRange(table.monthsAdded)})`);
  if (table.monthsRevised.length > 0) parts.push(`${table.monthsRevised.length} month${table.monthsRevised.length === 1 ? '' : 's'} revised (${table.monthsRevised.map(monthLabel).join(', ')})`);
  if (table.monthsRemoved.length > 0) parts.push(`${table.monthsRemoved.length} month${table.monthsRemoved.length === 1 ? '' : 's'} no longer in the data (${monthRange(table.monthsRemoved)})`);
  if (table.monthsShrunk.length > 0) parts.push(`${table.monthsShrunk.length} month${table.monthsShrunk.length === 1 ? '' : 's'} cut short (${table.monthsShrunk.map(monthLabel).join(', ')})`);
  if (table.rowsRevised > 0) parts.push(`${formatCount(table.rowsRevised)} detail row${table.rowsRevised === 1 ? ' differs' : 's differ'} in months held before`);
  return parts.length === 0 ? undefined : `${table.table}: ${parts.join('; ')}.`;
}

function monthRange(months: readonly string[]): string {
  return months.length === 1 ? monthLabel(months[0]!) : `${monthLabel(months[0]!)} – ${monthLabel(months[months.length - 1]!)}`;
}
