// check reports built through the code the command runs (evaluateClaimsFiles), for the renderer
// tests: the bundled article's claims, and claims files written by a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateClaimsFiles } from '../../src/commands/check/evaluation.js';
import { bundledClaims, userClaims } from '../../src/data/claims.js';
import { openDataset } from '../../src/data/dataset.js';
import type { CheckReport } from '../../src/domain/claims/report.js';
import { NO_OVERRIDES } from '../../src/domain/claims/tolerance.js';
import type { FailOn } from '../../src/domain/claims/verdicts.js';
import { BUNDLED_DATA } from './cli.js';

const dataset = openDataset(BUNDLED_DATA, '');

export function bundledReport(failOn: FailOn = 'inaccurate'): CheckReport {
  return evaluateClaimsFiles(dataset, [bundledClaims(dataset)], { failOn, overrides: NO_OVERRIDES });
}

/** Writes each claims document to a temporary file and checks them together, in order. */
export async function reportOf(documents: unknown[], failOn: FailOn = 'inaccurate'): Promise<CheckReport> {
  const dir = mkdtempSync(join(tmpdir(), 'border-facts-formats-'));
  try {
    const paths = documents.map((document, i) => {
      const path = join(dir, `claims-${i + 1}.json`);
      writeFileSync(path, JSON.stringify(document));
      return path;
    });
    return evaluateClaimsFiles(dataset, await Promise.all(paths.map(userClaims)), { failOn, overrides: NO_OVERRIDES });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** November 2023 on the Southwest border, as a claims-file measure. */
export const NOV_SW = { kind: 'value', dataset: 'encounters', filters: { region: 'southwest' }, period: { month: '2023-11' } } as const;
/** OFO encounters before FY2020 do not exist in the data: a claim about them is unverifiable. */
export const OFO_2015 = { ...NOV_SW, filters: { region: 'southwest', component: 'ofo' }, period: { month: '2015-11' } } as const;
