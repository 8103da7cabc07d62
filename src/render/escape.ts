// Text from data or claims files reaches terminals: control characters are shown, never obeyed,
// so a hostile claims file cannot move the cursor or rewrite the screen.

// C0 controls except tab and newline, DEL, and C1 controls (0x9b is a one-byte CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates reorder what the reader sees ("Trojan Source").
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text
    .replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** For one-line cells: newlines and tabs too. */
export function escapeCell(text: string): string {
  return escapeControl(text.replace(/\r?\n/g, ' ')).replace(/\t/g, '\\t');
}

/** JSON.stringify leaves DEL, C1 controls and bidi overrides raw; escape them as \uXXXX (same value). */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
