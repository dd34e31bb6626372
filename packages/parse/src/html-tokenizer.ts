/**
 * A small, tolerant HTML tokenizer: one linear pass, no DOM, no dependencies. It follows the
 * browser's tokenizer where that matters for reading text (what ends a tag, a comment, a script)
 * and never fails: anything it cannot read as markup is text.
 */

/** A start tag. Names are lower-cased; the first of duplicate attributes wins, as in browsers. */
export interface HtmlStartTag {
  readonly kind: 'start';
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
  readonly line: number;
  readonly column: number;
  /**
   * The input ended inside this tag; or this script, style… has no end tag, and the rest of the
   * input was its content; or this title or textarea has none, and the rest was read as markup.
   */
  readonly unterminated?: boolean;
}

/** An end tag. */
export interface HtmlEndTag {
  readonly kind: 'end';
  readonly name: string;
  readonly line: number;
  readonly column: number;
}

/** A run of text, character references decoded. */
export interface HtmlText {
  readonly kind: 'text';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** A comment, or markup browsers read as one (`<?xml …?>`, `<![CDATA[…]]>`, `<!ELEMENT …>`). */
export interface HtmlComment {
  readonly kind: 'comment';
  readonly text: string;
  readonly line: number;
  readonly column: number;
  /** The input ended before `-->`. */
  readonly unterminated?: boolean;
}

/** A `<!DOCTYPE …>`. */
export interface HtmlDoctype {
  readonly kind: 'doctype';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/** One token. `line` and `column` are the 1-based start in the source; columns count UTF-16 code units. */
export type HtmlToken = HtmlStartTag | HtmlEndTag | HtmlText | HtmlComment | HtmlDoctype;

/** Elements whose content is not markup: the tokenizer drops it (it is code, styling or a fallback). */
const SKIPPED_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'noembed', 'noframes', 'xmp']);
/** Elements whose content is text but not markup: emitted as one text token. */
const TEXT_CONTENT = new Set(['title', 'textarea']);

// Character codes, named for reading.
const TAB = 9;
const LF = 10;
const FF = 12;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const APOSTROPHE = 39;
const SLASH = 47;
const SEMICOLON = 59;
const EQUALS = 61;
const GREATER = 62;

function isTagSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === FF || c === CR;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57);
}

/** Splits `html` into tokens. Never throws; linear in the input's length. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  forEachHtmlToken(html, (token) => {
    tokens.push(token);
  });
  return tokens;
}

/** Shared by the many tags that have no attributes. */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

/**
 * Hands each token to `visit` in source order, without keeping them: a 5 MB page has a million
 * tokens, and the tree builder needs each only once.
 */
