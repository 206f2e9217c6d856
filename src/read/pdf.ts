import { BoussoleError, isBoussoleError } from '../errors.js';
import { dropPageFurniture } from './pdf-furniture.js';
import { readingOrder } from './pdf-columns.js';
import { layoutLines } from './pdf-layout.js';
import { pageSegments, type PdfItem } from './pdf-segments.js';
import type { RawDocument } from './raw.js';
import type { CvWarning } from './schema.js';

/** Limits for {@link readPdf}. */
export interface PdfLimits {
  /** Maximum number of pages. Default 20. */
  maxPages?: number;
}

export const DEFAULT_MAX_PAGES = 20;

/** Below this many characters on all pages, a PDF with images is taken as a scan. */
const MIN_TEXT_CHARS = 20;
/** pdf.js operator codes that paint an image (OPS.paintImageMaskXObject … OPS.paintSolidColorImageMask). */
const IMAGE_OPS = new Set([83, 84, 85, 86, 87, 88, 89, 90]);

// The parts of pdf.js (reached through pdf-parse) that this reader uses, typed structurally.
interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName?: string;
}
interface PdfViewport {
  width: number;
  height: number;
  convertToViewportPoint(x: number, y: number): number[];
}
interface PdfPage {
  getViewport(params: { scale: number }): PdfViewport;
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
}
interface PdfParser {
  destroy(): Promise<void>;
}
interface PdfParseModule {
  PDFParse: new (options: { data: Uint8Array; disableFontFace?: boolean; useSystemFonts?: boolean }) => PdfParser;
}

async function loadPdfParse(): Promise<PdfParseModule> {
  let mod: PdfParseModule;
  try {
    mod = (await import('pdf-parse')) as unknown as PdfParseModule;
  } catch (e) {
    // pdf.js fails at import time ("DOMMatrix is not defined") when @napi-rs/canvas cannot be loaded.
    const canvas = e instanceof ReferenceError && /DOMMatrix|Path2D|ImageData/.test(e.message);
    throw new BoussoleError('MISSING_DEPENDENCY', { value: canvas ? '@napi-rs/canvas' : 'pdf-parse' }, { cause: e });
  }
  // pdf.js polyfills DOMMatrix from @napi-rs/canvas at import; without it, pages cannot be processed.
  if (typeof (globalThis as { DOMMatrix?: unknown }).DOMMatrix === 'undefined') {
    throw new BoussoleError('MISSING_DEPENDENCY', { value: '@napi-rs/canvas', reason: 'required by pdf-parse' });
  }
  return mod;
}

/**
 * pdf-parse 2.x loads the pdf.js document in its (private) `load()`; its public getters only return flattened
 * text, so the document is reached there to read text item positions.
 */
function documentOf(parser: PdfParser): Promise<PdfDocument> {
  return (parser as unknown as { load(): Promise<PdfDocument> }).load();
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

function toError(e: unknown): BoussoleError {
  if (isBoussoleError(e)) return e;
  const name = e instanceof Error ? e.name : 'Error';
  if (name === 'PasswordException') return new BoussoleError('ENCRYPTED', { reason: 'password-protected PDF' });
  return new BoussoleError('CORRUPT_FILE', { reason: `PDF: ${name}` });
}

/** A PDF truncated in transit has no end-of-file marker in its last bytes. */
function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 4096));
  return tail.includes('%%EOF');
}

/** The positioned text of one page. */
export interface PdfPageText {
  items: PdfItem[];
  /** Page height in points. */
  height: number;
}

/** The positioned text of a PDF, page by page. */
export interface PdfText {
  pages: PdfPageText[];
  /** Number of rotated text items skipped. */
  rotated: number;
}

async function pageText(page: PdfPage): Promise<PdfPageText & { rotated: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfItem[] = [];
  let rotated = 0;
  for (const item of content.items) {
    if (!isTextItem(item) || item.str === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform;
    if (Math.abs(b) > 0.1 * Math.abs(a) || Math.abs(c) > 0.1 * Math.abs(d)) {
      rotated++;
      continue;
    }
    const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
    items.push({ text: item.str, x, y, width: item.width, size: Math.abs(d) || Math.abs(a), font: item.fontName ?? '' });
  }
  return { items, height: viewport.height, rotated };
}

async function hasImages(doc: PdfDocument): Promise<boolean> {
  for (let p = 1; p <= Math.min(doc.numPages, 3); p++) {
    const page = await doc.getPage(p);
    const ops = await page.getOperatorList();
    page.cleanup();
    if (ops.fnArray.some((op) => IMAGE_OPS.has(op))) return true;
  }
  return false;
}

/**
 * Extracts the positioned text items of every page with pdf-parse (pdf.js).
 * @throws BoussoleError ENCRYPTED (password), CORRUPT_FILE (invalid or truncated), TOO_MANY_PAGES,
 *   NO_TEXT_LAYER (no text at all, or almost none while the pages hold images: a scan), MISSING_DEPENDENCY.
 */
export async function extractPdfText(bytes: Uint8Array, limits: PdfLimits = {}): Promise<PdfText> {
  const maxPages = limits.maxPages ?? DEFAULT_MAX_PAGES;
  if (!hasEofMarker(bytes)) throw new BoussoleError('CORRUPT_FILE', { reason: 'PDF truncated (no %%EOF)' });
  const { PDFParse } = await loadPdfParse();
  // pdf.js takes ownership of the array it is given: pass a copy (new Uint8Array copies; Buffer#slice would not).
  const parser = new PDFParse({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false });
  try {
    const doc = await documentOf(parser);
    if (doc.numPages > maxPages) throw new BoussoleError('TOO_MANY_PAGES', { value: doc.numPages, limit: maxPages });
    const result: PdfText = { pages: [], rotated: 0 };
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const { rotated, ...text } = await pageText(page);
      page.cleanup();
      result.pages.push(text);
      result.rotated += rotated;
      for (const it of text.items) chars += it.text.trim().length;
    }
    if (chars === 0 || (chars < MIN_TEXT_CHARS && (await hasImages(doc)))) throw new BoussoleError('NO_TEXT_LAYER');
    return result;
  } catch (e) {
    throw toError(e);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * Lays out extracted PDF text: segments per page, page furniture dropped (`dropPageFurniture`), columns in
 * reading order (`readingOrder`), lines joined and marked (`layoutLines`).
 */
export function layoutPdf(text: PdfText): RawDocument {
  const pages = text.pages.map((page, i) => pageSegments(page.items, i + 1));
  const regions = dropPageFurniture(pages, text.pages.map((p) => p.height)).flatMap((segs, i) => readingOrder(segs, i + 1));
  const warnings: CvWarning[] = [];
  if (text.rotated > 0) warnings.push({ code: 'PDF_ROTATED_TEXT_SKIPPED', message: `${text.rotated} rotated text item(s) were not read` });
  return { format: 'pdf', pages: text.pages.length, lines: layoutLines(regions), warnings };
}

/**
 * Reads a PDF: text items with their positions are rebuilt into lines, in column reading order, without
 * repeated headers/footers and page numbers, with ligatures and hyphenation repaired. Rotated text (vertical
 * sidebar titles) is skipped with a warning.
 * @throws BoussoleError ENCRYPTED, CORRUPT_FILE, TOO_MANY_PAGES, NO_TEXT_LAYER, MISSING_DEPENDENCY
 *   (see {@link extractPdfText}).
 */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits = {}): Promise<RawDocument> {
  return layoutPdf(await extractPdfText(bytes, limits));
}
