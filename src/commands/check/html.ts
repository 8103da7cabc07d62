// `check --format html`: the series around each judged figure (read from the dataset the claims
// were judged with, at each article's date), then the page. Loaded only for this format, with
// the chart code and Vega behind it.
import type { Dataset } from '../../data/dataset.js';
import { claimSeries, type ClaimSeries } from '../../domain/claims/claim-series.js';
import type { CheckReport, Judgement } from '../../domain/claims/report.js';
import { renderCheckHtml } from '../../render/check-html.js';
import { measureContexts } from './measure-context.js';

export async function checkHtml(dataset: Dataset, report: CheckReport, reviewDate: string): Promise<string> {
  const contextFor = measureContexts(dataset);
  const series = new Map<Judgement, ClaimSeries>();
  for (const claim of report.claims) {
    const ctx = contextFor(claim.article.asOf);
    const visit = (j: Judgement) => {
      const found = claimSeries(j, ctx);
      if (found) series.set(j, found);
      [...j.readings, ...j.parts].forEach(visit);
    };
    visit(claim);
  }
  return renderCheckHtml(report, { reviewDate, series });
}
