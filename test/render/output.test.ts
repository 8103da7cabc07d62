import { describe, expect, it } from 'vitest';
import { outputSettings, tableWidth } from '../../src/render/output.js';

const terminal = { isTTY: true, columns: 120 };
const pipe = { isTTY: false };

describe('output settings', () => {
  it('default to a table on a terminal and tsv in a pipe', () => {
    expect(outputSettings({}, terminal, {}).format).toBe('table');
    expect(outputSettings({}, pipe, {}).format).toBe('tsv');
  });

  it('--json wins over --format, and --format is kept as given', () => {
    expect(outputSettings({ json: true, format: 'csv' }, terminal, {}).format).toBe('json');
    expect(outputSettings({ format: 'ndjson' }, terminal, {}).format).toBe('ndjson');
  });

  it('colour only tables, and only where the colour policy allows', () => {
    expect(outputSettings({}, terminal, {}).color).toBe(true);
    expect(outputSettings({ format: 'tsv' }, terminal, {}).color).toBe(false);
    expect(outputSettings({ json: true }, terminal, { FORCE_COLOR: '1' }).color).toBe(false);
    expect(outputSettings({ format: 'table' }, pipe, { FORCE_COLOR: '1' }).color).toBe(true);
    expect(outputSettings({}, terminal, { NO_COLOR: '1' }).color).toBe(false);
    expect(outputSettings({ color: false }, terminal, {}).color).toBe(false);
  });

  it('width: COLUMNS, else the terminal, else no limit', () => {
    expect(tableWidth(terminal, { COLUMNS: '72' })).toBe(72);
    expect(tableWidth(terminal, {})).toBe(120);
    expect(tableWidth(terminal, { COLUMNS: 'wide' })).toBe(120);
    expect(tableWidth(pipe, {})).toBe(Infinity);
  });
});