export function forEachHtmlToken(html: string, visit: (token: HtmlToken) => void): void {
  const n = html.length;

  // Line tracking advances monotonically with the token positions, so it costs one pass in total.
  let trackedOffset = 0;
  let line = 1;
  let lineStart = 0;
  let column = 1;
  const moveTo = (offset: number): void => {
    for (let i = trackedOffset; i < offset; i++) {
      const c = html.charCodeAt(i);
      if (c === LF || (c === CR && html.charCodeAt(i + 1) !== LF)) {
        line++;
        lineStart = i + 1;
      }
    }
    if (offset > trackedOffset) trackedOffset = offset;
    column = offset - lineStart + 1;
  };

  // A failed search from `p` fails from every later position too; remembering that keeps
  // pathological input (thousands of unclosed quotes or comments) from rescanning to the end each time.
  const missingFrom = new Map<string, number>();
  const find = (needle: string, from: number): number => {
    const missing = missingFrom.get(needle);
    if (missing !== undefined && from >= missing) return -1;
    const at = html.indexOf(needle, from);
    if (at < 0) missingFrom.set(needle, missing === undefined ? from : Math.min(missing, from));
    return at;
  };

  // Tag names repeat endlessly; reading them through a cache spares a slice and a lower-casing per tag.
  const names = new Map<number, string>();
  const tagName = (start: number, end: number): string => {
    const length = end - start;
    if (length > 10) return html.slice(start, end).toLowerCase();
    let hash = length;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + (html.charCodeAt(k) | 0x20)) | 0;
    const cached = names.get(hash);
    if (cached !== undefined && cached.length === length) {
      let same = true;
      for (let k = 0; k < length && same; k++) {
        const c = html.charCodeAt(start + k);
        same = (c >= 65 && c <= 90 ? c + 32 : c) === cached.charCodeAt(k);
      }
      if (same) return cached;
    }
    const name = html.slice(start, end).toLowerCase();
    if (cached === undefined) names.set(hash, name);
    return name;
  };

  const emitText = (start: number, end: number): void => {
    if (end <= start) return;
    moveTo(start);
    visit({ kind: 'text', text: decodeCharacterReferences(html.slice(start, end)), line, column });
  };

  const emitComment = (at: number, text: string, unterminated: boolean): void => {
    moveTo(at);
    visit(unterminated ? { kind: 'comment', text, line, column, unterminated } : { kind: 'comment', text, line, column });
  };

  /** Markup that runs to the next `>`: bogus comments, doctypes, processing instructions. */
  const untilGreater = (from: number): number => {
    const gt = find('>', from);
    return gt < 0 ? n : gt + 1;
  };

  /** Finds `</name` followed by a tag end, case-insensitively; -1 when absent. */
  const findEndTag = (name: string, from: number): number => {
    let p = from;
    for (;;) {
      const at = find('</', p);
      if (at < 0) return -1;
      const after = at + 2 + name.length;
      if (html.slice(at + 2, after).toLowerCase() === name) {
        const c = html.charCodeAt(after);
        if (after >= n || isTagSpace(c) || c === SLASH || c === GREATER) return at;
      }
      p = at + 2;
    }
  };

  let textStart = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);

    if (isAsciiLetter(next)) {
      emitText(textStart, lt);
      const tag = readStartTag(html, lt, find, tagName);
      const rawText = !tag.unterminated && (SKIPPED_CONTENT.has(tag.name) || TEXT_CONTENT.has(tag.name));
      // Like browsers, the content of a raw-text element runs to its end tag, or to the end of the input.
      const close = rawText ? findEndTag(tag.name, tag.end) : -1;
      const unterminated = tag.unterminated || (rawText && close < 0);
      moveTo(lt);
      const { name, attrs, selfClosing } = tag;
      visit(
        unterminated
          ? { kind: 'start', name, attrs, selfClosing, line, column, unterminated }
          : { kind: 'start', name, attrs, selfClosing, line, column },
      );
      let end = tag.end;
      if (rawText) {
        // An unclosed title would take the whole page as its text; reading on as markup loses less.
        if (close < 0 && TEXT_CONTENT.has(name)) {
          /* read on */
        } else if (close < 0) end = n;
        else {
          if (TEXT_CONTENT.has(name)) emitText(end, close);
          moveTo(close);
          visit({ kind: 'end', name, line, column });
          end = untilGreater(close + 2);
        }
      }
      i = textStart = end;
      continue;
    }

    if (next === SLASH) {
      const c = html.charCodeAt(lt + 2);
      if (isAsciiLetter(c)) {
        emitText(textStart, lt);
        let j = lt + 3;
        while (j < n) {
          const d = html.charCodeAt(j);
          if (isTagSpace(d) || d === SLASH || d === GREATER) break;
          j++;
        }
        moveTo(lt);
        visit({ kind: 'end', name: tagName(lt + 2, j), line, column });
        i = textStart = untilGreater(j);
        continue;
      }
      if (c === GREATER) {
        // `</>` is dropped by browsers.
        emitText(textStart, lt);
        i = textStart = lt + 3;
        continue;
      }
      if (lt + 2 >= n) break;
      emitText(textStart, lt);
      const end = untilGreater(lt + 2);
      emitComment(lt, html.slice(lt + 2, end === n ? n : end - 1), false);
      i = textStart = end;
      continue;
    }

    if (next === 33 /* ! */) {
      emitText(textStart, lt);
      let end: number;
      if (html.startsWith('<!--', lt)) {
        if (html.startsWith('>', lt + 4)) end = lt + 5;
        else if (html.startsWith('->', lt + 4)) end = lt + 6;
        else {
          const close = find('-->', lt + 4);
          end = close < 0 ? n : close + 3;
          emitComment(lt, html.slice(lt + 4, close < 0 ? n : close), close < 0);
          i = textStart = end;
          continue;
        }
        emitComment(lt, '', false);
      } else if (html.slice(lt + 2, lt + 9).toLowerCase() === 'doctype') {
        end = untilGreater(lt + 9);
        moveTo(lt);
        visit({ kind: 'doctype', text: html.slice(lt + 9, end === n ? n : end - 1).trim(), line, column });
      } else {
        end = untilGreater(lt + 2);
        emitComment(lt, html.slice(lt + 2, end === n ? n : end - 1), false);
      }
      i = textStart = end;
      continue;
    }

    if (next === 63 /* ? */) {
      emitText(textStart, lt);
      const end = untilGreater(lt + 2);
      emitComment(lt, html.slice(lt + 1, end === n ? n : end - 1), false);
      i = textStart = end;
      continue;
    }

    // `<` before a space, a digit, a CJK character…: plain text, as in browsers.
    i = lt + 1;
  }
  emitText(textStart, n);
}

