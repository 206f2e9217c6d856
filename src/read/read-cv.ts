import type { ReadOptions } from './options.js';
import { resolveReadOptions } from './options.js';
import { readRaw } from './read-raw.js';
import type { CvDocument } from './schema.js';
import { structure } from './structure/index.js';

/**
 * Reads a CV — PDF, DOCX, ODT, plain text, Markdown or JSON Resume — into a {@link CvDocument}.
 *
 * `input` is the file's bytes (`Uint8Array`/`Buffer`), a file path (a one-line string shaped like a path:
 * `./cv.pdf`, `/home/x/cv.docx`, `cv.odt`; it must exist), or the CV itself as a string (plain text, Markdown
 * or JSON Resume). The format is detected from the content, never from the name. PDF/DOCX/ODT are parsed in a
 * worker thread with a memory limit and a timeout (see {@link ReadOptions}).
 *
 * @throws BoussoleError with a stable `code`: UNSUPPORTED_FORMAT, LEGACY_DOC, NO_TEXT_LAYER, ENCRYPTED,
 *   CORRUPT_FILE, TOO_LARGE, TOO_MANY_PAGES, DECOMPRESSION_LIMIT, TIMEOUT, MEMORY_LIMIT, EMPTY_DOCUMENT,
 *   FILE_NOT_FOUND, MISSING_DEPENDENCY, INVALID_JSON_RESUME, INVALID_ARGUMENT.
 */
export async function readCv(input: Uint8Array | string, options: ReadOptions = {}): Promise<CvDocument> {
  const o = resolveReadOptions(options);
  const raw = await readRaw(input, options);
  return structure(raw, { redact: o.redact, referenceDate: o.referenceDate });
}
