// A small strict XML 1.0 parser for tests: it accepts only well-formed documents (the
// declaration first, one root, matched tags, quoted and unique attributes, the five predefined
// entities and character references, only characters XML 1.0 allows) and throws on anything else.
// No DTDs, CDATA or processing instructions beyond the declaration: our reports use none.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

export interface XmlDocument {
  declaration: Record<string, string>;
  root: XmlElement;
}

// XML 1.0 Char production, plus surrogate pairs (a JS string holds astral characters as two units).
const CHAR = /^(?:[\t\n\r\u0020-\ud7ff\ue000-\ufffd]|[\ud800-\udbff][\udc00-\udfff])*$/;
const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export class XmlError extends Error {}

export function parseXml(input: string): XmlDocument {
  if (!CHAR.test(input)) throw new XmlError('a character XML 1.0 does not allow');
  const text = input.replace(/\r\n?/g, '\n');
  let at = 0;
  const fail = (message: string): never => {
    throw new XmlError(`${message} at offset ${at}: ${JSON.stringify(text.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(text);
    at = SPACE.lastIndex;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(text);
    if (!match) return fail('expected a name');
    at = NAME.lastIndex;
    return match[0];
  };
  const expect = (literal: string) => {
    if (!text.startsWith(literal, at)) fail(`expected ${JSON.stringify(literal)}`);
    at += literal.length;
  };
  const references = (raw: string): string =>
    raw.replace(/&([^;&]*);?/g, (whole, body: string) => {
      if (!whole.endsWith(';')) fail(`an unterminated reference ${JSON.stringify(whole)}`);
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
        const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
        if (char === '' || !CHAR.test(char)) fail(`a reference to a character XML 1.0 does not allow: ${whole}`);
        return char;
      }
      const entity = PREDEFINED[body];
      if (entity === undefined) fail(`an unknown entity ${whole}`);
      return entity!;
    });
  const attributes = (): Record<string, string> => {
    const result: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (text.startsWith('/>', at) || text.startsWith('>', at) || text.startsWith('?>', at)) return result;
      if (at === before) fail('expected a space before an attribute');
      const key = name();
      if (key in result) fail(`a duplicate attribute ${key}`);
      skipSpace();
      expect('=');
      skipSpace();
      const quote = text[at];
      if (quote !== '"' && quote !== "'") fail('an unquoted attribute value');
      const end = text.indexOf(quote!, at + 1);
      if (end < 0) fail('an unterminated attribute value');
      const raw = text.slice(at + 1, end);
      if (raw.includes('<')) fail('"<" in an attribute value');
      // Literal whitespace in a value becomes a space; references keep what they stand for.
      result[key] = references(raw.replace(/[\t\n]/g, ' '));
      at = end + 1;
    }
  };
  const comments = () => {
    for (;;) {
      skipSpace();
      if (!text.startsWith('<!--', at)) return;
      const end = text.indexOf('-->', at + 4);
      if (end < 0) fail('an unterminated comment');
      at = end + 3;
    }
  };
  const element = (): XmlElement => {
    expect('<');
    const tag = name();
    const node: XmlElement = { name: tag, attributes: attributes(), children: [] };
    if (text.startsWith('/>', at)) {
      at += 2;
      return node;
    }
    expect('>');
    for (;;) {
      const next = text.indexOf('<', at);
      if (next < 0) fail(`no end tag for <${tag}>`);
      const raw = text.slice(at, next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      if (raw.length > 0) node.children.push(references(raw));
      at = next;
      if (text.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        expect('>');
        return node;
      }
      if (text.startsWith('<!--', at)) {
        const end = text.indexOf('-->', at + 4);
        if (end < 0) fail('an unterminated comment');
        at = end + 3;
        continue;
      }
      if (text.startsWith('<!', at) || text.startsWith('<?', at)) fail('markup this parser does not accept');
      node.children.push(element());
    }
  };

  if (!text.startsWith('<?xml ')) fail('no XML declaration at the start');
  at = 5;
  const declaration = attributes();
  expect('?>');
  if (declaration.version !== '1.0') fail('not XML version 1.0');
  comments();
  const root = element();
  comments();
  skipSpace();
  if (at !== text.length) fail('content after the root element');
  return { declaration, root };
}

/** The element's text, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name));
}
