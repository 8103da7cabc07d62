import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/import/csv.js';

describe('parseCsv', () => {
  it('reads CRLF and LF alike, skipping a byte-order mark and trailing blank lines', () => {
    const lf = parseCsv('a,b\n1,2\n3,4\n\n\n', 'x.csv');
    const crlf = parseCsv('\ufeffa,b\r\n1,2\r\n3,4\r\n\r\n', 'x.csv');
    expect(crlf).toEqual(lf);
    expect(lf.header).toEqual(['a', 'b']);
    expect(lf.records.map((r) => r.fields)).toEqual([['1', '2'], ['3', '4']]);
  });

  it('keeps commas and doubled quotes inside quoted fields, as CBP writes "CHINA, PEOPLES REPUBLIC OF"', () => {
    const table = parseCsv('c,n\n"CHINA, PEOPLES REPUBLIC OF",3\n"say ""hi""",4\n', 'x.csv');
    expect(table.records.map((r) => r.fields)).toEqual([['CHINA, PEOPLES REPUBLIC OF', '3'], ['say "hi"', '4']]);
  });

  it('numbers records by the line they start on', () => {
    const table = parseCsv('a\n1\n\n2\n', 'x.csv');
    expect(table.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('rejects a file cut inside a quoted field', () => {
    expect(() => parseCsv('a,b\n1,"unterminated\n', 'cut.csv')).toThrow('cut.csv: line 2: a quoted field never ends');
  });

  it('rejects an empty file', () => {
    expect(() => parseCsv('', 'empty.csv')).toThrow('empty.csv: the file is empty');
  });
});
