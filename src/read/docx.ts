import { BoussoleError, isBoussoleError } from '../errors.js';
import { LineBuilder } from './line-builder.js';
import { tokenizeMarkup } from './markup-tokens.js';
import type { RawDocument, RawLine } from './raw.js';
import { extractZipEntry } from './zip-extract.js';
import { guardZip, type ZipLimits } from './zip-guard.js';

/** Extra style mappings: Word's "Title" style is a heading too (mammoth's defaults cover "Heading 1-6"). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Titre'] => h1:fresh"];

type Mammoth = typeof import('mammoth');

async function loadMammoth(): Promise<Mammoth> {
  try {
    const mod = (await import('mammoth')) as Mammoth & { default?: Mammoth };
    return mod.default ?? mod;
  } catch (e) {
    throw new BoussoleError('MISSING_DEPENDENCY', { value: 'mammoth' }, { cause: e });
  }
}

/** Page count from docProps/app.xml (written by Word and LibreOffice), 0 when absent. */
function metadataPages(bytes: Uint8Array, limits: ZipLimits, entries: ReturnType<typeof guardZip>): number {
  const app = entries.find((e) => e.name === 'docProps/app.xml');
  if (!app || app.uncompressedSize > 1_000_000) return 0;
  const xml = new TextDecoder().decode(extractZipEntry(bytes, app, limits.maxUncompressedBytes ?? 1_000_000));
  const m = /<Pages>(\d{1,4})<\/Pages>/.exec(xml);
  return m ? Number(m[1]) : 0;
}

/**
 * Turns mammoth's HTML into lines: h1-h6 → heading, li → list item, p → line, table cells read cell by cell
 * (row by row), each cell starting a new block; `<br>` splits lines; a link whose text differs from its target
 * keeps the target in parentheses (LinkedIn/GitHub URLs behind a label).
 */
export function htmlToLines(html: string): RawLine[] {
  const b = new LineBuilder();
  for (const t of tokenizeMarkup(html)) {
    if (t.kind === 'text') {
      b.text(t.text);
      continue;
    }
    const name = t.name.toLowerCase();
    if (t.kind === 'open') {
      if (/^h[1-6]$/.test(name)) b.startBlock({ heading: true });
      else if (name === 'p') b.startBlock();
      else if (name === 'li') b.startBlock({ listItem: true });
      else if (name === 'br') b.lineBreak();
      else if (name === 'td' || name === 'th' || name === 'table') b.boundary();
      else if (name === 'a' && !t.selfClosing) b.openLink(t.attrs['href'] ?? '');
      continue;
    }
    if (/^(?:h[1-6]|p|li)$/.test(name)) b.endBlock();
    else if (name === 'table' || name === 'td' || name === 'th') b.boundary();
    else if (name === 'a') b.closeLink();
  }
  return b.finish();
}

/**
 * Reads a DOCX file with mammoth, after checking the ZIP container with {@link guardZip}.
 * Headers, footers and comments are not read (mammoth ignores them); images are skipped without decoding.
 * @throws BoussoleError CORRUPT_FILE, ENCRYPTED, DECOMPRESSION_LIMIT, MISSING_DEPENDENCY.
 */
export async function readDocx(bytes: Uint8Array, limits: ZipLimits = {}): Promise<RawDocument> {
  const entries = guardZip(bytes, limits);
  const mammoth = await loadMammoth();
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch (e) {
    if (isBoussoleError(e)) throw e;
    throw new BoussoleError('CORRUPT_FILE', { reason: 'not a readable DOCX document' }, { cause: e });
  }
  const lines = htmlToLines(html);
  return { format: 'docx', pages: metadataPages(bytes, limits, entries), lines, warnings: [] };
}
