// A small streaming RFC 4180 reader for the official CSV downloads: CRLF or LF, an optional UTF-8
// byte-order mark, quoted fields with commas, line breaks and doubled quotes, trailing blank lines.
// Text goes in as chunks and records come out one at a time, so no whole-file string and no list
// of every record is ever held: memory depends on the longest line, time on the file's length.
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

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export class CsvReader {
  private pending = '';
  private started = false;
  private fields: string[] = [];
  private field = '';
  private fieldStarted = false;
  private inQuotes = false;
  private line = 1;
  private recordLine = 1;

  constructor(private readonly fileName: string, private readonly onRecord: (record: CsvRecord) => void) {}

  /** More text. Only whole lines are parsed, so a quote or CR/LF pair is never split between chunks. */
  push(chunk: string): void {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const end = text.lastIndexOf('\n');
    if (end < 0) {
      this.pending += text;
      return;
    }
    const whole = this.pending + text.slice(0, end + 1);
    this.pending = text.slice(end + 1);
    this.parse(whole);
  }

  /** The end of the text: the last record, and whether the text ended with a line break. */
  end(): { lastLineEnded: boolean } {
    if (this.pending !== '') this.parse(this.pending);
    this.pending = '';
    if (this.inQuotes) throw new DataError(`${this.fileName}: line ${this.recordLine}: a quoted field never ends (is the file truncated?)`);
    const lastLineEnded = this.field === '' && this.fields.length === 0 && !this.fieldStarted;
    if (!lastLineEnded) this.endRecord();
    return { lastLineEnded };
  }

  private parse(text: string): void {
    const n = text.length;
    let i = 0;
    // Field text is taken by slices from `start`, never char by char.
    let start = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          this.field += text.slice(start, i);
          if (text.charCodeAt(i + 1) === QUOTE) {
            this.field += '"';
            i += 2;
          } else {
            this.inQuotes = false;
            i++;
          }
          start = i;
          continue;
        }
        if (c === LF) this.line++;
        i++;
      } else if (c === QUOTE && !this.fieldStarted) {
        this.inQuotes = true;
        this.fieldStarted = true;
        i++;
        start = i;
      } else if (c === COMMA) {
        this.fields.push(this.field + text.slice(start, i));
        this.field = '';
        this.fieldStarted = false;
        i++;
        start = i;
      } else if (c === LF || c === CR) {
        this.field += text.slice(start, i);
        if (c === CR && text.charCodeAt(i + 1) === LF) i++;
        this.endRecord();
        this.line++;
        this.recordLine = this.line;
        i++;
        start = i;
      } else {
        this.fieldStarted = true;
        i++;
      }
    }
    this.field += text.slice(start, n);
  }

  private endRecord(): void {
    const fields = this.fields;
    fields.push(this.field);
    this.fields = [];
    this.field = '';
    this.fieldStarted = false;
    // A blank line (one empty field) is not a record: downloads often end with several.
    if (!(fields.length === 1 && fields[0] === '')) this.onRecord({ line: this.recordLine, fields });
  }
}

/** A whole text at once (tests, small inputs): the header, the records, and whether it ended with a line break. */
export function parseCsv(text: string, fileName: string): CsvTable {
  const records: CsvRecord[] = [];
  const reader = new CsvReader(fileName, (record) => records.push(record));
  reader.push(text);
  const { lastLineEnded } = reader.end();
  const [headerRecord, ...rest] = records;
  if (!headerRecord) throw new DataError(`${fileName}: the file is empty`);
  return { header: headerRecord.fields.map((name) => name.trim()), records: rest, lastLineEnded };
}
