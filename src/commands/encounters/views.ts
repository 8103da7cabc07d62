// The encounters views that read the history, sector and release tables: `--releases`,
// `--sector` / `--by sector`, and Border Patrol fiscal years before FY2000. Loaded only when one
// of them is asked for, so the common queries never read those tables.
import { publishedFigures } from '../../data/claims.js';
import { encounterData } from '../../data/encounters.js';
import { ENCOUNTER_FILES } from '../../data/encounter-files.js';
import { releaseFacts } from '../../data/release-data.js';
import { SERIES_REGIONS } from '../../data/vocabulary.js';
import { UsageError } from '../../errors.js';
import { usbpHistoryRows } from '../../domain/encounters/history-rows.js';
import { monthAcrossReleases } from '../../domain/encounters/release-rows.js';
import { sectorReport } from '../../domain/encounters/sector-rows.js';
import { resolveSector, UnknownSector } from '../../domain/places/sectors.js';
import { MONTH_ABBREVIATIONS, parsePeriodOptions } from '../../domain/periods.js';
import { SERIES_FORMATS } from '../../render/output.js';
import type { Column, CommandResult } from '../../render/result.js';
import { emit, loadDataset, type CommandContext } from '../shared/context.js';
import { REGION_ALIASES, type EncounterOptions } from './options.js';
import { parseChoice } from '../shared/option-values.js';
import { sourcesOfFiles } from '../shared/sources-of.js';

