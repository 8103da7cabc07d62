// A small RFC 4180 reader for the official CSV downloads: CRLF or LF, an optional UTF-8
// byte-order mark, quoted fields with commas and doubled quotes, trailing blank lines.
import { DataError } from '../errors.js';

export interface CsvRecord {
  /** 1-based line number where the record starts, as an editor shows it. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** False when the text stops without a line break: every official download ends with one, so the last line may be cut short. */
  lastLineEnded: boolean;
}

export function parseCsv(text: string, fileName: string): CsvTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    // A blank line (one empty field) is not a record: downloads often end with several.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (char === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new DataError(`${fileName}: line ${recordLine}: a quoted field never ends (is the file truncated?)`);
  const lastLineEnded = field === '' && fields.length === 0;
  if (!lastLineEnded) endRecord();
  const [headerRecord, ...rest] = records;
  if (!headerRecord) throw new DataError(`${fileName}: the file is empty`);
  return { header: headerRecord.fields.map((name) => name.trim()), records: rest, lastLineEnded };
}
