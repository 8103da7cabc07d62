// `data update`: read each CBP dataset page, pick the newest CSV of its kind, download it, check
// its kind from its header and validate every row, then merge everything through the same path
// as `data import` (beside the old dataset, renamed into place under the lock). Any failure
// before the swap leaves the dataset as it was: pages are read first, all files are downloaded
// and validated before anything is locked, and nothing is written on a dry run.
import { DataError } from '../errors.js';
import { checkImportTarget, importIntoDataset, type ImportResult, type ImportTarget } from '../import/dataset-import.js';
import { sameHeader } from '../import/file-kinds.js';
import { parseCsv } from '../import/csv.js';
import { KNOWN_FILE_KINDS } from '../import/known-kinds.js';
import { readSourceBytes, sha256, type SourceRelease } from '../import/source-reader.js';
import { DATASET_PAGES, pageUrl, type DatasetPage } from './cbp-pages.js';
import { describeFetched } from './fetched-source.js';
import { DownloadFailure, HttpClient, type HttpSettings } from './http-client.js';
import { NO_PROGRESS, type UpdateProgress } from './progress.js';
import { newestRelease, releaseLinks, type ReleaseLink } from './release-links.js';

export interface UpdateRequest extends ImportTarget {
  /** CBP's site, or a mirror laid out like it. */
  sourceUrl: string;
  http: HttpSettings;
  progress?: UpdateProgress;
}

/** One release as fetched: where it was found, what it is, and the bytes' fingerprint. */
export interface FetchedRelease {
  kind: string;
  pageTitle: string;
  page: string;
  url: string;
  file: string;
  linkText: string;
  bytes: number;
  sha256: string;
  /** The last month in the file's data. */
  lastMonth: string;
}

export interface UpdateResult {
  fetched: FetchedRelease[];
  imported: ImportResult;
}

export async function updateDataset(request: UpdateRequest): Promise<UpdateResult> {
  // A target no import may write is refused before any download.
  checkImportTarget(request.into, request.bundledDir);
  const progress = request.progress ?? NO_PROGRESS;
  const client = new HttpClient(request.http);
  const downloads: { fetched: FetchedRelease; release: SourceRelease }[] = [];
  try {
    // Every page first: a bot wall or a page that changed shape shows before any large download.
    const chosen: { page: DatasetPage; address: string; link: ReleaseLink }[] = [];
    for (const [i, page] of DATASET_PAGES.entries()) {
      progress.step(`page ${i + 1} of ${DATASET_PAGES.length}: ${page.title}`);
      const address = pageUrl(request.sourceUrl, page);
      chosen.push({ page, address, link: await newestOnPage(client, page, address) });
    }
    for (const [i, { page, address, link }] of chosen.entries()) {
      progress.step(`file ${i + 1} of ${chosen.length}: ${link.fileName}`);
      const download = await client.get(link.url, {
        refuseContentType: csvRefusal,
        onProgress: ({ received, total }) => progress.bytes(received, total),
      }).catch((error: unknown) => rethrow(error, address, page));
      const release = readRelease(download.bytes, page, address, link);
      downloads.push({
        release,
        fetched: {
          kind: page.kind, pageTitle: page.title, page: address, url: download.url, file: link.fileName, linkText: link.text,
          bytes: download.bytes.length, sha256: sha256(download.bytes), lastMonth: release.lastMonth,
        },
      });
    }
  } finally {
    progress.done();
    await client.close();
  }
  const today = request.today;
  const imported = importIntoDataset(request, (bundled) => downloads.map(({ release, fetched }) => ({
    ...release,
    source: describeFetched(release, { url: fetched.url, page: fetched.page, bytes: fetched.bytes, date: today }, fetched.linkText, bundled),
  })));
  return { fetched: downloads.map((download) => download.fetched), imported };
}

async function newestOnPage(client: HttpClient, page: DatasetPage, address: string): Promise<ReleaseLink> {
  const html = await client.get(address, { refuseContentType: pageRefusal }).catch((error: unknown) => rethrow(error, address, page));
  // Links resolve against where the page was found after redirects, as a browser resolves them.
  const newest = newestRelease(releaseLinks(html.bytes.toString('utf8'), html.url, page));
  if (!newest) {
    throw new DataError(`${address}: the ${page.title} page links no ${page.files} file (has the page changed shape?); nothing was changed`, browserHint(address, page));
  }
  return newest;
}

/** The file must be of the page's kind, told by its header, and every row valid. */
function readRelease(bytes: Buffer, page: DatasetPage, address: string, link: ReleaseLink): SourceRelease {
  const where = `${link.url} (linked from ${address})`;
  const firstLine = bytes.subarray(0, Math.min(bytes.length, 4096)).toString('utf8').split(/\r?\n/)[0] ?? '';
  const header = parseCsv(firstLine, link.fileName).header;
  const kind = KNOWN_FILE_KINDS.find((candidate) => sameHeader(header, candidate.header));
  if (!kind) {
    const shown = header.length > 6 ? [...header.slice(0, 6), '…'] : header;
    throw new DataError(`${where}: its header (${shown.join(', ')}) is not that of ${page.kind} files (has the page changed shape?); nothing was changed`, browserHint(address, page));
  }
  if (kind.kind !== page.kind) {
    throw new DataError(`${where}: its header is that of ${kind.kind} files, not ${page.kind} (has the page changed shape?); nothing was changed`, browserHint(address, page));
  }
  try {
    return readSourceBytes(bytes, link.fileName, link.url);
  } catch (error) {
    if (error instanceof DataError) throw new DataError(error.message, error.hint ?? browserHint(address, page));
    throw error;
  }
}

function rethrow(error: unknown, address: string, page: DatasetPage): never {
  if (error instanceof DownloadFailure) {
    const linked = error.url === address ? '' : ` (linked from ${address})`;
    throw new DataError(`${error.url}${linked}: ${error.reason}${botWall(error)}; nothing was changed`, browserHint(address, page));
  }
  throw error;
}

/** A 403 from cbp.gov is nearly always its bot wall, which lets browsers through. */
function botWall(failure: DownloadFailure): string {
  return failure.status === 403 ? ' (the site refused the request: a bot wall?)' : '';
}

function browserHint(address: string, page: DatasetPage): string {
  return `download the newest ${page.files} from ${address} in a browser, then run 'border-facts data import <file>'`;
}

const PAGE_TYPES = ['text/html', 'application/xhtml+xml'];
const CSV_TYPES = [
  'text/csv', 'application/csv', 'text/comma-separated-values', 'text/x-csv', 'application/x-csv', 'text/plain',
  'application/octet-stream', 'binary/octet-stream', 'application/vnd.ms-excel',
];

function mediaType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

function pageRefusal(contentType: string): string | undefined {
  const type = mediaType(contentType);
  return type === '' || PAGE_TYPES.includes(type) ? undefined : `served as ${type}, not as a web page (has the page moved?)`;
}

function csvRefusal(contentType: string): string | undefined {
  const type = mediaType(contentType);
  if (type === '' || CSV_TYPES.includes(type)) return undefined;
  return PAGE_TYPES.includes(type)
    ? `served a web page (${type}) where the CSV file should be (a bot check or an error page?)`
    : `served as ${type}, not as a CSV file`;
}
