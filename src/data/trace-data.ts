// The tables `trace` indexes, read once per run: the monthly encounter series and the two small
// summary tables (encounters by citizenship, seizures by drug), read column by column without
// building row objects. The large detail tables are never parsed here.
import { encounterSeries, citizenshipSeries } from '../domain/trace/encounter-series.js';
import type { FigureSeries } from '../domain/trace/figure-series.js';
import { TraceIndex, type ShareSpec } from '../domain/trace/trace-index.js';
import type { Dataset } from './dataset.js';
import { ENCOUNTER_FILES } from './encounter-files.js';
import { SEIZURE_FILES } from './seizure-files.js';
import { seizureSeries, type SeizureColumns } from '../domain/trace/seizure-series.js';
import { publishedSeries } from '../domain/trace/published-series.js';
import { CLAIM_FILES } from './claim-files.js';
import { publishedFigures } from './claims.js';

export interface TraceSources {
  index: TraceIndex;
  /** The series and shares the index holds, for callers that extend it (combined citizenships). */
  catalog: { series: FigureSeries[]; shares: ShareSpec[] };
  /** The citizenship values of the data. */
  citizenships: string[];
  /** The data files the index was built from (for the result's sources). */
  files: string[];
}

export function traceSources(dataset: Dataset): TraceSources {
  const series: FigureSeries[] = [];
  const shares: ShareSpec[] = [];
  const add = (part: { series: FigureSeries[]; shares: ShareSpec[] }) => {
    series.push(...part.series);
    shares.push(...part.shares);
  };
  add(encounterSeries(dataset.columns(ENCOUNTER_FILES.monthly)));
  const state = dataset.columns(ENCOUNTER_FILES.citizenship);
  add(citizenshipSeries({
    monthDictionary: state.dictionary('month'),
    regionDictionary: state.dictionary('region'),
    citizenshipDictionary: state.dictionary('citizenship'),
    month: state.raw('month'),
    region: state.raw('region'),
    citizenship: state.raw('citizenship'),
    count: state.raw('count'),
  }));
  const seizureFiles = [SEIZURE_FILES.monthly];
  add(seizureSeries(seizureFiles.map((path): SeizureColumns => {
    const table = dataset.columns(path);
    return {
      monthDictionary: table.dictionary('month'),
      componentDictionary: table.dictionary('component'),
      regionDictionary: table.dictionary('region'),
      drugDictionary: table.dictionary('drug'),
      month: table.raw('month'),
      component: table.raw('component'),
      region: table.raw('region'),
      drug: table.raw('drug'),
      events: table.raw('events'),
      pounds: table.raw('pounds'),
    };
  })));
  const files: string[] = [ENCOUNTER_FILES.monthly, ENCOUNTER_FILES.citizenship, ...seizureFiles];
  // CBP's first-published figures; a dataset directory without them is searched without.
  const published = publishedFigures(dataset);
  if (published) {
    add(publishedSeries(published.figures));
    files.push(CLAIM_FILES.publishedFigures);
  }
  return {
    index: new TraceIndex(series, shares),
    catalog: { series, shares },
    citizenships: state.dictionary('citizenship'),
    files,
  };
}
