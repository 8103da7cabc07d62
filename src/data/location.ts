// Which dataset a command reads: --data-dir, else BORDER_FACTS_DATA, else the user's imported
// dataset when one exists, else the dataset bundled with the package.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from './dataset.js';

export type DatasetOrigin = 'option' | 'environment' | 'imported' | 'bundled';

export interface DatasetLocation {
  dir: string;
  origin: DatasetOrigin;
  restoreHint: string;
}

/** $XDG_DATA_HOME/border-facts, else ~/.local/share/border-facts: where `data import` writes by default. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
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

export function locateDataset(option: string | undefined, env: NodeJS.ProcessEnv = process.env): DatasetLocation {
  if (option !== undefined) return { dir: option, origin: 'option', restoreHint: `check --data-dir ${option}` };
  const fromEnv = env.BORDER_FACTS_DATA;
  if (fromEnv) return { dir: fromEnv, origin: 'environment', restoreHint: `check BORDER_FACTS_DATA=${fromEnv}` };
  const imported = userDataDir(env);
  if (existsSync(join(imported, MANIFEST_FILE))) {
    return { dir: imported, origin: 'imported', restoreHint: "run 'border-facts data reset' to return to the bundled dataset" };
  }
  return { dir: bundledDataDir(), origin: 'bundled', restoreHint: 'reinstall border-facts (npm install) to restore its bundled data' };
}
