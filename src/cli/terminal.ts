/**
 * Text from a workbook (cell text, sheet names) and file names is shown on a terminal only after its control
 * characters are made visible: an ESC, BEL, C1 control or DEL sent raw could erase lines, fake a "0 galat" summary,
 * set the window title or write the clipboard (OSC 52). C0 controls become their Unicode control pictures (ESC →
 * ␛), line breaks inside a field ␤/␍ (so a field never starts a line of its own), DEL ␡, C1 controls ⟨U+009B⟩.
 */
export function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u001f\u007f-\u009f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x09) out += ' ';
    else if (c < 0x20) out += String.fromCodePoint(0x2400 + c);
    else if (c === 0x7f) out += '\u2421';
    else if (c >= 0x80 && c <= 0x9f) out += `⟨U+${c.toString(16).toUpperCase().padStart(4, '0')}⟩`;
    else out += ch;
  }
  return out;
}