interface ParsedStartTag {
  name: string;
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** Offset just after the tag. */
  end: number;
  unterminated: boolean;
}

/** Reads the start tag whose `<` is at `lt` (the next character is a letter). */
function readStartTag(
  html: string,
  lt: number,
  find: (needle: string, from: number) => number,
  tagName: (start: number, end: number) => string,
): ParsedStartTag {
  const n = html.length;
  let j = lt + 1;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isTagSpace(c) || c === SLASH || c === GREATER) break;
    j++;
  }
  const name = tagName(lt + 1, j);
  let attrs = NO_ATTRIBUTES as Record<string, string>;
  let selfClosing = false;

  for (;;) {
    while (j < n && isTagSpace(html.charCodeAt(j))) j++;
    if (j >= n) return { name, attrs, selfClosing, end: n, unterminated: true };
    const c = html.charCodeAt(j);
    if (c === GREATER) return { name, attrs, selfClosing, end: j + 1, unterminated: false };
    if (c === SLASH) {
      j++;
      if (html.charCodeAt(j) === GREATER) {
        selfClosing = true;
        return { name, attrs, selfClosing, end: j + 1, unterminated: false };
      }
      continue;
    }

    const nameStart = j;
    j++; // the first character may be anything, even `=`
    while (j < n) {
      const d = html.charCodeAt(j);
      if (isTagSpace(d) || d === SLASH || d === GREATER || d === EQUALS) break;
      j++;
    }
    const attrName = html.slice(nameStart, j).toLowerCase();
    while (j < n && isTagSpace(html.charCodeAt(j))) j++;

    let value = '';
    if (html.charCodeAt(j) === EQUALS) {
      j++;
      while (j < n && isTagSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === QUOTE || q === APOSTROPHE) {
        const close = find(q === QUOTE ? '"' : "'", j + 1);
        if (close >= 0) {
          value = html.slice(j + 1, close);
          j = close + 1;
        } else {
          // An unclosed quote would swallow the rest of the page; end the value at the tag's `>` instead.
          const gt = find('>', j + 1);
          value = html.slice(j + 1, gt < 0 ? n : gt);
          j = gt < 0 ? n : gt;
        }
      } else {
        const valueStart = j;
        while (j < n) {
          const d = html.charCodeAt(j);
          if (isTagSpace(d) || d === GREATER) break;
          j++;
        }
        value = html.slice(valueStart, j);
      }
      value = decodeCharacterReferences(value, true);
    }
    if (attrs === NO_ATTRIBUTES) attrs = Object.create(null) as Record<string, string>;
    if (!(attrName in attrs)) attrs[attrName] = value;
  }
}

// Character references ---------------------------------------------------------------------------

/** HTML 4's Latin-1 names, U+00A0 to U+00FF in order. Browsers also read these without the `;`. */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const GREEK_CAPITALS = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega'.split(' ');
const GREEK_SMALL = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega'.split(' ');

/** Names that need no `;`, as browsers read them. */
const LEGACY = new Map<string, string>([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['AMP', '&'],
  ['LT', '<'],
  ['GT', '>'],
  ['QUOT', '"'],
  ['COPY', '©'],
  ['REG', '®'],
]);
LATIN1_NAMES.forEach((name, k) => LEGACY.set(name, String.fromCharCode(0xa0 + k)));
const LEGACY_MAX = 6;

