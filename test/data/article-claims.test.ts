// The bundled claims file: valid against the claims schema, every quote verbatim from the article,
// and nothing in it but what to measure and what was claimed (the schema has no verdict field).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsFileSchema } from '../../src/data/claim-schemas.js';
import { SHARED } from '../support/cli.js';

const authored = JSON.parse(readFileSync(new URL('../../authored/article-claims.json', import.meta.url), 'utf8'));
const articlePath = join(SHARED, 'article', 'border-crisis-article.txt');

describe('the bundled article claims', () => {
  it('validate against the claims-file schema', () => {
    expect(claimsFileSchema.safeParse(authored).success).toBe(true);
  });

  it('store no verdict and no recomputed value', () => {
    const text = JSON.stringify(authored);
    expect(text).not.toMatch(/"(verdict|recomputed|expected|result)"/);
  });

  it.skipIf(!existsSync(articlePath))('quote the article verbatim', () => {
    const article = readFileSync(articlePath, 'utf8');
    const quotes: string[] = authored.claims.flatMap((claim: { quote: string; parts?: { quote?: string }[] }) => [claim.quote, ...(claim.parts ?? []).flatMap((p) => (p.quote ? [p.quote] : []))]);
    expect(quotes.length).toBeGreaterThan(14);
    for (const quote of quotes) expect(article, quote).toContain(quote);
  });
});
