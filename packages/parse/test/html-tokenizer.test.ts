import { describe, expect, it } from 'vitest';
import { decodeCharacterReferences, forEachHtmlToken, tokenizeHtml, type HtmlToken } from '../src/html-tokenizer.js';

/** Tokens without positions, for compact expectations. */
const shapes = (html: string): unknown[] =>
  tokenizeHtml(html).map((token) => {
    const { line: _line, column: _column, ...rest } = token;
    return token.kind === 'start' ? { ...rest, attrs: { ...token.attrs } } : rest;
  });

describe('tokenizeHtml', () => {
  it('reads start tags, end tags and text', () => {
    expect(shapes('<P Class="a">政府<B>信息</b></P>')).toEqual([
      { kind: 'start', name: 'p', attrs: { class: 'a' }, selfClosing: false },
      { kind: 'text', text: '政府' },
      { kind: 'start', name: 'b', attrs: {}, selfClosing: false },
      { kind: 'text', text: '信息' },
      { kind: 'end', name: 'b' },
      { kind: 'end', name: 'p' },
    ]);
  });

  it('reads quoted, unquoted, valueless and duplicate attributes', () => {
    const [td] = tokenizeHtml(`<td ROWSPAN=3 colspan = '2' nowrap style="width:10pt;font-family:'宋体'" class=x class=y data-a=a&amp;b title="&quot;x&quot;">`);
    expect(td?.kind === 'start' && { ...td.attrs }).toEqual({
      rowspan: '3',
      colspan: '2',
      nowrap: '',
      style: "width:10pt;font-family:'宋体'",
      class: 'x',
      'data-a': 'a&b',
      title: '"x"',
    });
  });

  it('marks self-closing tags and keeps a slash in an unquoted value', () => {
    expect(shapes('<br/><img src=a.png /><td rowspan=2/>')).toEqual([
      { kind: 'start', name: 'br', attrs: {}, selfClosing: true },
      { kind: 'start', name: 'img', attrs: { src: 'a.png' }, selfClosing: true },
      { kind: 'start', name: 'td', attrs: { rowspan: '2/' }, selfClosing: false },
    ]);
  });

  it('ends an unclosed quoted value at the tag’s end instead of swallowing the page', () => {
    expect(shapes('<a href="x>链接</a><p>正文</p>')).toEqual([
      { kind: 'start', name: 'a', attrs: { href: 'x' }, selfClosing: false },
      { kind: 'text', text: '链接' },
      { kind: 'end', name: 'a' },
      { kind: 'start', name: 'p', attrs: {}, selfClosing: false },
      { kind: 'text', text: '正文' },
      { kind: 'end', name: 'p' },
    ]);
  });

  it('reads comments, doctypes and bogus markup', () => {
    expect(shapes('<!DOCTYPE html><!-- a <p> b --><!----><!--><?xml version="1.0"?><![CDATA[x]]><!ELEMENT y></ 3>x</>')).toEqual([
      { kind: 'doctype', text: 'html' },
      { kind: 'comment', text: ' a <p> b ' },
      { kind: 'comment', text: '' },
      { kind: 'comment', text: '' },
      { kind: 'comment', text: '?xml version="1.0"?' },
      { kind: 'comment', text: '[CDATA[x]]' },
      { kind: 'comment', text: 'ELEMENT y' },
      { kind: 'comment', text: ' 3' },
      { kind: 'text', text: 'x' },
    ]);
  });

  it('flags a comment that never ends', () => {
    expect(shapes('a<!-- b <p>c</p>')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'comment', text: ' b <p>c</p>', unterminated: true },
    ]);
  });

  it('reads a < that starts no tag as text', () => {
    expect(shapes('1 < 2 <3 <中> a<')).toEqual([{ kind: 'text', text: '1 < 2 <3 <中> a<' }]);
  });

  it('skips the content of script, style, noscript and template, and reads title as text', () => {
    const html = '<title>年报 &amp; 公开</title><script>if (a<b) document.write("<p>x</p>")</SCRIPT ><style>p{}</style><noscript><p>n</p></noscript><template><p>t</p></template>正文';
    expect(shapes(html)).toEqual([
      { kind: 'start', name: 'title', attrs: {}, selfClosing: false },
      { kind: 'text', text: '年报 & 公开' },
      { kind: 'end', name: 'title' },
      { kind: 'start', name: 'script', attrs: {}, selfClosing: false },
      { kind: 'end', name: 'script' },
      { kind: 'start', name: 'style', attrs: {}, selfClosing: false },
      { kind: 'end', name: 'style' },
      { kind: 'start', name: 'noscript', attrs: {}, selfClosing: false },
      { kind: 'end', name: 'noscript' },
      { kind: 'start', name: 'template', attrs: {}, selfClosing: false },
      { kind: 'end', name: 'template' },
      { kind: 'text', text: '正文' },
    ]);
  });

  it('does not end a script at </scripts> and flags a script that never ends', () => {
    expect(shapes('<script>a = "</scripts>"</script>b')).toEqual([
      { kind: 'start', name: 'script', attrs: {}, selfClosing: false },
      { kind: 'end', name: 'script' },
      { kind: 'text', text: 'b' },
    ]);
    expect(shapes('<script>var a = "<p>";')).toEqual([{ kind: 'start', name: 'script', attrs: {}, selfClosing: false, unterminated: true }]);
  });

  it('reads on as markup after a title that never ends', () => {
    expect(shapes('<title>年报<p>正文')).toEqual([
      { kind: 'start', name: 'title', attrs: {}, selfClosing: false, unterminated: true },
      { kind: 'text', text: '年报' },
      { kind: 'start', name: 'p', attrs: {}, selfClosing: false },
      { kind: 'text', text: '正文' },
    ]);
  });

  it('flags a tag cut off by the end of the input', () => {
    expect(shapes('<p>a</p><div class="x')).toEqual([
      { kind: 'start', name: 'p', attrs: {}, selfClosing: false },
      { kind: 'text', text: 'a' },
      { kind: 'end', name: 'p' },
      { kind: 'start', name: 'div', attrs: { class: 'x' }, selfClosing: false, unterminated: true },
    ]);
  });

  it('tracks 1-based lines and columns across LF, CRLF and CR', () => {
    const html = '<p>\n  一</p>\r\n<td\nrowspan=2>二</td>\r<b>三</b>';
    const positions = tokenizeHtml(html).map((t) => [t.kind, t.line, t.column]);
    expect(positions).toEqual([
      ['start', 1, 1],
      ['text', 1, 4],
      ['end', 2, 4],
      ['text', 2, 8],
      ['start', 3, 1],
      ['text', 4, 11],
      ['end', 4, 12],
      ['text', 4, 17],
      ['start', 5, 1],
      ['text', 5, 4],
      ['end', 5, 5],
    ]);
  });

  it('streams the same tokens through forEachHtmlToken', () => {
    const html = '<p>a<br>b</p>';
    const seen: HtmlToken[] = [];
    forEachHtmlToken(html, (token) => seen.push(token));
    expect(seen).toEqual(tokenizeHtml(html));
  });

  // Quadratic scanning would hang here (the test timeout catches it); speed itself is measured by `pnpm bench`.
  it('gets through input that defeats naive searches', () => {
    for (const html of ["<a b='>".repeat(100_000), '<!-- x'.repeat(100_000), '</ x'.repeat(100_000), '<script>'.repeat(100_000), '<!x'.repeat(100_000)]) {
      expect(Array.isArray(tokenizeHtml(html))).toBe(true);
    }
  });
});

