// XML 1.0 text and attribute values. The markup characters become entities; characters XML 1.0
// forbids outright (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF; unpaired
// surrogates) cannot be written even as character references, so they are shown as \xNN or \uXXXX
// instead: the report stays well-formed and the reader still sees that something was there.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Character data: &, < and > (the last so that "]]>" cannot appear); CR as a reference, which parsers keep. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes; tab, newline and CR as references, which parsers keep (literal ones become spaces). */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
