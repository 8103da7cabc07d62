// Which dataset a command reads: --data-dir, else BORDER_FACTS_DATA, else the user's imported
// dataset when one exists, else the dataset bundled with the package.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { MANIFEST_FILE } from './manifest.js';
import { setAsideDataset } from './set-aside.js';

export type DatasetOrigin = 'option' | 'environment' | 'imported' | 'bundled';

export interface DatasetLocation {
  dir: string;
  origin: DatasetOrigin;
  restoreHint: string;
}

/** $XDG_DATA_HOME/border-facts, else ~/.local/share/border-facts: where `data import` writes by default. */
export function userDataDir(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME !== '' ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(base, 'border-facts');
}

/** The `data/` directory of the installed package (dist/ and src/data/ both sit below the root). */
export function bundledDataDir(): string {
  for (const relative of ['../data', '../../data']) {
    const dir = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(join(dir, MANIFEST_FILE))) return dir;
  }
  return fileURLToPath(new URL('../data', import.meta.url));
}

/** How to get a working dataset back, for the hint under a data error (exit 3). */
function restoreHint(dir: string, origin: DatasetOrigin): string {
  const copy = `restore ${dir} from the bundled dataset (cp -R ${bundledDataDir()}/. ${dir}) or import the release again (border-facts data import <file> --into ${dir})`;
  switch (origin) {
    case 'option': return `${copy}, or leave out --data-dir to read the bundled dataset`;
    case 'environment': return `${copy}, or unset BORDER_FACTS_DATA to read the bundled dataset`;
    case 'imported': return `run 'border-facts data reset' to read the bundled dataset, then import your releases again (border-facts data import <file>)`;
    case 'bundled': return 'reinstall border-facts to restore its bundled dataset (npm install border-facts; in a git clone: git checkout -- data)';
  }
}

export function locateDataset(option: string | undefined, env: Readonly<Record<string, string | undefined>>): DatasetLocation {
  // The hint is worked out only when a data error needs it.
  const at = (dir: string, origin: DatasetOrigin): DatasetLocation => ({ dir, origin, get restoreHint() { return restoreHint(dir, origin); } });
  if (option !== undefined) {
    // An empty --data-dir would read ./manifest.json: a script whose variable came out empty.
    if (option.trim() === '') throw new UsageError('--data-dir needs a directory; it was given an empty one', 'leave out --data-dir to read the imported or bundled dataset');
    return at(option, 'option');
  }
  const fromEnv = env.BORDER_FACTS_DATA;
  if (fromEnv) return at(fromEnv, 'environment');
  const imported = userDataDir(env);
  // An import swapping the dataset in this instant (or killed between its renames) has set the
  // previous one aside: read that, never silently the bundled dataset.
  if (existsSync(join(imported, MANIFEST_FILE)) || (!existsSync(imported) && setAsideDataset(imported) !== undefined)) return at(imported, 'imported');
  return at(bundledDataDir(), 'bundled');
}
