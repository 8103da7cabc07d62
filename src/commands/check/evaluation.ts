// Evaluates loaded claims files against the dataset into the plain-data report every check
// format renders. Shared by `check` and by the renderer tests, so both see the same result.
import type { LoadedClaims } from '../../data/claims.js';
import type { Dataset } from '../../data/dataset.js';
import { checkClaims } from '../../domain/claims/check-report.js';
import { evaluateClaim } from '../../domain/claims/evaluate.js';
import type { CheckReport } from '../../domain/claims/report.js';
import type { ToleranceOverrides } from '../../domain/claims/tolerance.js';
import type { FailOn } from '../../domain/claims/verdicts.js';
import { measureContexts } from './measure-context.js';
import { sourcesOfUses } from '../shared/sources-of.js';

export interface EvaluationOptions {
  claimId?: string;
  failOn: FailOn;
  overrides: ToleranceOverrides;
}

export function evaluateClaimsFiles(dataset: Dataset, loaded: readonly LoadedClaims[], options: EvaluationOptions): CheckReport {
  const contextFor = measureContexts(dataset);
  return checkClaims(loaded, (claim, file, article) => evaluateClaim(claim, file.file, {
    ctx: contextFor(article.asOf),
    overrides: options.overrides,
    sourcesOf: (uses) => sourcesOfUses(dataset, uses),
  }), { ...(options.claimId === undefined ? {} : { claimId: options.claimId }), failOn: options.failOn });
}