describe('decodeCharacterReferences', () => {
  it('decodes numeric references, decimal and hex', () => {
    expect(decodeCharacterReferences('&#20013;&#x6587;&#X56FD;&#12288;&#128512;')).toBe('中文国\u3000😀');
  });

  it('decodes the named references Chinese pages use', () => {
    expect(decodeCharacterReferences('&nbsp;&amp;&lt;&gt;&quot;&apos;&ldquo;&rdquo;&lsquo;&rsquo;&mdash;&ndash;&hellip;&middot;&emsp;&ensp;&thinsp;&times;&copy;&reg;&yen;&deg;&bull;&trade;&alpha;')).toBe(
      '\u00a0&<>"\'“”‘’—–…·\u2003\u2002\u2009×©®¥°•™α',
    );
  });

  it('reads broken numeric references as browsers do', () => {
    expect(decodeCharacterReferences('&#0;|&#xD800;|&#x110000;|&#99999999999999;|&#150;|&#x80;|&#;|&#x;|&#65')).toBe('\uFFFD|\uFFFD|\uFFFD|\uFFFD|–|€|&#;|&#x;|A');
  });

  it('reads legacy names without a semicolon in text, but not before = or a letter in attributes', () => {
    expect(decodeCharacterReferences('&nbsp1&copy2024&amp x &ampx')).toBe('\u00a01©2024& x &x');
    expect(decodeCharacterReferences('?a=1&copy=2&nbspx&amp;b&lt', true)).toBe('?a=1&copy=2&nbspx&b<');
  });

  it('leaves unknown names and lone ampersands alone', () => {
    expect(decodeCharacterReferences('A & B &foo; &NBSP; &;')).toBe('A & B &foo; &NBSP; &;');
    expect(decodeCharacterReferences('no references')).toBe('no references');
  });
});
