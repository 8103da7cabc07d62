// The draft claims file `scan --draft-claims` writes: one claim per number the scan recomputed,
// so a fact-checker starts from the figures found instead of from nothing.
// PROVISIONAL FORMAT: this is the one place to align with the check command's claims schema
// (src/data/claim-schemas.ts) when it lands; nothing else depends on the shape below.
import type { QualifierKind } from './qualifiers.js';
import type { ScannedNumber } from './scan.js';

export const DRAFT_FORMAT = 'border-facts/draft-claims';

export interface DraftClaim {
  id: string;
  quote: string;
  claimed: { written: string; value: number; unit: 'count' | 'percent'; qualifier: QualifierKind; qualifierWords: string | null };
  measure: {
    dataset: string;
    statistic: string;
    region: string;
    component: string;
    citizenship: string | null;
    drug: string | null;
    unit: string;
    from: string;
    to: string;
    comparedWith: { from: string; to: string } | null;
  };
  /** What the data gave when the draft was written, and what it is. */
  found: { value: number; description: string; vintage: string };
}

export interface DraftClaimsFile {
  format: typeof DRAFT_FORMAT;
  schemaVersion: 1;
  draft: true;
  article: string;
  claims: DraftClaim[];
}

export function draftClaims(numbers: readonly ScannedNumber[], article: string): DraftClaimsFile {
  const claims = numbers
    .filter((n) => n.recomputed === true && n.fittingFigure !== null)
    .map((n, i): DraftClaim => {
      const hit = n.fittingFigure!;
      return {
        id: `claim-${i + 1}`,
        quote: n.found.sentence,
        claimed: {
          written: n.found.text,
          value: n.found.value,
          unit: n.found.kind === 'percent' ? 'percent' : 'count',
          qualifier: n.found.qualifierKind,
          qualifierWords: n.found.qualifier,
        },
        measure: {
          dataset: hit.dataset,
          statistic: hit.statistic === 'figure' ? 'sum' : hit.statistic,
          region: hit.region,
          component: hit.component,
          citizenship: hit.citizenship,
          drug: hit.drug,
          unit: hit.unit,
          from: hit.from,
          to: hit.to,
          comparedWith: hit.comparedWith,
        },
        found: { value: hit.value, description: hit.description, vintage: hit.vintage },
      };
    });
  return { format: DRAFT_FORMAT, schemaVersion: 1, draft: true, article, claims };
}
