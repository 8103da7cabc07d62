// What real downloads contain, and how each kind of damage is reported: by line, column and value.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/import/source-reader.js';
import { SBO_FILE, sourceLines, sourcePath, tempDir, writeLines } from '../support/datasets.js';

const work = tempDir('reader');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const original = readSourceFile(sourcePath(SBO_FILE));
const lines = () => sourceLines(SBO_FILE);
const read = (name: string, altered: string[], eol = '\r\n') => readSourceFile(writeLines(work, name, altered, eol), name);

describe('readSourceFile on the Southwest encounters file as downloaded', () => {
  it('reads every row, with FY2025 written "2025 (FYTD)"', () => {
    expect(original.kind.kind).toBe('southwest-encounters-by-component');
    expect(original.rows).toHaveLength(1936);
    expect(original.lastMonth).toBe('2025-08');
    expect(original.source.coverage).toEqual({ first: '2021-10', last: '2025-08' });
  });

  it('reads the same rows with LF line endings, a byte-order mark, or thousands separators', () => {
    expect(read('lf.csv', lines(), '\n').rows).toEqual(original.rows);
    const bom = lines();
    bom[0] = `\ufeff${bom[0]}`;
    expect(read('bom.csv', bom).rows).toEqual(original.rows);
    const separators = lines();
    expect(separators[1638]).toMatch(/,2619$/);
    separators[1638] = separators[1638]!.replace(/,2619$/, ',"2,619"');
    expect(read('separators.csv', separators).rows).toEqual(original.rows);
  });

  it('names the line, column and value of a bad count', () => {
    const bad = lines();
    bad[1638] = bad[1638]!.replace(/,2619$/, ',26x9');
    expect(() => read('bad-count.csv', bad)).toThrow(`bad-count.csv: 1 bad row\n  line 1639, column 'Encounter Count': "26x9" is not a whole count`);
  });

  it('names a row that lacks a column', () => {
    const short = lines();
    short[9] = short[9]!.split(',').slice(0, -1).join(',');
    expect(() => read('short-row.csv', short)).toThrow(/line 10, column '\(row\)': ".*" has 8 fields, expected 9/);
  });

  it('says which column a header lacks', () => {
    const dropped = lines().map((line) => line === '' ? line : line.split(',').filter((_, i) => i !== 7).join(','));
    expect(() => read('no-type.csv', dropped)).toThrow(/no-type\.csv: unrecognised header .*; it looks like southwest-encounters-by-component but lacks 'Encounter Type'; the kinds of file border-facts knows are:\n  encounters-by-state: /);
  });

  it('rejects a file whose last line is cut short', () => {
    const whole = lines().join('\r\n');
    const cut = whole.slice(0, whole.length - 4); // "…,Apprehensions,504\r\n" loses "04\r\n"
    expect(() => read('cut.csv', [cut], '')).toThrow(/cut\.csv: 1 bad row\n  line 1937, column '\(row\)': ".*Apprehensions,5" is the last line and has no line break: the file looks cut short/);
  });

  it('rejects a release pasted twice into one file, with or without its header', () => {
    const body = lines().slice(1, -1);
    expect(() => read('twice.csv', [...lines().slice(0, -1), ...body, ''])).toThrow(/twice\.csv: 1936 bad rows\n  line 1938, column '\(row\)': ".*" repeats line 2: its figures would be counted twice\n(.*\n){19}  … and 1916 more bad rows$/);
    expect(() => read('joined.csv', [...lines().slice(0, -1), ...lines()])).toThrow(/line 1938, column '\(row\)': ".*" repeats the header row: were two files joined together\?/);
  });

  it('rejects the same categories under an old and a new label (UC / Single Minors is UAC)', () => {
    const relabelled = lines();
    const uac = relabelled.findIndex((line) => line.includes(',UAC,'));
    relabelled.splice(uac + 1, 0, relabelled[uac]!.replace(',UAC,', ',UC / Single Minors,').replace(/,\d+$/, ',7'));
    expect(() => read('relabelled.csv', relabelled)).toThrow(new RegExp(`line ${uac + 2}, column '\\(row\\)': ".*UC / Single Minors.*" has the same categories as line ${uac + 1}`));
  });

  it('lists the kinds it knows for an unknown header', () => {
    expect(() => read('other.csv', ['Date,Value', '2025-01,3', ''])).toThrow(/other\.csv: unrecognised header \(Date, Value\); the kinds of file border-facts knows are:\n  encounters-by-state: .*\n  southwest-encounters-by-component: /);
  });
});
