import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeizureRow } from '../../src/data/schemas.js';
import { SEIZURE_FILES } from '../../src/data/seizure-files.js';
import { seizureTotals } from '../../src/domain/seizures/totals.js';
import { DataError } from '../../src/errors.js';
import { parseCsv } from '../../src/import/csv.js';
import { detectKind, readRows } from '../../src/import/file-kinds.js';
import { KNOWN_FILE_KINDS } from '../../src/import/known-kinds.js';
import { amoDrugSeizureFile, nationwideDrugSeizureFile } from '../../src/import/seizure-files.js';
import { buildSeizureFiles } from '../../src/import/seizures-family.js';
import { readSourceFile } from '../../src/import/source-reader.js';
import { SHARED } from '../support/cli.js';

const NATIONWIDE_HEADER = 'FY,Month (abbv),Component,Region,Land Filter,Area of Responsibility,Drug Type,Count of Event,Sum Qty (lbs)';
const AMO_HEADER = 'FY,Month (abbv),Component,Region,Land Filter,Branch,Drug Type,Count of Event,Sum Qty (lbs)';

// Lines copied from the official files (nationwide-drugs-fy19-fy22.csv, -fy23-fy26-apr.csv, amo-drug-seizures-*.csv).
const NATIONWIDE_LINES = [
  '2019,APR,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Khat (Catha Edulis),4,1394.42380715',
  '2026 (FYTD),OCT,U.S. Border Patrol,Southwest Border,Land Only,YUMA SECTOR,Other Drugs**,1,0.0001',
  '2019,APR,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Ecstasy,3,8.3799469484296',
  '2026 (FYTD),APR,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Lsd,1,6.61386786e-05',
];

function read(text: string) {
  const table = parseCsv(text, 'test.csv');
  const kind = detectKind(table, 'test.csv', KNOWN_FILE_KINDS);
  const { rows, errors } = readRows(kind, table);
  return { kind: kind.kind, rows: rows as SeizureRow[], errors };
}

describe('drug-seizure file readers', () => {
  it('reads a nationwide file the same with LF (the April release) and CRLF (the others) line endings', () => {
    const lf = read([NATIONWIDE_HEADER, ...NATIONWIDE_LINES].join('\n') + '\n');
    const crlf = read([NATIONWIDE_HEADER, ...NATIONWIDE_LINES].join('\r\n') + '\r\n');
    expect(lf.kind).toBe('nationwide-drug-seizures');
    expect(lf.errors).toEqual([]);
    expect(crlf.rows).toEqual(lf.rows);
    expect(lf.rows).toHaveLength(4);
  });

  it('maps CBP drug types, components, regions and land filters to lowercase ids', () => {
    const { rows } = read([NATIONWIDE_HEADER, ...NATIONWIDE_LINES].join('\n'));
    expect(rows[0]).toEqual<SeizureRow>({
      month: '2019-04', component: 'ofo', region: 'coastal-interior', landFilter: 'other',
      area: 'ATLANTA FIELD OFFICE', drug: 'khat', events: 4, pounds: 1394.42380715,
    });
    expect(rows[1]).toMatchObject({ component: 'usbp', region: 'southwest', landFilter: 'land', area: 'YUMA SECTOR', drug: 'other-drugs' });
    expect(rows[3]!.drug).toBe('lsd');
  });

  it('reads "2026 (FYTD)" as fiscal year 2026: October is October 2025', () => {
    const { rows } = read([NATIONWIDE_HEADER, ...NATIONWIDE_LINES].join('\n'));
    expect(rows[1]!.month).toBe('2025-10');
    expect(rows[3]!.month).toBe('2026-04');
  });

  it('keeps pounds at full precision, scientific notation included', () => {
    const { rows } = read([NATIONWIDE_HEADER, ...NATIONWIDE_LINES].join('\n'));
    expect(rows[2]!.pounds).toBe(8.3799469484296);
    expect(rows[3]!.pounds).toBe(6.61386786e-05);
    expect(rows[1]!.pounds).toBe(0.0001);
  });

  it('reads an AMO file by its Branch column', () => {
    const { kind, rows, errors } = read(`${AMO_HEADER}\r\n2026 (FYTD),DEC,Air and Marine Operations,Coastal/Interior,Other,Caribbean Air And Marine Branch,Cocaine,1,1702.83\r\n2023,SEP,Air and Marine Operations,Southwest Border,Land,Tucson Air Branch,Methamphetamine,1,5.73\r\n`);
    expect(kind).toBe('amo-drug-seizures');
    expect(errors).toEqual([]);
    expect(rows).toEqual<SeizureRow[]>([
      { month: '2025-12', component: 'amo', region: 'coastal-interior', landFilter: 'other', area: 'Caribbean Air And Marine Branch', drug: 'cocaine', events: 1, pounds: 1702.83 },
      { month: '2023-09', component: 'amo', region: 'southwest', landFilter: 'land', area: 'Tucson Air Branch', drug: 'methamphetamine', events: 1, pounds: 5.73 },
    ]);
  });

  it('reports bad rows by line and column: an unknown drug, AMO in a nationwide file, a negative weight', () => {
    const { errors } = read([
      NATIONWIDE_HEADER,
      NATIONWIDE_LINES[0]!,
      '2024,NOV,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Xylazine,1,2.5',
      '2024,NOV,Air and Marine Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Cocaine,1,2.5',
      '2024,NOV,Office of Field Operations,Coastal/Interior,Other,ATLANTA FIELD OFFICE,Cocaine,1,-2.5',
    ].join('\n'));
    expect(errors.map((e) => [e.line, e.column])).toEqual([[3, 'Drug Type'], [4, 'Component'], [5, 'Sum Qty (lbs)']]);
    expect(errors[0]!.value).toBe('Xylazine');
  });
});

