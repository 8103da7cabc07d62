// Every official file kind border-facts can read, for header detection.
import { DATA_FAMILIES } from './families.js';
import type { FileKind } from './file-kinds.js';

export const KNOWN_FILE_KINDS: readonly FileKind<unknown>[] = DATA_FAMILIES.flatMap((family) => family.kinds.map((k) => k.kind));
