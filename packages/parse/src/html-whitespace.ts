import { isWide } from './cjk.js';

/** Spaces as a reader sees them: ASCII whitespace, no-break, ideographic and typographic spaces. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f
  );
}

/** Invisible characters dropped from text: zero-width space, BOM, soft hyphen. */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0xfeff || c === 0xad;
}

export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && !isInvisible(c)) return false;
  }
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Trims and collapses whitespace runs to one space. A run that is only a source line break (with
 * indentation) between CJK characters, or between a CJK character and a digit ("2024\n年"), is
 * dropped instead: the author typed no space there. Runs with a no-break or ideographic space were
 * typed, and stay a space.
 */
export function collapseWhitespace(text: string): string {
  const out: string[] = [];
  const n = text.length;
  let segmentStart = 0;
  let hasContent = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isInvisible(c)) {
      if (i > segmentStart) {
        out.push(text.slice(segmentStart, i));
        hasContent = true;
      }
      segmentStart = ++i;
      continue;
    }
    if (!isSpace(c)) {
      i++;
      continue;
    }
    if (i > segmentStart) {
      out.push(text.slice(segmentStart, i));
      hasContent = true;
    }
    const before = text.charCodeAt(i - 1);
    let lineBreak = false;
    let typed = false;
    let j = i;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (!isSpace(d)) break;
      if (d === 10 || d === 13) lineBreak = true;
      else if (d > 32) typed = true;
    }
    const after = text.charCodeAt(j);
    const joins = lineBreak && !typed && ((isWide(before) && (isWide(after) || isDigit(after))) || (isDigit(before) && isWide(after)));
    if (hasContent && j < n && !joins) out.push(' ');
    segmentStart = i = j;
  }
  if (n > segmentStart) out.push(text.slice(segmentStart));
  return out.join('');
}

