// The options of `border-facts scan`, shared by its declaration, its run code and check --article.
export const DEFAULT_MATCHES = 3;

export interface ScanOptions {
  tolerance?: string;
  top?: string;
  draftClaims?: string;
  published?: string;
}
