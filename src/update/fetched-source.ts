// The provenance `data update` records for a release it downloaded: the catalogue's description
// when border-facts knows the file, CBP's own words for it otherwise, and always where and when
// it was fetched, so `border-facts sources` says where each number now comes from.
import type { Dataset } from '../data/dataset.js';
import type { FetchRecord, ManifestSource } from '../data/schemas.js';
import { SOURCE_CATALOG } from '../import/source-catalog.js';
import type { SourceRelease } from '../import/source-reader.js';

export function describeFetched(release: SourceRelease, fetched: FetchRecord, linkText: string, bundled: Dataset): ManifestSource {
  const catalogued = SOURCE_CATALOG[release.fileName];
  const bundledCopy = bundled.manifest.sources.find((source) => source.file === release.fileName);
  const sameAsBundled = bundledCopy?.sha256 === release.source.sha256;
  const differs = catalogued && bundledCopy && !sameAsBundled
    ? [`This copy differs from the one border-facts was built with (${catalogued.retrievedFrom}).`]
    : [];
  return {
    ...release.source,
    title: catalogued?.title ?? releaseTitle(linkText, release.source.title),
    url: fetched.url,
    release: catalogued && sameAsBundled ? catalogued.release : `data through ${release.lastMonth}`,
    retrievedFrom: `fetched by border-facts data update on ${fetched.date} from ${fetched.page}`,
    caveats: [...release.source.caveats, ...differs],
    fetched,
  };
}

/** CBP's link text names the release ("Nationwide Encounters FY23-FY26 (FYTD) December"); a bare "CSV" does not. */
function releaseTitle(linkText: string, fallback: string): string {
  const words = linkText.replace(/\s*\((?:csv|xlsx?)[^)]*\)\s*$/i, '').trim();
  return /[a-z]{3}/i.test(words) && !/^(?:csv|download)$/i.test(words) && words.length <= 200 ? words : fallback;
}
