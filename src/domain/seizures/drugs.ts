// Drug names as people type them (meth, coke, weed, MDMA …) resolved to CBP's drug types.
import { DRUGS, type Drug } from '../../data/vocabulary.js';
import { UsageError } from '../../errors.js';
import { didYouMean } from '../suggest.js';

const ALIASES: Record<string, Drug | 'all'> = {
  all: 'all',
  'all drugs': 'all',
  meth: 'methamphetamine',
  methamphetamines: 'methamphetamine',
  ice: 'methamphetamine',
  'crystal meth': 'methamphetamine',
  coke: 'cocaine',
  weed: 'marijuana',
  cannabis: 'marijuana',
  marihuana: 'marijuana',
  mdma: 'ecstasy',
  molly: 'ecstasy',
  'khat (catha edulis)': 'khat',
  'catha edulis': 'khat',
  qat: 'khat',
  acid: 'lsd',
  other: 'other-drugs',
  'other drugs': 'other-drugs',
  others: 'other-drugs',
};

/** Lowercase, footnote asterisks dropped, spaces/underscores/hyphens alike: "Other_Drugs**" → "other drugs". */
function normalise(text: string): string {
  return text.replace(/\*+/g, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const BY_NAME = new Map<string, Drug | 'all'>([
  ...DRUGS.map((drug) => [normalise(drug), drug] as const),
  ...Object.entries(ALIASES).map(([alias, drug]) => [normalise(alias), drug] as const),
]);

/**
 * `--drug` values: a comma-separated list of drug names or aliases, matched case-insensitively,
 * to CBP drug ids in the order given (duplicates dropped; `all` means every drug).
 */
export function resolveDrugs(raw: string): string[] {
  const items = raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0) throw new UsageError('--drug: no drug named', `drugs: ${DRUGS.join(', ')}`);
  const found = new Set<Drug>();
  for (const item of items) {
    const drug = BY_NAME.get(normalise(item));
    if (drug === undefined) {
      throw new UsageError(
        `--drug: '${item}' is not a drug in CBP's seizure data${didYouMean(normalise(item), [...DRUGS, ...Object.keys(ALIASES)])}`,
        `drugs: ${DRUGS.join(', ')} (also meth, ice, coke, weed, cannabis, mdma, all)`,
      );
    }
    if (drug === 'all') DRUGS.forEach((d) => found.add(d));
    else found.add(drug);
  }
  return [...found];
}
