// Loads ES-module-only dependencies (Vega, Vega-Lite) from the bundle and from the sources alike,
// through bin/import-esm.cjs: the bundle runs as a classic script, where import() is unavailable.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

type ImportEsm = (specifier: string) => Promise<unknown>;

let importEsm: ImportEsm | undefined;

/** bin/ sits one level above dist/cli.cjs and three above src/render/charts/. */
function loader(): ImportEsm {
  if (importEsm) return importEsm;
  for (const relative of ['../bin/import-esm.cjs', '../../../bin/import-esm.cjs']) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return (importEsm = createRequire(import.meta.url)(path) as ImportEsm);
  }
  throw new Error('bin/import-esm.cjs is missing: reinstall border-facts');
}

export async function importModule<T>(specifier: string): Promise<T> {
  return (await loader()(specifier)) as T;
}