export async function runEncounterView(options: EncounterOptions, ctx: CommandContext): Promise<void> {
  const dataset = loadDataset(ctx);
  const region = parseChoice(options.region, SERIES_REGIONS, '--region', REGION_ALIASES);
  const period = parsePeriodOptions(options);
  let result: CommandResult;
  if (options.releases === true) {
    if (period.month?.kind !== 'month' || options.fy || options.year || options.from || options.to) throw new UsageError('--releases shows one month: give --month YYYY-MM (e.g. --month 2023-11) and no other period');
    if (region !== 'southwest' && region !== 'nationwide') throw new UsageError(`--releases compares Southwest and nationwide totals; '${region}' has no release history`, 'use --region southwest or --region nationwide');
    if (options.component !== 'all') throw new UsageError('--releases compares totals (Border Patrol + OFO); leave --component out');
    const month = period.month.month;
    const facts = releaseFacts(dataset);
    const current = encounterData(dataset).monthlyIn(region).find((r) => r.month === month)?.total ?? null;
    const { rows, notes } = monthAcrossReleases(month, region, facts.figures(), publishedFigures(dataset)?.figures ?? [], facts.registry().releases, current);
    if (rows.length === 0) throw new UsageError(`no release holds ${region} encounters for ${month}; release figures cover ${facts.figures()[0]?.month ?? '—'} to ${facts.figures().at(-1)?.month ?? '—'}`);
    const columns: Column[] = [
      { key: 'release', header: 'Release', kind: 'text' },
      { key: 'published', header: 'Published', kind: 'text', marker: (row) => (row.dateBasis === 'approximate' ? '~' : '') },
      { key: 'count', header: 'Encounters', kind: 'count' },
      { key: 'differenceFromCurrent', header: 'vs today', kind: 'number', decimals: 0 },
      { key: 'dateBasis', header: 'Date', kind: 'text', machineOnly: true },
      { key: 'source', header: 'Source', kind: 'text', machineOnly: true },
      { key: 'repostOf', header: 'Repost of', kind: 'text', machineOnly: true },
    ];
    result = {
      command: 'encounters', query: { region, month, releases: true }, columns, rows: rows as unknown as Record<string, unknown>[], notes,
      sources: sourcesOfFiles(dataset, [ENCOUNTER_FILES.byRelease]),
      title: `CBP encounters: ${region} region, ${month} in every release`,
    };
  } else if (options.sector !== undefined || options.by === 'sector') {
    const sectors = options.sector?.split(',').map((s) => s.trim()).filter((s) => s !== '').map((name) => {
      try {
        return resolveSector(name);
      } catch (error) {
        if (error instanceof UnknownSector) throw new UsageError(`--sector: ${error.message}`, 'sectors: big-bend, del-rio, el-centro, el-paso, laredo, rio-grande-valley (rgv), san-diego, tucson, yuma, and the northern and coastal ones');
        throw error;
      }
    });
    if (options.component === 'ofo') throw new UsageError('--sector counts Border Patrol only; OFO has no sectors', 'use --component usbp or leave it out');
    const by = options.by === 'sector' ? 'sector' : options.by === 'fy' || options.by === 'fiscal-year' ? 'fy' : options.by === 'month' ? 'month' : undefined;
    if (by === undefined) throw new UsageError(`--by ${options.by} does not go with sectors; use --by month, fy or sector`);
    const report = sectorReport({ period, region, ...(sectors ? { sectors } : {}), by }, encounterData(dataset).bySector());
    const columns: Column[] = by === 'sector'
      ? [{ key: 'sector', header: 'Sector', kind: 'text' }, { key: 'count', header: 'Border Patrol', kind: 'count', marker: rounded }, { key: 'share', header: 'Share', kind: 'percent' }, { key: 'rank', header: 'Rank', kind: 'rank' }]
      : [
        { key: 'period', header: by === 'fy' ? 'Fiscal year' : 'Month', kind: 'text' },
        ...(by === 'fy' ? [{ key: 'months', header: 'Months', kind: 'rank' } as Column] : [{ key: 'fiscalYear', header: 'FY', kind: 'text' } as Column]),
        { key: 'count', header: 'Border Patrol', kind: 'count', marker: rounded },
        { key: 'changeOnYearBefore', header: 'vs year before', kind: 'change' },
        { key: 'rank', header: 'Rank', kind: 'rank' },
      ];
    result = {
      command: 'encounters', query: { region, component: 'usbp', sector: sectors ?? null, by, ...periodQuery(period) },
      columns, rows: report.rows.map(({ firstMonth: _f, ...row }) => row), notes: report.notes,
      sources: sourcesOfFiles(dataset, [ENCOUNTER_FILES.bySector]), chartKey: 'count',
      title: `CBP encounters: Border Patrol by ${by === 'sector' ? 'sector' : `${by === 'fy' ? 'fiscal year' : 'month'}, ${sectors ? sectors.join(', ') : 'all sectors'}`}`,
    };
  } else {
    if (region !== 'southwest' && region !== 'nationwide') throw new UsageError(`Border Patrol fiscal years before FY2000 exist for the Southwest and nationwide only, not '${region}'`);
    const data = encounterData(dataset);
    const { rows, notes } = usbpHistoryRows(period.fiscalYears!, region, data.annual(region), data.monthly());
    result = {
      command: 'encounters', query: { region, component: 'usbp', by: 'fy', ...periodQuery(period) },
      columns: [
        { key: 'period', header: 'Fiscal year', kind: 'text' },
        { key: 'months', header: 'Months', kind: 'rank' },
        { key: 'count', header: 'Border Patrol', kind: 'count', marker: (row) => ({ annual: '†', rounded: '~' } as Record<string, string>)[(row.coverage as { usbp: string }).usbp] ?? '' },
        { key: 'changeOnYearBefore', header: 'vs year before', kind: 'change' },
        { key: 'rank', header: 'Rank', kind: 'rank' },
        { key: 'coverage', header: 'Coverage', kind: 'text', machineOnly: true, value: (row) => (row.coverage as { usbp: string }).usbp },
      ],
      rows: rows.map(({ firstMonth: _f, ...row }) => row), notes,
      sources: sourcesOfFiles(dataset, [region === 'southwest' ? ENCOUNTER_FILES.annualSouthwest : ENCOUNTER_FILES.annualNationwide, ENCOUNTER_FILES.monthly]),
      chartKey: 'count',
      title: `CBP encounters: ${region} region, Border Patrol, by fiscal year (whole record)`,
    };
  }
  await emit(ctx, result, SERIES_FORMATS, options.chart === true);
}

function rounded(row: Record<string, unknown>): string {
  return (row.coverage as { usbp: string } | undefined)?.usbp === 'rounded' ? '~' : '';
}

function periodQuery(period: ReturnType<typeof parsePeriodOptions>): Record<string, unknown> {
  return {
    month: period.month ? (period.month.kind === 'month' ? period.month.month : MONTH_ABBREVIATIONS[period.month.month - 1]) : null,
    fiscalYears: period.fiscalYears ?? null, calendarYears: period.calendarYears ?? null, from: period.from ?? null, to: period.to ?? null,
  };
}
