/**
 * A tiny tokenizer for well-formed machine-written markup: mammoth's HTML output and ODF content.xml.
 * Not a validating parser: comments, processing instructions and doctypes are skipped, CDATA is text.
 */

export type MarkupToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const TOKEN_RE =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)|</g;
const ATTR_RE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Decodes the XML entities and numeric character references (unknown named entities are kept as is). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR_RE)) {
    const name = m[1];
    if (name !== undefined) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Splits markup into open/close/text tokens, in document order. Text is entity-decoded. */
export function tokenizeMarkup(markup: string): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  for (const m of markup.matchAll(TOKEN_RE)) {
    const [whole, cdata, closeName, openName, attrs, slash, text] = m;
    if (cdata !== undefined) tokens.push({ kind: 'text', text: cdata });
    else if (closeName !== undefined) tokens.push({ kind: 'close', name: closeName });
    else if (openName !== undefined) {
      tokens.push({ kind: 'open', name: openName, attrs: attrs ? parseAttrs(attrs) : {}, selfClosing: slash === '/' });
    } else if (text !== undefined) tokens.push({ kind: 'text', text: decodeEntities(text) });
    else if (whole === '<') tokens.push({ kind: 'text', text: '<' });
  }
  return tokens;
}
