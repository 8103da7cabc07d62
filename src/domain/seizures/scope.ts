// The scope note every seizures result carries: which components and which region the figures
// cover, so that nobody compares a figure with AMO to CBP's nationwide series without it.
import { SEIZURE_COMPONENTS, type SeizureComponent } from '../../data/vocabulary.js';
import { COMPONENT_NAMES, COMPONENT_SHORT_NAMES, SEIZURE_REGION_LABELS } from './labels.js';
import type { SeizureRegionChoice } from './query.js';

/** "OFO + Border Patrol", in a fixed order whatever order the user typed. */
export function componentsText(components: readonly SeizureComponent[]): string {
  return SEIZURE_COMPONENTS.filter((c) => components.includes(c)).map((c) => COMPONENT_SHORT_NAMES[c]).join(' + ');
}

export function isNationwideSeries(components: readonly SeizureComponent[]): boolean {
  return components.length === 2 && components.includes('ofo') && components.includes('usbp');
}

export function scopeNote(components: readonly SeizureComponent[], region: SeizureRegionChoice): string {
  const included = SEIZURE_COMPONENTS.filter((c) => components.includes(c));
  const excluded = SEIZURE_COMPONENTS.filter((c) => !components.includes(c));
  const where = region === 'nationwide' ? 'nationwide (all regions)' : `${SEIZURE_REGION_LABELS[region]} region only`;
  const names = included.map((c) => COMPONENT_NAMES[c]).join(' + ');
  if (isNationwideSeries(components)) {
    return `Scope: ${names} (CBP's nationwide drug-seizure series); ${where}. Air and Marine Operations seizures are excluded; --component all adds them.`;
  }
  const parts = [`Scope: ${names}${included.length === 1 ? ' only' : ''}; ${where}.`];
  if (included.includes('amo')) {
    parts.push(excluded.length === 0
      ? "Includes Air and Marine Operations, which CBP's nationwide drug-seizure series (OFO + Border Patrol) leaves out: these figures are not comparable with that series."
      : "Air and Marine Operations is not part of CBP's nationwide drug-seizure series (OFO + Border Patrol).");
  }
  if (excluded.length > 0) parts.push(`Excluded: ${excluded.map((c) => COMPONENT_NAMES[c]).join(', ')}.`);
  return parts.join(' ');
}
