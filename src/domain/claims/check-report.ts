// Checks every claim of every file and sums up: the report renderers draw.
import type { ClaimsFile } from '../../data/claim-schemas.js';
import { VERDICTS, type Verdict } from '../../data/claim-vocabulary.js';
import type { ArticleView, CheckReport, ClaimResult, Judgement } from './report.js';
import { failsAt, type FailOn } from './verdicts.js';

export interface ClaimsToCheck {
  file: string;
  document: ClaimsFile;
}

export function articleView(document: ClaimsFile): ArticleView {
  const { article } = document;
  return { title: article.title, url: article.url ?? null, publisher: article.publisher ?? null, published: article.published, asOf: article.asOf ?? article.published };
}

export function checkClaims(
  files: readonly ClaimsToCheck[],
  judge: (claim: ClaimsFile['claims'][number], file: ClaimsToCheck, article: ArticleView) => Judgement,
  options: { claimId?: string; failOn: FailOn },
): CheckReport {
  const claims: ClaimResult[] = [];
  const checkedFiles: CheckReport['files'] = [];
  for (const file of files) {
    const article = articleView(file.document);
    const chosen = file.document.claims.filter((claim) => options.claimId === undefined || claim.id === options.claimId);
    if (chosen.length === 0) continue;
    checkedFiles.push({ file: file.file, article, claims: chosen.length });
    for (const claim of chosen) claims.push({ file: file.file, article, ...judge(claim, file, article) });
  }
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const claim of claims) counts[claim.verdict]++;
  return {
    files: checkedFiles,
    claims,
    failOn: options.failOn,
    failing: claims.filter((c) => failsAt(c.verdict, options.failOn)).map((c) => c.id),
    counts,
  };
}
