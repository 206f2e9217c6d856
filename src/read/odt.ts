import { BoussoleError } from '../errors.js';
import { LineBuilder } from './line-builder.js';
import { tokenizeMarkup, type MarkupToken } from './markup-tokens.js';
import type { RawDocument, RawLine } from './raw.js';
import type { ZipEntry } from './zip-directory.js';
import { extractZipEntry } from './zip-extract.js';
import { DEFAULT_MAX_UNCOMPRESSED_BYTES, guardZip, type ZipLimits } from './zip-guard.js';

/** Elements whose whole subtree is not CV text: comments, tracked deletions, footnotes, alt texts, forms. */
const SKIPPED = new Set([
  'office:annotation',
  'text:tracked-changes',
  'text:note',
  'text:sequence-decls',
  'text:variable-decls',
  'text:user-field-decls',
  'office:forms',
  'svg:title',
  'svg:desc',
  'office:scripts',
  'office:font-face-decls',
  'office:automatic-styles',
]);
/** Paragraph styles that are headings (ODF writes spaces in style names as "_20_"). */
const HEADING_STYLE_RE = /^(?:Heading|Title|Titre|Subtitle_20_Heading)(?:_20_\d)?$/i;

/** Maps automatic paragraph styles ("P3") to their parent style ("Heading_20_2"). */
function styleParents(tokens: MarkupToken[]): Map<string, string> {
  const parents = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind === 'open' && t.name === 'style:style') {
      const name = t.attrs['style:name'];
      const parent = t.attrs['style:parent-style-name'];
      if (name && parent) parents.set(name, parent);
    }
  }
  return parents;
}

function isHeadingStyle(style: string | undefined, parents: Map<string, string>): boolean {
  for (let s = style, hops = 0; s !== undefined && hops < 10; s = parents.get(s), hops++) {
    if (HEADING_STYLE_RE.test(s)) return true;
  }
  return false;
}

/** Reading state of the body or of one text frame (text box). */
interface Flow {
  builder: LineBuilder;
  paragraphDepth: number;
  listPending: boolean;
  /** Lines of frames anchored in the current paragraph, emitted after it (as mammoth does for DOCX text boxes). */
  deferred: RawLine[];
}

const newFlow = (): Flow => ({ builder: new LineBuilder(), paragraphDepth: 0, listPending: false, deferred: [] });

/**
 * Turns ODF content.xml into lines: text:h and heading-styled paragraphs → heading, the first paragraph of a
 * text:list-item → list item, table cells → new blocks, text:s / text:tab / text:line-break honoured, a link
 * whose text differs from its target keeps the target in parentheses. A text frame (draw:text-box, often a
 * sidebar) is read as its own block after the paragraph it is anchored in. Comments, tracked changes and
 * footnotes are skipped.
 */
export function odfContentToLines(xml: string): RawLine[] {
  const tokens = tokenizeMarkup(xml);
  const parents = styleParents(tokens);
  const flows: Flow[] = [newFlow()];
  let skipDepth = 0;
  for (const t of tokens) {
    const f = flows[flows.length - 1] as Flow;
    const b = f.builder;
    if (skipDepth > 0) {
      if (t.kind === 'open' && !t.selfClosing && SKIPPED.has(t.name)) skipDepth++;
      else if (t.kind === 'close' && SKIPPED.has(t.name)) skipDepth--;
      continue;
    }
    if (t.kind === 'text') {
      if (f.paragraphDepth > 0) b.text(t.text.replace(/\s+/g, ' '));
      continue;
    }
    if (t.kind === 'close') {
      if (t.name === 'text:p' || t.name === 'text:h') {
        f.paragraphDepth--;
        b.endBlock();
        if (f.paragraphDepth === 0 && f.deferred.length > 0) b.append(f.deferred.splice(0));
      } else if (t.name === 'draw:text-box' && flows.length > 1) {
        flows.pop();
        const parent = flows[flows.length - 1] as Flow;
        const lines = [...b.finish(), ...f.deferred];
        if (parent.paragraphDepth > 0) parent.deferred.push(...lines);
        else parent.builder.append(lines);
      } else if (t.name === 'text:a') b.closeLink();
      else if (t.name === 'table:table-cell' || t.name === 'table:table') b.boundary();
      continue;
    }
    if (SKIPPED.has(t.name)) {
      if (!t.selfClosing) skipDepth = 1;
      continue;
    }
    switch (t.name) {
      case 'text:p':
      case 'text:h': {
        const heading = t.name === 'text:h' || isHeadingStyle(t.attrs['text:style-name'], parents);
        b.startBlock({ heading, listItem: f.listPending && !heading });
        f.listPending = false;
        if (t.selfClosing) b.endBlock();
        else f.paragraphDepth++;
        break;
      }
      case 'text:list-item':
        f.listPending = !t.selfClosing;
        break;
      case 'text:s':
        b.text(' '.repeat(Math.min(100, Number(t.attrs['text:c'] ?? '1') || 1)));
        break;
      case 'text:tab':
        b.text(' ');
        break;
      case 'text:line-break':
        b.lineBreak();
        break;
      case 'text:a':
        if (!t.selfClosing) b.openLink(t.attrs['xlink:href'] ?? '');
        break;
      case 'draw:text-box':
        if (!t.selfClosing) flows.push(newFlow());
        break;
      case 'table:table-cell':
      case 'table:table':
        b.boundary();
        break;
      default:
        break;
    }
  }
  return (flows[0] as Flow).builder.finish();
}

function entryText(bytes: Uint8Array, entries: ZipEntry[], name: string, maxBytes: number): string | undefined {
  const entry = entries.find((e) => e.name === name);
  return entry ? new TextDecoder('utf-8').decode(extractZipEntry(bytes, entry, maxBytes)) : undefined;
}

/**
 * Reads an ODT (OpenDocument Text) file: checks the ZIP container with {@link guardZip}, inflates content.xml
 * with node:zlib (bounded by the declared size) and tokenizes it. Page count from meta.xml, 0 when absent.
 * Page headers/footers (styles.xml) are not read.
 * @throws BoussoleError CORRUPT_FILE, ENCRYPTED, DECOMPRESSION_LIMIT.
 */
export function readOdt(bytes: Uint8Array, limits: ZipLimits = {}): RawDocument {
  const entries = guardZip(bytes, limits);
  const maxBytes = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const content = entryText(bytes, entries, 'content.xml', maxBytes);
  if (content === undefined) throw new BoussoleError('CORRUPT_FILE', { reason: 'content.xml missing' });
  const meta = entryText(bytes, entries, 'meta.xml', maxBytes) ?? '';
  const pages = /meta:page-count="(\d{1,4})"/.exec(meta);
  return { format: 'odt', pages: pages ? Number(pages[1]) : 0, lines: odfContentToLines(content), warnings: [] };
}