describe('the seizures family builder', () => {
  const row = (month: string, pounds: number): SeizureRow => ({ month, component: 'ofo', region: 'southwest', landFilter: 'land', area: 'LAREDO FIELD OFFICE', drug: 'cocaine', events: 1, pounds });

  it('takes each fiscal year from one release only (the newer), and records which', () => {
    const older = { name: 'nationwide-drugs-fy19-fy22.csv', rows: [row('2021-11', 1), row('2022-09', 2)], lastMonth: '2022-09' };
    const newer = { name: 'nationwide-drugs-fy22-fy25.csv', rows: [row('2021-11', 4), row('2022-09', 5), row('2022-10', 7)], lastMonth: '2022-10' };
    const [nationwide, amo] = buildSeizureFiles([older, newer], []);
    expect(nationwide!.path).toBe(SEIZURE_FILES.nationwide);
    // Nov 2021 and Sep 2022 are both FY2022, which the newer release holds whole: the older one is not used at all.
    expect(nationwide!.rows).toBe(3);
    expect(nationwide!.fiscalYearReleases).toEqual({ 2022: 'nationwide-drugs-fy22-fy25.csv', 2023: 'nationwide-drugs-fy22-fy25.csv' });
    expect(nationwide!.monthReleases).toEqual({});
    expect(nationwide!.text).toContain('"pounds":[4,5,7]');
    expect(amo!.path).toBe(SEIZURE_FILES.amo);
    expect(amo!.rows).toBe(0);
  });

  it('keeps a month the newer release lacks from the older one, and names it', () => {
    const older = { name: 'nationwide-drugs-fy19-fy22.csv', rows: [row('2021-11', 1), row('2022-09', 2)], lastMonth: '2022-09' };
    const newer = { name: 'nationwide-drugs-fy22-fy25.csv', rows: [row('2022-09', 5), row('2022-10', 7)], lastMonth: '2022-10' };
    const [nationwide] = buildSeizureFiles([older, newer], []);
    expect(nationwide!.rows).toBe(3);
    expect(nationwide!.fiscalYearReleases).toEqual({ 2022: 'nationwide-drugs-fy22-fy25.csv', 2023: 'nationwide-drugs-fy22-fy25.csv' });
    expect(nationwide!.monthReleases).toEqual({ '2021-11': 'nationwide-drugs-fy19-fy22.csv' });
    expect(nationwide!.text).toContain('"pounds":[1,5,7]');
  });
});

const sources = join(SHARED, 'sources', 'cbp_drug_seizures');
describe.skipIf(!existsSync(sources))('the official drug-seizure files', () => {
  const file = (name: string) => readSourceFile(join(sources, name));

  it('reads every row of each file, with the coverage PROVENANCE.md states', () => {
    const expected: [string, string, number, string, string][] = [
      ['nationwide-drugs-fy19-fy22.csv', nationwideDrugSeizureFile.kind, 10092, '2018-10', '2022-09'],
      ['nationwide-drugs-fy23-fy26-apr.csv', nationwideDrugSeizureFile.kind, 8673, '2022-10', '2026-04'],
      ['amo-drug-seizures-fy19-fy22.csv', amoDrugSeizureFile.kind, 1772, '2018-10', '2022-09'],
      ['amo-drug-seizures-fy23-fy26-dec.csv', amoDrugSeizureFile.kind, 1292, '2022-10', '2025-12'],
    ];
    for (const [name, kind, rows, first, last] of expected) {
      const release = file(name);
      expect(release.kind.kind, name).toBe(kind);
      expect(release.rows, name).toHaveLength(rows);
      expect(release.source.coverage, name).toEqual({ first, last });
    }
  });

  it('sums to the figures of the files: Oct and Nov 2023, OFO + Border Patrol', () => {
    const rows = file('nationwide-drugs-fy23-fy26-apr.csv').rows as SeizureRow[];
    const oct = seizureTotals(rows, { months: ['2023-10'], components: ['ofo', 'usbp'] });
    const nov = seizureTotals(rows, { months: ['2023-11'], components: ['ofo', 'usbp'] });
    expect(oct.pounds).toBeCloseTo(37433.20091245425, 8);
    expect(oct.events).toBe(4646);
    expect(nov.pounds).toBeCloseTo(48175.474485320294, 8);
    expect(nov.events).toBe(4279);
  });

  it('rejects a file whose header it does not know', () => {
    expect(() => read('FY,Month,Drug,Pounds\n2024,NOV,Cocaine,1\n')).toThrow(DataError);
  });
});
