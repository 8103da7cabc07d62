import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// These tests read the official files and the article in ../shared (beside the project, as in CI).
// Without it they are left out, with a message, rather than failing on a missing file.
const NEEDS_SHARED = [
  'test/cli/check-article.test.ts',
  'test/cli/data-import.test.ts',
  'test/cli/data-import-hostile.test.ts',
  'test/cli/import-kill.test.ts',
  'test/cli/data-update.test.ts',
  'test/cli/trace.test.ts',
  'test/data/article-claims.test.ts',
  'test/domain/article-numbers.test.ts',
  'test/domain/article-scan.test.ts',
  'test/import/data-build.test.ts',
  'test/import/import-plan.test.ts',
  'test/import/seizure-files.test.ts',
  'test/import/shrink-guard.test.ts',
  'test/import/source-reader.test.ts',
];
const haveShared = existsSync(new URL('../shared/sources', import.meta.url));
if (!haveShared) console.warn(`../shared is absent: leaving out the ${NEEDS_SHARED.length} test files that read the official files or the article`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: haveShared ? [] : NEEDS_SHARED,
    environment: 'node',
    // Generous: a loaded 2-core machine runs binary tests several times slower; no test decides on time.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // CLI tests spawn the built binary; two cores, so keep the pool small.
    maxWorkers: 2,
  },
});
