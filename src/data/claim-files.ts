// Names of the claims-related data files, shared by the builder and the loader.
export const CLAIM_FILES = {
  publishedFigures: 'published-figures.json',
  articleClaims: 'article-claims.json',
  releases: 'releases.json',
} as const;
