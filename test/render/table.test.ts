import { describe, expect, it } from 'vitest';
import { paletteFor, PLAIN } from '../../src/render/color.js';
import type { CommandResult } from '../../src/render/result.js';
import { fitWidths, renderTable } from '../../src/render/table.js';

// Southwest fiscal-year totals (border-facts encounters --fy 2022-2024 --by fy), and a release
// name and URL long enough to need wrapping.
const result: CommandResult = {
  command: 'test',
  query: {},
  columns: [
    { key: 'period', header: 'Fiscal year', kind: 'text' },
    { key: 'release', header: 'Release', kind: 'text' },
    { key: 'total', header: 'Total', kind: 'count' },
    { key: 'change', header: 'vs year before', kind: 'change' },
    { key: 'url', header: 'URL', kind: 'text' },
  ],
  rows: [
    { period: 'FY2022', release: 'FY2025 year-end (after September 2025)', total: 2378944, change: null, url: 'https://www.cbp.gov/newsroom/stats/nationwide-encounters' },
    { period: 'FY2023', release: 'November 2025', total: 2475669, change: 4.065879650803046, url: 'https://www.cbp.gov/newsroom/stats/nationwide-encounters' },
    { period: 'FY2024', release: 'November 2025', total: 2135005, change: -13.76048252007841, url: 'https://www.cbp.gov/newsroom/stats/nationwide-encounters' },
  ],
  notes: ['Record: FY2023, 2,475,669, is the highest fiscal year of the 3 shown (since FY2022).'],
  sources: [],
  title: 'CBP encounters: southwest region, by fy',
};

const render = (width: number) => renderTable(result, { palette: PLAIN, color: false, width, chart: false });

describe('terminal tables', () => {
  it('print thousands separators and signed changes, right-aligned', async () => {
    const text = await render(Infinity);
    const lines = text.split('\n');
    const fy23 = lines.find((line) => line.startsWith('FY2023'))!;
    const fy24 = lines.find((line) => line.startsWith('FY2024'))!;
    expect(fy23).toContain('2,475,669');
    expect(fy23).toContain('+4.1%');
    expect(fy24).toContain('−13.8%');
    // Right alignment: the totals end in the same column.
    expect(fy23.indexOf('2,475,669') + 9).toBe(fy24.indexOf('2,135,005') + 9);
    expect(fy23.indexOf('+4.1%') + 5).toBe(fy24.indexOf('−13.8%') + 6);
  });

  it('fit the terminal: text wraps, every number stays whole', async () => {
    // 53 columns is the least this table needs: three text columns of 10, the numbers, the gaps.
    for (const width of [100, 80, 60, 53]) {
      const text = await render(width);
      for (const line of text.trimEnd().split('\n')) expect(line.length, `${width}: ${line}`).toBeLessThanOrEqual(width);
      for (const number of ['2,378,944', '2,475,669', '2,135,005', '+4.1%', '−13.8%']) expect(text).toContain(number);
      expect(text).not.toContain('…');
    }
  });

  it('never cut a number when the terminal is too narrow for the numbers alone', async () => {
    const text = await render(20);
    for (const number of ['2,378,944', '2,475,669', '2,135,005', '−13.8%']) expect(text).toContain(number);
    expect(text).not.toContain('…');
  });

  it('draw no ANSI codes without colour (cli-table3 borders and heads included), bold heads with it', async () => {
    expect(await render(80)).not.toMatch(/\u001b/);
    const coloured = await renderTable(result, { palette: await paletteFor(true), color: true, width: 80, chart: false });
    expect(coloured).toContain('\u001b[1mTotal\u001b[22m');
  });

  it('widths: text columns give way first; number columns keep their longest value', () => {
    const cells = [['FY2023', 'November 2025', '2,475,669', '+4.1%']];
    // Natural widths 11, 13, 9, 14 need 53 columns with the gaps. At 44 the text columns give way
    // first: "Fiscal year" down to its longest word (6), the release to 10; then "vs year before" wraps.
    expect(fitWidths(['Fiscal year', 'Release', 'Total', 'vs year before'], cells, [false, false, true, true], 44)).toEqual([6, 10, 9, 13]);
    // Too narrow for everything: numbers still keep their longest value.
    expect(fitWidths(['Fiscal year', 'Release', 'Total', 'vs year before'], cells, [false, false, true, true], 20)).toEqual([6, 10, 9, 6]);
  });
});
