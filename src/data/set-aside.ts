// The names a dataset write uses beside its directory: a staging directory the new dataset is
// written into, and, for the instant between the two renames of the swap, the previous dataset
// set aside. A reader that finds the directory gone reads the set-aside dataset instead.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function stagingName(dir: string, pid = process.pid): string {
  return `.${basename(dir)}.staging-${pid}`;
}

export function previousName(dir: string, pid = process.pid): string {
  return `.${basename(dir)}.previous-${pid}`;
}

/** `.name.staging-123` → { role: 'staging', pid: 123 } for the siblings of `dir`; undefined for other names. */
export function siblingRole(dir: string, name: string): { role: 'staging' | 'previous'; pid: number } | undefined {
  const prefix = `.${basename(dir)}.`;
  if (!name.startsWith(prefix)) return undefined;
  const match = /^(staging|previous)-(\d+)$/.exec(name.slice(prefix.length));
  return match ? { role: match[1] as 'staging' | 'previous', pid: Number(match[2]) } : undefined;
}

/** The complete previous dataset an interrupted swap set aside beside `dir`, if there is one. */
export function setAsideDataset(dir: string): string | undefined {
  const parent = dirname(dir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return undefined;
  }
  for (const name of names) {
    if (siblingRole(dir, name)?.role === 'previous' && existsSync(join(parent, name, 'manifest.json'))) return join(parent, name);
  }
  return undefined;
}
