// Progress lines of `data update`: drawn in place on a terminal, nothing at all elsewhere.
import { describe, expect, it } from 'vitest';
import { byteSize, terminalProgress } from '../../src/update/progress.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('terminalProgress', () => {
  it('writes nothing when stderr is not a terminal', () => {
    const out = stream(false);
    const progress = terminalProgress(out);
    progress.step('file 1 of 4: a.csv');
    progress.bytes(10, 20);
    progress.done();
    expect(out.written).toEqual([]);
  });

  it('redraws one line at most every 100 ms (and always the last bytes), padding over longer text, then erases it', () => {
    const out = stream(true);
    let clock = 0;
    const progress = terminalProgress(out, () => clock);
    progress.step('file 1 of 2: nationwide-drugs-fy23-fy26-apr.csv');
    clock = 50;
    progress.bytes(1_000, 2_500_000); // within 100 ms of the last draw: skipped
    clock = 200;
    progress.bytes(1_250_000, 2_500_000);
    clock = 210;
    progress.bytes(2_500_000, 2_500_000); // the last bytes: always drawn
    progress.step('file 2 of 2: b.csv');
    progress.done();
    const long = 'data update: file 1 of 2: nationwide-drugs-fy23-fy26-apr.csv: 2.5 MB of 2.5 MB';
    expect(out.written).toEqual([
      '\rdata update: file 1 of 2: nationwide-drugs-fy23-fy26-apr.csv',
      '\rdata update: file 1 of 2: nationwide-drugs-fy23-fy26-apr.csv: 1.3 MB of 2.5 MB',
      `\r${long}`,
      `\r${'data update: file 2 of 2: b.csv'.padEnd(long.length)}`,
      `\r${' '.repeat('data update: file 2 of 2: b.csv'.length)}\r`,
    ]);
  });

  it('sizes bytes as browsers show downloads', () => {
    expect([byteSize(812), byteSize(45_300), byteSize(2_484_651)]).toEqual(['812 bytes', '45.3 kB', '2.5 MB']);
  });
});
