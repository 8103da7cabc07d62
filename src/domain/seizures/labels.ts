// How drugs, components and regions are named in tables, titles and scope notes.
import type { Drug, SeizureComponent, SeizureRegion } from '../../data/vocabulary.js';

export const DRUG_LABELS: Record<Drug, string> = {
  cocaine: 'cocaine',
  ecstasy: 'ecstasy',
  fentanyl: 'fentanyl',
  heroin: 'heroin',
  ketamine: 'ketamine',
  khat: 'khat',
  lsd: 'LSD',
  marijuana: 'marijuana',
  methamphetamine: 'methamphetamine',
  'other-drugs': 'other drugs',
};

export const COMPONENT_NAMES: Record<SeizureComponent, string> = {
  ofo: 'Office of Field Operations',
  usbp: 'U.S. Border Patrol',
  amo: 'Air and Marine Operations',
};

export const COMPONENT_SHORT_NAMES: Record<SeizureComponent, string> = {
  ofo: 'OFO',
  usbp: 'Border Patrol',
  amo: 'Air and Marine Operations',
};

export const SEIZURE_REGION_LABELS: Record<SeizureRegion | 'nationwide', string> = {
  southwest: 'Southwest border',
  northern: 'Northern border',
  'coastal-interior': 'Coastal/Interior',
  nationwide: 'nationwide',
};
