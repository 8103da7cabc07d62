// `border-facts data update` through the built binary, against a stand-in for cbp.gov on 127.0.0.1
// (test/support/cbp-site.ts) that serves recorded page shapes and the official files, and
// misbehaves on demand. Nothing here reaches beyond the machine.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA } from '../support/cli.js';
import { runCliAsync, runOnTerminalAsync } from '../support/cli-async.js';
import { CbpSite, PAGE_PATHS } from '../support/cbp-site.js';
import { ConnectProxy } from '../support/connect-proxy.js';
import { buildDatasetWithout, DRUGS_APR_FILE, NOV_STATE_FILE, SBO_FILE, snapshot, sourceLines, sourcePath, tempDir } from '../support/datasets.js';
import { hasScript } from '../support/unix.js';

type Row = Record<string, unknown>;
interface Doc { rows: Row[]; notes: string[]; query: Row; sources: Row[]; command: string }

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const NOV_URL_PATH = `/sites/default/files/2025-12/${NOV_STATE_FILE}`;
const REVISED = 'sbo-encounters-fy22-fy25-aug-revised.csv';
const AMO_FILE = 'amo-drug-seizures-fy23-fy26-dec.csv';
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

const root = tempDir('cli-update');
const xdg = join(root, 'xdg');
let site: CbpSite;
let copies = 0;

const fileSha = (name: string) => createHash('sha256').update(readFileSync(sourcePath(name))).digest('hex');
const leftovers = (dir: string) => readdirSync(join(dir, '..')).filter((name) => name.startsWith(`.${dir.split('/').pop()}.`));

/** A fresh copy of the dataset built without the November 2025 encounters release. */
function beforeNov(): string {
  const dir = join(root, `before-nov-${copies++}`);
  cpSync(join(root, 'before-nov'), dir, { recursive: true });
  return dir;
}

const update = (args: string[], env: Record<string, string | undefined> = {}) =>
  runCliAsync(['data', 'update', ...args], { XDG_DATA_HOME: xdg, BORDER_FACTS_SOURCE_URL: site.base, ...env });

