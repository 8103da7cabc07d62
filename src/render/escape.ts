// Text from data or claims files reaches terminals: control characters are shown, never obeyed,
// so a hostile claims file cannot move the cursor or rewrite the screen.

// C0 controls except tab and newline, DEL, and C1 controls (0x9b is a one-byte CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** For one-line cells: newlines and tabs too. */
export function escapeCell(text: string): string {
  return escapeControl(text).replace(/\t/g, '\\t').replace(/\r?\n/g, ' ');
}

/** JSON.stringify leaves DEL and C1 controls raw; escape them as \u00XX. */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
