// --json: one document; ndjson: one row per line. Never colour; control characters escaped.
import { escapeJsonText } from './escape.js';
import { jsonDocument, type CommandResult } from './result.js';

export function renderJson(result: CommandResult): string {
  return `${escapeJsonText(JSON.stringify(jsonDocument(result), null, 2))}\n`;
}

export function renderNdjson(result: CommandResult): string {
  return result.rows.map((row) => `${escapeJsonText(JSON.stringify(row))}\n`).join('');
}
