// Which stored table answers a question about encounters in detail. One rule for `encounters`
// and for the claims engine, so that both read the same figures.
export type DetailTable = 'byComponent' | 'byCitizenship' | 'byState';

export interface DetailNeeds {
  /** A Border Patrol or OFO figure (not all of CBP). */
  component: boolean;
  encounterType: boolean;
  demographic: boolean;
  state: boolean;
  title: boolean;
}

/**
 * A component split with detail, or an encounter type, exists only in the Southwest by-component
 * release; citizenship alone is answered from the by-citizenship table (a fifth of the by-state
 * rows); a demographic, a state or a title of authority needs the by-state rows.
 */
export function detailTableFor(needs: DetailNeeds): DetailTable {
  if (needs.component || needs.encounterType) return 'byComponent';
  return needs.demographic || needs.state || needs.title ? 'byState' : 'byCitizenship';
}
