// Validates a user's claims file with the zod schemas (loaded only for this, never on the
// bundled path) and words the first problem so that it names the file, the claim and the field.
import type { z } from 'zod';
import { DataError } from '../errors.js';
import { didYouMean } from '../domain/suggest.js';
import { claimsFileSchema, type ClaimsFile } from './claim-schemas.js';
import { ENCOUNTER_REGIONS, SEIZURE_REGIONS } from './claim-vocabulary.js';

export function validateClaimsFile(raw: unknown, file: string): ClaimsFile {
  const parsed = claimsFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const more = issues.length > 1 ? `${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'} in ${file}; ` : '';
  throw new DataError(`${file}: ${describeIssue(issues[0]!, raw)}`, `${more}border-facts check --schema prints the claims-file format (docs/check.md explains it)`);
}

type Issue = z.core.$ZodIssue;

export function describeIssue(issue: Issue, raw: unknown): string {
  const path = issue.path as (string | number)[];
  const actual = valueAt(raw, path);
  let where: string;
  if (path[0] === 'claims' && typeof path[1] === 'number') {
    const id = valueAt(raw, ['claims', path[1], 'id']);
    const claim = typeof id === 'string' && id !== '' ? `claim '${id}'` : `claims[${path[1]}]`;
    const rest = fieldPath(path.slice(2));
    where = rest === '' ? claim : `${claim}: ${rest}`;
  } else {
    where = fieldPath(path) || '(the file)';
  }
  return `${where}: ${message(narrowRegions(issue, path, raw), actual)}`;
}

// One schema holds the regions of both datasets; name only those of the measure's dataset.
function narrowRegions(issue: Issue, path: readonly (string | number)[], raw: unknown): Issue {
  if (issue.code !== 'invalid_value' || path[path.length - 1] !== 'region') return issue;
  const dataset = valueAt(raw, [...path.slice(0, -2), 'dataset']);
  const regions: readonly string[] | undefined = dataset === 'encounters' ? ENCOUNTER_REGIONS : dataset === 'seizures' ? SEIZURE_REGIONS : undefined;
  return regions ? { ...issue, values: [...regions] } : issue;
}

function message(issue: Issue, actual: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      return `${shown(actual)} is not one of ${values.join(', ')}${typeof actual === 'string' ? didYouMean(actual, values) : ''}`;
    }
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? (issue.options as unknown[]).map(String) : undefined;
      if (options) return `${shown(actual)} is not one of ${options.join(', ')}${typeof actual === 'string' ? didYouMean(actual, options) : ''}`;
      return `${shown(actual)} is not valid here`;
    }
    case 'invalid_type':
      return actual === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(actual)} ${shown(actual)}`;
    case 'invalid_format':
      return `${shown(actual)} is not valid: ${issue.message}`;
    case 'too_small':
      return Array.isArray(actual) ? `needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'item' : 'items'}` : `${shown(actual)} is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `${shown(actual)} is too big (maximum ${String(issue.maximum)})`;
    default:
      return issue.message;
  }
}

function valueAt(raw: unknown, path: readonly (string | number | symbol)[]): unknown {
  let value = raw;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key as string | number];
  }
  return value;
}

function fieldPath(path: readonly (string | number | symbol)[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