/** Named references: the legacy ones plus those that turn up in Chinese government pages and Word exports. */
const NAMED = new Map<string, string>(LEGACY);
for (const [name, code] of [
  ['apos', 0x27],
  ['OElig', 0x152],
  ['oelig', 0x153],
  ['Scaron', 0x160],
  ['scaron', 0x161],
  ['Yuml', 0x178],
  ['fnof', 0x192],
  ['circ', 0x2c6],
  ['tilde', 0x2dc],
  ['ensp', 0x2002],
  ['emsp', 0x2003],
  ['emsp13', 0x2004],
  ['emsp14', 0x2005],
  ['numsp', 0x2007],
  ['puncsp', 0x2008],
  ['thinsp', 0x2009],
  ['hairsp', 0x200a],
  ['ZeroWidthSpace', 0x200b],
  ['zwnj', 0x200c],
  ['zwj', 0x200d],
  ['lrm', 0x200e],
  ['rlm', 0x200f],
  ['hyphen', 0x2010],
  ['dash', 0x2010],
  ['ndash', 0x2013],
  ['mdash', 0x2014],
  ['horbar', 0x2015],
  ['Verbar', 0x2016],
  ['lsquo', 0x2018],
  ['rsquo', 0x2019],
  ['sbquo', 0x201a],
  ['ldquo', 0x201c],
  ['rdquo', 0x201d],
  ['bdquo', 0x201e],
  ['dagger', 0x2020],
  ['Dagger', 0x2021],
  ['bull', 0x2022],
  ['nldr', 0x2025],
  ['hellip', 0x2026],
  ['permil', 0x2030],
  ['prime', 0x2032],
  ['Prime', 0x2033],
  ['lsaquo', 0x2039],
  ['rsaquo', 0x203a],
  ['oline', 0x203e],
  ['frasl', 0x2044],
  ['euro', 0x20ac],
  ['yen', 0xa5],
  ['trade', 0x2122],
  ['larr', 0x2190],
  ['uarr', 0x2191],
  ['rarr', 0x2192],
  ['darr', 0x2193],
  ['harr', 0x2194],
  ['rArr', 0x21d2],
  ['hArr', 0x21d4],
  ['forall', 0x2200],
  ['isin', 0x2208],
  ['prod', 0x220f],
  ['sum', 0x2211],
  ['minus', 0x2212],
  ['radic', 0x221a],
  ['infin', 0x221e],
  ['sim', 0x223c],
  ['asymp', 0x2248],
  ['ne', 0x2260],
  ['equiv', 0x2261],
  ['le', 0x2264],
  ['ge', 0x2265],
  ['loz', 0x25ca],
  ['squ', 0x25a1],
  ['star', 0x2606],
  ['starf', 0x2605],
  ['check', 0x2713],
  ['cross', 0x2717],
] as const) {
  NAMED.set(name, String.fromCharCode(code));
}
GREEK_CAPITALS.forEach((name, k) => {
  if (name !== '_') NAMED.set(name, String.fromCharCode(0x391 + k));
});
GREEK_SMALL.forEach((name, k) => NAMED.set(name, String.fromCharCode(0x3b1 + k)));
const NAME_MAX = 32;

/** Numeric references to C1 controls mean Windows-1252 characters, as browsers read them. */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x2c6, 0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc,
  0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * Decodes character references (`&amp;`, `&#20013;`, `&#x4E2D;`, `&nbsp` without `;`…) the way
 * browsers do for the names this module knows; unknown names stay as written. In attribute values
 * a legacy name without `;` followed by a letter, digit or `=` is left alone (`?a=1&copy=2`).
 */
export function decodeCharacterReferences(text: string, inAttribute = false): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  const n = text.length;
  const out: string[] = [];
  let last = 0;
  while (amp >= 0) {
    let replacement: string | undefined;
    let end = amp + 1;
    if (text.charCodeAt(amp + 1) === HASH) {
      let j = amp + 2;
      const hex = text.charCodeAt(j) === 120 /* x */ || text.charCodeAt(j) === 88; /* X */
      if (hex) j++;
      const digitsStart = j;
      let code = 0;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        let d: number;
        if (c >= 48 && c <= 57) d = c - 48;
        else if (hex && c >= 97 && c <= 102) d = c - 87;
        else if (hex && c >= 65 && c <= 70) d = c - 55;
        else break;
        if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + d;
      }
      if (j > digitsStart) {
        if (text.charCodeAt(j) === SEMICOLON) j++;
        replacement = fromCodePoint(code);
        end = j;
      }
    } else {
      let j = amp + 1;
      while (j < n && j - amp <= NAME_MAX && isAsciiAlphanumeric(text.charCodeAt(j))) j++;
      const name = text.slice(amp + 1, j);
      const named = text.charCodeAt(j) === SEMICOLON ? NAMED.get(name) : undefined;
      if (named !== undefined) {
        replacement = named;
        end = j + 1;
      } else {
        for (let k = Math.min(name.length, LEGACY_MAX); k >= 2; k--) {
          const legacy = LEGACY.get(name.slice(0, k));
          if (legacy === undefined) continue;
          const after = text.charCodeAt(amp + 1 + k);
          if (inAttribute && (isAsciiAlphanumeric(after) || after === EQUALS)) break;
          replacement = legacy;
          end = amp + 1 + k;
          break;
        }
      }
    }
    if (replacement !== undefined) {
      out.push(text.slice(last, amp), replacement);
      last = end;
    }
    amp = text.indexOf('&', end);
  }
  out.push(text.slice(last));
  return out.join('');
}
