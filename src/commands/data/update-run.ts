// Carries out `border-facts data update`: options → the update → the report (the change report
// of `data import`, plus what was fetched), and with --check the exit status a CI schedule needs.
import { bundledDataDir, userDataDir } from '../../data/location.js';
import { monthLabel } from '../../domain/periods.js';
import { formatCount } from '../../domain/words.js';
import { QuietFailure, UsageError } from '../../errors.js';
import type { Column, CommandResult, SourceRef } from '../../render/result.js';
import { FORMATS } from '../../render/output.js';
import { CBP_BASE_URL } from '../../update/cbp-pages.js';
import type { UpdateResult } from '../../update/data-update.js';
import { VERSION } from '../../version.js';
import { emit, settingsFor, type CommandContext } from '../shared/context.js';
import { importResult, testHooks } from './run.js';
import type { UpdateOptions } from './update.js';

/** `--check`: a newer release exists (the exit status CI schedules test). */
const NEWER_RELEASE_EXISTS = 1;

export async function runUpdate(options: UpdateOptions, ctx: CommandContext): Promise<void> {
  const { env } = ctx.io;
  if (ctx.globals.dataDir !== undefined) {
    throw new UsageError('data update writes to --into <dir>; --data-dir only chooses the dataset other commands read');
  }
  // Bad options are refused before anything is fetched.
  settingsFor(ctx, FORMATS);
  const sourceUrl = parseSourceUrl(options.sourceUrl ?? env.BORDER_FACTS_SOURCE_URL ?? CBP_BASE_URL, options.sourceUrl !== undefined ? '--source-url' : 'BORDER_FACTS_SOURCE_URL');
  const timeoutMs = parseSeconds(options.timeout ?? '30', '--timeout');
  const retries = parseRetries(options.retries ?? '3');
  const maxBytes = parseSize(options.maxSize ?? '50MB', '--max-size');
  const check = options.check === true;
  const dryRun = options.dryRun === true || check;
  const into = options.into ?? userDataDir(env);
  const isDefault = options.into === undefined;

  const { updateDataset } = await import('../../update/data-update.js');
  const { terminalProgress } = await import('../../update/progress.js');
  const result = await updateDataset({
    into,
    bundledDir: bundledDataDir(),
    dryRun,
    today: ctx.io.now().toISOString().slice(0, 10),
    hooks: testHooks(env),
    restoreHint: isDefault ? "run 'border-facts data reset' to return to the bundled dataset, then update again" : `remove ${into} or update into a new directory`,
    sourceUrl,
    http: { userAgent: `border-facts/${VERSION}`, timeoutMs, maxBytes, retries, env },
    progress: terminalProgress(ctx.io.stderr),
  });
  await emit(ctx, updateReport(result, { sourceUrl, env, isDefault, dryRun, check }), FORMATS);
  if (check && result.imported.changed) throw new QuietFailure(NEWER_RELEASE_EXISTS);
}

interface ReportSettings {
  sourceUrl: string;
  env: CommandContext['io']['env'];
  isDefault: boolean;
  dryRun: boolean;
  check: boolean;
}

function updateReport(result: UpdateResult, settings: ReportSettings): CommandResult {
  const { imported, fetched } = result;
  const asImport = importResult(imported, fetched.map((release) => release.url), settings.isDefault, settings.dryRun, settings.env);
  const fetchedNotes = fetched.map((release) =>
    `Fetched ${release.url}, the newest release on the ${release.pageTitle} page (${release.page}): ${formatCount(release.bytes)} bytes, sha256 ${release.sha256}, data through ${monthLabel(release.lastMonth)}.`);
  const verdict = settings.check
    ? [imported.changed
      ? "Newer releases exist: 'border-facts data update' brings them in (exit status 1)."
      : 'The dataset is current: the newest release on each page is already in it (exit status 0).']
    : imported.changed ? [] : ['The dataset is current: the newest release on each page is already in it.'];
  const changes = imported.report.changes.length;
  const title = settings.check
    ? `data update --check: ${imported.changed ? `newer releases exist (${changes} change${changes === 1 ? '' : 's'})` : 'the dataset is current'}`
    : `data update: ${changes} change${changes === 1 ? '' : 's'}${settings.dryRun ? ' (dry run)' : ''}`;
  const sources: (SourceRef & Record<string, unknown>)[] = fetched.map((release) => ({
    id: release.file,
    title: release.linkText || release.file,
    publisher: 'U.S. Customs and Border Protection (CBP)',
    url: release.url,
    release: `data through ${release.lastMonth}`,
    page: release.page,
    sha256: release.sha256,
    bytes: release.bytes,
  }));
  return {
    ...asImport,
    command: 'data update',
    query: { sourceUrl: settings.sourceUrl, into: imported.dir, dryRun: settings.dryRun, check: settings.check },
    columns: asImport.columns as Column[],
    notes: [...fetchedNotes, ...asImport.notes, ...verdict],
    sources,
    title,
  };
}

function parseSourceUrl(raw: string, option: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsageError(`${option}: '${raw}' is not a web address`, `for example ${CBP_BASE_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${option}: '${raw}' is not an http or https address`, `for example ${CBP_BASE_URL}`);
  if (url.search !== '' || url.hash !== '') throw new UsageError(`${option}: '${raw}' has a query or fragment; give the site's base address`, `for example ${CBP_BASE_URL}`);
  return url.href.replace(/\/+$/, '');
}

function parseSeconds(raw: string, option: string): number {
  const text = raw.trim();
  if (!/^\d+(?:\.\d+)?$/.test(text) || Number(text) <= 0 || Number(text) > 3600) throw new UsageError(`${option}: '${raw}' is not a number of seconds between 0 and 3600`);
  return Math.round(Number(text) * 1000);
}

function parseRetries(raw: string): number {
  const text = raw.trim();
  if (!/^\d+$/.test(text) || Number(text) > 10) throw new UsageError(`--retries: '${raw}' is not a whole number from 0 to 10`);
  return Number(text);
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1e3, kb: 1e3, kib: 1024, m: 1e6, mb: 1e6, mib: 1024 ** 2, g: 1e9, gb: 1e9, gib: 1024 ** 3 };

/** "50MB", "800kB", "1.5MiB", "1000000": decimal units as downloads are shown, binary ones on request. */
function parseSize(raw: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw.trim());
  const unit = match ? SIZE_UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) * unit < 1) throw new UsageError(`${option}: '${raw}' is not a size`, 'for example 50MB, 800kB or 1048576 (bytes)');
  return Math.floor(Number(match[1]) * unit);
}
