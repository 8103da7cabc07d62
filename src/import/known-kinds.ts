// Every official file kind border-facts can read, for header detection.
import { ENCOUNTER_FILE_KINDS } from './encounter-files.js';
import type { FileKind } from './file-kinds.js';

export const KNOWN_FILE_KINDS: readonly FileKind<unknown>[] = [...ENCOUNTER_FILE_KINDS] as FileKind<unknown>[];