async function updateJson(args: string[], env: Record<string, string | undefined> = {}, status = 0): Promise<Doc> {
  const result = await update([...args, '--json'], env);
  if (result.status !== status) throw new Error(`data update ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout) as Doc;
}

async function southwest(dir: string, month: string): Promise<Row> {
  const run = await runCliAsync(['--data-dir', dir, 'encounters', '--month', month, '--json']);
  return (JSON.parse(run.stdout) as Doc).rows[0]!;
}

/** The official Southwest file with August 2025 OFO single adults from Mexico raised by 5 (2,619 → 2,624): the import tests' synthetic newer release. */
function revisedSouthwestRelease(): Buffer {
  const lines = sourceLines(SBO_FILE);
  expect(lines[1638]).toBe('2025 (FYTD),FYTD,AUG,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,2619');
  lines[1638] = lines[1638]!.replace(/2619$/, '2624');
  return Buffer.from(lines.join('\r\n'));
}

beforeAll(async () => {
  buildDatasetWithout(join(root, 'before-nov'), [NOV_STATE_FILE]);
  site = await CbpSite.start();
}, 120_000);
afterEach(() => site.reset());
afterAll(async () => {
  await site.close();
  rmSync(root, { recursive: true, force: true });
});

describe('data update against the recorded pages', () => {
  it('--check exits 1 when a newer release exists, and writes nothing', async () => {
    const dir = beforeNov();
    const before = snapshot(dir);
    const result = await update(['--check', '--into', dir, '--json']);
    expect(result.status).toBe(1);
    const doc = JSON.parse(result.stdout) as Doc;
    expect(doc.query).toMatchObject({ sourceUrl: site.base, into: dir, dryRun: true, check: true });
    expect(doc.notes).toContain("Newer releases exist: 'border-facts data update' brings them in (exit status 1).");
    expect(doc.rows.find((r) => r.change === 'added' && r.table === 'encounters-monthly.json' && r.month === '2025-11' && r.group === 'southwest'))
      .toMatchObject({ measure: 'total', after: 10960 });
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('--dry-run names the newer release, its sha256 and size, and what it would change, writing nothing', async () => {
    const dir = beforeNov();
    const before = snapshot(dir);
    const doc = await updateJson(['--dry-run', '--into', dir]);
    expect(doc.command).toBe('data update');
    const nov = doc.sources.find((s) => s.id === NOV_STATE_FILE)!;
    expect(nov).toMatchObject({
      url: site.url(NOV_URL_PATH),
      page: site.url(PAGE_PATHS.encounters),
      sha256: fileSha(NOV_STATE_FILE),
      bytes: statSync(sourcePath(NOV_STATE_FILE)).size,
      release: 'data through 2025-11',
      title: 'Nationwide Encounters FY23-FY26 (FYTD) November – State',
    });
    // The newest of each page: by the month in the name, not by the order of the links.
    expect(doc.sources.map((s) => s.id)).toEqual([NOV_STATE_FILE, SBO_FILE, DRUGS_APR_FILE, AMO_FILE]);
    expect(doc.notes).toContain(`Fetched ${site.url(NOV_URL_PATH)}, the newest release on the Nationwide Encounters page (${site.url(PAGE_PATHS.encounters)}): ${statSync(sourcePath(NOV_STATE_FILE)).size.toLocaleString('en-US')} bytes, sha256 ${fileSha(NOV_STATE_FILE)}, data through Nov 2025.`);
    expect(doc.notes).toContain(`Dry run: nothing was written to ${dir}.`);
    expect(doc.rows.filter((r) => r.change === 'added' && r.table === 'encounters-monthly.json' && r.group === 'nationwide').map((r) => [r.month, r.after]))
      .toEqual([['2025-10', 30551], ['2025-11', 30375]]);
    expect(snapshot(dir)).toEqual(before);
    // The pages, then the four files; each request named the tool and its version.
    expect(site.requests.map((r) => r.path)).toEqual([
      PAGE_PATHS.encounters, PAGE_PATHS.southwest, PAGE_PATHS.drugs, PAGE_PATHS.amo,
      NOV_URL_PATH, `/sites/default/files/2025-09/${SBO_FILE}`, `/sites/default/files/2026-05/${DRUGS_APR_FILE}`, `/sites/default/files/2026-01/${AMO_FILE}`,
    ]);
    expect(new Set(site.requests.map((r) => r.userAgent))).toEqual(new Set([`border-facts/${VERSION}`]));
  });

  it('brings the newer release in with a change report, records what it fetched, and is current afterwards', async () => {
    const dir = beforeNov();
    const doc = await updateJson(['--into', dir]);
    expect(doc.rows.filter((r) => r.change === 'release' && r.table === 'encounters-by-state.json').map((r) => [r.fiscalYear, r.previousRelease, r.release])).toEqual([
      [2023, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2024, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2025, 'nationwide-encounters-fy22-fy25-state.csv', NOV_STATE_FILE],
      [2026, null, NOV_STATE_FILE],
    ]);
    expect(doc.rows.filter((r) => r.change === 'added' && r.table === 'encounters-monthly.json' && r.group === 'southwest').map((r) => [r.month, r.after]))
      .toEqual([['2025-10', 11707], ['2025-11', 10960]]);
    expect(doc.rows.filter((r) => r.change === 'revised')).toEqual([]);
    expect(doc.notes).toContain(`Wrote the dataset in ${dir}.`);
    expect(doc.notes).toContain(`${SBO_FILE} (southwest-encounters-by-component, 1,936 rows, Oct 2021 – Aug 2025): the dataset already holds this file; nothing to import.`);
    expect(await southwest(dir, '2025-11')).toMatchObject({ total: 10960 });

    // The same encounter tables a build from every official file gives.
    for (const file of ['encounters-by-state.json', 'encounters-monthly.json']) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toBe(readFileSync(join(BUNDLED_DATA, file), 'utf8'));
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { sources: Row[] };
    const today = new Date().toISOString().slice(0, 10);
    expect(manifest.sources.find((s) => s.file === NOV_STATE_FILE)).toMatchObject({
      url: site.url(NOV_URL_PATH),
      sha256: fileSha(NOV_STATE_FILE),
      // The catalogue knows this file, and it is the very copy border-facts was built with.
      release: 'November 2025',
      title: 'Nationwide Encounters by state, FY2023–FY2026 (through November 2025)',
      retrievedFrom: `fetched by border-facts data update on ${today} from ${site.url(PAGE_PATHS.encounters)}`,
      fetched: { url: site.url(NOV_URL_PATH), page: site.url(PAGE_PATHS.encounters), bytes: statSync(sourcePath(NOV_STATE_FILE)).size, date: today },
    });
    const sources = JSON.parse((await runCliAsync(['--data-dir', dir, 'sources', '--json'])).stdout) as Doc;
    expect(sources.rows.find((r) => r.file === NOV_STATE_FILE)).toMatchObject({
      url: site.url(NOV_URL_PATH),
      usedFor: [{ table: 'encounters-by-state.json', fiscalYears: [2023, 2024, 2025, 2026] }],
      fetched: { url: site.url(NOV_URL_PATH), bytes: statSync(sourcePath(NOV_STATE_FILE)).size, date: today },
    });
    expect(sources.notes).toContain(`${NOV_STATE_FILE}: fetched by data update on ${today} from ${site.url(NOV_URL_PATH)} (linked from ${site.url(PAGE_PATHS.encounters)}; ${statSync(sourcePath(NOV_STATE_FILE)).size.toLocaleString('en-US')} bytes, sha256 ${fileSha(NOV_STATE_FILE)}).`);

    const check = await update(['--check', '--into', dir, '--json']);
    expect(check.status).toBe(0);
    expect((JSON.parse(check.stdout) as Doc).notes).toContain('The dataset is current: the newest release on each page is already in it (exit status 0).');
    const again = await updateJson(['--into', dir]);
    expect(again.rows).toEqual([]);
    expect(again.notes).toContain(`Nothing changed: ${dir} was not written.`);
    expect(leftovers(dir)).toEqual([]);
  });

  it('takes a revised release published under a new name, showing the revision as before → after', async () => {
    site.addFile(REVISED, revisedSouthwestRelease());
    site.setPage(PAGE_PATHS.southwest, site.page(PAGE_PATHS.southwest).replace(
      '<div class="file-list__item">',
      `<div class="file-list__item"><span class="file file--mime-text-csv file--text"><a href="/sites/default/files/2025-10/${REVISED}" type="text/csv">FY22 - FY25 (FYTD) Southwest Land Border Encounters &ndash; August (revised)</a></span></div>\n      <div class="file-list__item">`,
    ));
    const dir = join(root, 'revised');
    const doc = await updateJson(['--into', dir]);
    expect(doc.rows.filter((r) => r.change === 'revised')).toEqual([
      expect.objectContaining({ table: 'encounters-monthly.json', month: '2025-08', group: 'southwest', measure: 'ofo', before: 3419, after: 3424, difference: 5 }),
      expect.objectContaining({ table: 'encounters-southwest-by-component.json', month: '2025-08', group: 'ofo', measure: 'count', before: 3419, after: 3424, difference: 5, previousRelease: SBO_FILE, release: REVISED }),
    ]);
    expect(doc.notes).toContain(`${dir} was new or empty: it started as a copy of the bundled dataset.`);
    expect(await southwest(dir, '2025-08')).toMatchObject({ usbp: 6321, ofo: 3424, total: 9731 });
    const table = await update(['--into', join(root, 'revised-table'), '--format', 'table']);
    expect(table.stdout).toMatch(/revised\s+2025-08\s+encounters-monthly\s+southwest ofo\s+3,419\s+3,424\s+5/);
  });

  it('tries again after a 503, as Retry-After says, and then succeeds', async () => {
    site.misbehave(NOV_STATE_FILE, { status: 503, times: 1, retryAfter: '0' });
    const dir = beforeNov();
    const doc = await updateJson(['--into', dir]);
    expect(site.requestsFor(NOV_STATE_FILE)).toHaveLength(2);
    expect(doc.notes).toContain(`Wrote the dataset in ${dir}.`);
    expect(await southwest(dir, '2025-10')).toMatchObject({ total: 11707 });
  });

  it('follows a page that moved, resolving its relative links from where it now is', async () => {
    site.misbehave(PAGE_PATHS.encounters, { redirect: '/stats-moved' });
    site.setPage('/stats-moved', site.page(PAGE_PATHS.encounters).replace(/href="\/sites\//g, 'href="sites/'));
    const result = await update(['--check', '--into', beforeNov(), '--json']);
    expect(result.status, result.stderr).toBe(1);
    expect((JSON.parse(result.stdout) as Doc).sources[0]).toMatchObject({ id: NOV_STATE_FILE, url: site.url(NOV_URL_PATH) });
    expect(site.requests.slice(0, 2).map((r) => r.path)).toEqual([PAGE_PATHS.encounters, '/stats-moved']);
  });

  it('reads the pages from BORDER_FACTS_SOURCE_URL, and --source-url wins over it', async () => {
    const dir = beforeNov();
    const result = await update(['--check', '--into', dir, '--source-url', site.base], { BORDER_FACTS_SOURCE_URL: 'http://127.0.0.1:9' });
    expect(result.status).toBe(1);
    expect(site.requests).toHaveLength(8);
    const fromEnv = await update(['--check', '--into', dir], { BORDER_FACTS_SOURCE_URL: 'http://127.0.0.1:9/' });
    expect(fromEnv.status).toBe(3);
    expect(fromEnv.stderr).toContain('border-facts: http://127.0.0.1:9/document/stats/nationwide-encounters: connection refused (ECONNREFUSED); nothing was changed\n');
  });
});

describe('every failure leaves the dataset byte-identical, with one line saying why and a hint', () => {
  const encountersPage = () => site.url(PAGE_PATHS.encounters);
  const browserHint = (files = 'nationwide-encounters-*-state.csv') => `hint: download the newest ${files} from ${encountersPage()} in a browser, then run 'border-facts data import <file>'\n`;
  const otherKind = () => readFileSync(sourcePath(AMO_FILE));

  const cases: [string, () => void, string[], () => string][] = [
    ['a 403 from a bot wall on the page (not tried again)', () => site.misbehave(PAGE_PATHS.encounters, { status: 403 }), [],
      () => `border-facts: ${encountersPage()}: HTTP 403 Forbidden (the site refused the request: a bot wall?); nothing was changed\n${browserHint()}`],
    ['a 403 on the file', () => site.misbehave(NOV_STATE_FILE, { status: 403 }), [],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): HTTP 403 Forbidden (the site refused the request: a bot wall?); nothing was changed\n${browserHint()}`],
    ['a body that stops arriving (timeout)', () => site.misbehave(NOV_STATE_FILE, { stall: true }), ['--timeout', '0.5', '--retries', '0'],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): timed out at ${(statSync(sourcePath(NOV_STATE_FILE)).size >> 1).toLocaleString('en-US')} bytes: nothing more arrived for 0.5 s; nothing was changed\n${browserHint()}`],
    ['a body cut short (Content-Length not reached), tried again and cut short again', () => site.misbehave(NOV_STATE_FILE, { truncate: true }), ['--retries', '1'],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): the download was cut short at ${(statSync(sourcePath(NOV_STATE_FILE)).size >> 1).toLocaleString('en-US')} of ${statSync(sourcePath(NOV_STATE_FILE)).size.toLocaleString('en-US')} bytes`],
    ['a web page where the CSV should be (wrong content type)', () => site.misbehave(NOV_STATE_FILE, { contentType: 'text/html; charset=utf-8', body: '<html><body>Please enable JavaScript</body></html>' }), [],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): served a web page (text/html) where the CSV file should be (a bot check or an error page?); nothing was changed\n${browserHint()}`],
    ['a page with no CSV link of its kind', () => site.setPage(PAGE_PATHS.encounters, site.page(PAGE_PATHS.encounters).replace(/-state\.csv/g, '-state.xlsx')), [],
      () => `border-facts: ${encountersPage()}: the Nationwide Encounters page links no nationwide-encounters-*-state.csv file (has the page changed shape?); nothing was changed\n${browserHint()}`],
    ['a CSV of another kind under the expected name', () => site.misbehave(NOV_STATE_FILE, { bytes: otherKind() }), [],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): its header is that of amo-drug-seizures files, not encounters-by-state (has the page changed shape?); nothing was changed\n${browserHint()}`],
    ['a CSV whose header no kind has', () => site.misbehave(NOV_STATE_FILE, { bytes: Buffer.from('Date,Value\r\n2025-11,3\r\n') }), [],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): its header (Date, Value) is not that of encounters-by-state files (has the page changed shape?); nothing was changed\n${browserHint()}`],
    ['a file over the size limit', () => {}, ['--max-size', '1MB'],
      () => `border-facts: ${site.url(NOV_URL_PATH)} (linked from ${encountersPage()}): is ${statSync(sourcePath(NOV_STATE_FILE)).size.toLocaleString('en-US')} bytes, over the limit of 1,000,000 (--max-size); nothing was changed\n${browserHint()}`],
    ['a server error that lasts (asked 3 times)', () => site.misbehave(PAGE_PATHS.encounters, { status: 500, retryAfter: '0' }), ['--retries', '2'],
      () => `border-facts: ${encountersPage()}: HTTP 500 Internal Server Error, after 3 tries; nothing was changed\n${browserHint()}`],
  ];

  it.each(cases)('%s', async (_name, misbehave, args, expected) => {
    const dir = beforeNov();
    const before = snapshot(dir);
    misbehave();
    const result = await update(['--into', dir, ...args]);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(expected()), result.stderr).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(2);
    expect(result.status).toBe(3);
    expect(snapshot(dir)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('asks once after a 403 and twice after a cut-short body with --retries 1', async () => {
    site.misbehave(PAGE_PATHS.encounters, { status: 403 });
    expect((await update(['--into', beforeNov()])).status).toBe(3);
    expect(site.requestsFor(PAGE_PATHS.encounters)).toHaveLength(1);
    site.reset();
    site.misbehave(NOV_STATE_FILE, { truncate: true });
    expect((await update(['--into', beforeNov(), '--retries', '1'])).stderr).toContain(', after 2 tries; nothing was changed');
    expect(site.requestsFor(NOV_STATE_FILE)).toHaveLength(2);
  });

  it('a file that fails validation row by row is reported by line, and nothing changes', async () => {
    const lines = sourceLines(NOV_STATE_FILE);
    lines[5] = lines[5]!.replace(/,(\d+)$/, ',12x');
    site.misbehave(NOV_STATE_FILE, { bytes: Buffer.from(lines.join('\r\n')) });
    const dir = beforeNov();
    const before = snapshot(dir);
    const result = await update(['--into', dir]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`^border-facts: ${site.url(NOV_URL_PATH).replace(/[.?]/g, '\\$&')}: 1 bad row\n {2}line 6, column 'Encounter Count': "12x" is not a whole count\n`));
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('proxies', () => {
  let proxy: ConnectProxy;
  beforeAll(async () => {
    proxy = await ConnectProxy.start();
  });
  afterAll(async () => {
    await proxy.close();
  });

  it('goes through HTTP_PROXY (or http_proxy), and around it for hosts in NO_PROXY', async () => {
    const port = new URL(site.base).port;
    for (const variable of ['HTTP_PROXY', 'http_proxy']) {
      proxy.tunnels.length = 0;
      const result = await update(['--check', '--into', beforeNov()], { [variable]: proxy.url });
      expect(result.status, result.stderr).toBe(1);
      expect(proxy.tunnels.length).toBeGreaterThan(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([`127.0.0.1:${port}`]));
    }
    proxy.tunnels.length = 0;
    const around = await update(['--check', '--into', beforeNov()], { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' });
    expect(around.status, around.stderr).toBe(1);
    expect(proxy.tunnels).toEqual([]);
  });

  it.skipIf(!hasOpenssl)('goes through HTTPS_PROXY to an https site (a CONNECT tunnel, then TLS to the site), not through HTTP_PROXY', async () => {
    // A certificate for 127.0.0.1 made for this test, which the child trusts through NODE_EXTRA_CA_CERTS.
    const tls = join(root, 'tls');
    mkdirSync(tls);
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(tls, 'key.pem'), '-out', join(tls, 'cert.pem'),
      '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
    expect(made.status, made.stderr).toBe(0);
    const secure = await CbpSite.start(0, { key: readFileSync(join(tls, 'key.pem')), cert: readFileSync(join(tls, 'cert.pem')) });
    try {
      const trusted = { BORDER_FACTS_SOURCE_URL: secure.base, NODE_EXTRA_CA_CERTS: join(tls, 'cert.pem') };
      proxy.tunnels.length = 0;
      const through = await update(['--check', '--into', beforeNov()], { ...trusted, HTTPS_PROXY: proxy.url });
      expect(through.status, through.stderr).toBe(1);
      expect(new Set(proxy.tunnels)).toEqual(new Set([`127.0.0.1:${new URL(secure.base).port}`]));
      expect(secure.requests).toHaveLength(8);

      proxy.tunnels.length = 0;
      const direct = await update(['--check', '--into', beforeNov()], { ...trusted, HTTP_PROXY: proxy.url });
      expect(direct.status, direct.stderr).toBe(1);
      expect(proxy.tunnels).toEqual([]);

      // A certificate it has no reason to trust is refused at once, not tried again.
      const dir = beforeNov();
      const before = snapshot(dir);
      secure.requests.length = 0;
      const untrusted = await update(['--into', dir], { BORDER_FACTS_SOURCE_URL: secure.base });
      expect(untrusted.status).toBe(3);
      expect(untrusted.stderr).toContain(`border-facts: ${secure.base}/document/stats/nationwide-encounters: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT); nothing was changed\n`);
      expect(secure.requests).toEqual([]);
      expect(snapshot(dir)).toEqual(before);
    } finally {
      await secure.close();
    }
  });

  it('a proxy that cannot be reached is a one-line error, and nothing changes', async () => {
    const dir = beforeNov();
    const before = snapshot(dir);
    const result = await update(['--into', dir], { HTTP_PROXY: 'http://127.0.0.1:9' });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`border-facts: ${site.url(PAGE_PATHS.encounters)}: connection refused (ECONNREFUSED); nothing was changed\n`);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('progress and usage', () => {
  it('is silent on stderr in a pipe', async () => {
    const result = await update(['--check', '--into', beforeNov()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
  });

  it.skipIf(!hasScript)('shows files and bytes on a terminal, then clears the line', async () => {
    const run = await runOnTerminalAsync(['data', 'update', '--check', '--into', beforeNov(), '--format', 'tsv'], { XDG_DATA_HOME: xdg, BORDER_FACTS_SOURCE_URL: site.base });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('\rdata update: page 1 of 4: Nationwide Encounters');
    expect(run.stdout).toContain(`\rdata update: file 1 of 4: ${NOV_STATE_FILE}: `);
    expect(run.stdout).toMatch(/data update: file 4 of 4: amo-drug-seizures-fy23-fy26-dec\.csv: [\d.]+ kB of [\d.]+ kB/);
    // The report starts on a clean line: the progress line was overwritten with spaces and a carriage return.
    expect(run.stdout).toMatch(/\r +\rchange\tperiod\t/);
  });

  it.each([
    [['--timeout', 'soon'], "border-facts: --timeout: 'soon' is not a number of seconds between 0 and 3600\n"],
    [['--retries', '99'], "border-facts: --retries: '99' is not a whole number from 0 to 10\n"],
    [['--max-size', 'huge'], "border-facts: --max-size: 'huge' is not a size\nhint: for example 50MB, 800kB or 1048576 (bytes)\n"],
    [['--source-url', 'ftp://mirror.example'], "border-facts: --source-url: 'ftp://mirror.example' is not an http or https address\nhint: for example https://www.cbp.gov\n"],
    [['--into', BUNDLED_DATA], `border-facts: --into ${BUNDLED_DATA}: that is (or holds) the dataset installed with border-facts, which is never written\n`],
    [['--format', 'junit'], "border-facts: 'junit' is not a format of update\nhint: formats: table, tsv, csv, json, ndjson\n"],
  ])('refuses %j before fetching anything (exit 2)', async (args, message) => {
    const result = await update(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(message), result.stderr).toBe(true);
    expect(site.requests).toEqual([]);
  });

  it('points --data-dir users to --into', async () => {
    const result = await runCliAsync(['--data-dir', root, 'data', 'update'], { BORDER_FACTS_SOURCE_URL: site.base });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('data update writes to --into <dir>');
    expect(existsSync(join(xdg, 'border-facts'))).toBe(false);
  });
});
