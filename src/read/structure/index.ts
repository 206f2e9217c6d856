import type { CvDocument } from '../schema.js';
import type { RawDocument } from '../raw.js';
import { assemble } from './assemble.js';
import { extractContact } from './contact.js';
import { buildDocument } from './document.js';
import { structureJsonResume } from './json-resume.js';
import { detectLanguage } from './language.js';
import { makeRedactor } from './redact.js';

/** Options of {@link structure}. */
export interface StructureOptions {
  /** Remove contact details and the name from `text` and every field (default false). */
  redact?: boolean;
  /** End date of current jobs, for `months` (default: now). Only its UTC year and month are used. */
  referenceDate?: Date;
}

/**
 * Turns the lines a format reader produced into a {@link CvDocument}: language, sections with offsets,
 * experiences, education and certifications, languages with CEFR levels, and contact details. Pure and
 * synchronous. With `redact`, emails, phones, URLs, street addresses and the name are replaced by
 * placeholders ("[email]", "[téléphone]"/"[phone]", "[url]", "[adresse]", "[nom]"/"[name]") in the lines
 * before anything else is computed, so every offset and field refers to the redacted text, and `contact`
 * is empty.
 *
 * @throws BoussoleError INVALID_JSON_RESUME when `raw.format` is 'json-resume' and `raw.json` does not
 *   follow the JSON Resume schema (the message names the first failing path).
 */
export function structure(raw: RawDocument, options: StructureOptions = {}): CvDocument {
  const referenceDate = options.referenceDate ?? new Date();
  const redact = options.redact === true;
  if (raw.format === 'json-resume') return structureJsonResume(raw, { redact, referenceDate });
  const contact = extractContact(raw.lines.map((l) => l.text));
  let doc = buildDocument(raw.lines);
  const language = detectLanguage(doc.text, doc.lines.map((l) => l.folded).join('\n'));
  if (redact) {
    const r = makeRedactor(contact, language);
    doc = buildDocument(raw.lines.map((l) => ({ ...l, text: r(l.text) })));
  }
  return assemble({
    format: raw.format,
    pages: raw.pages,
    warnings: raw.warnings,
    doc,
    language,
    contact,
    redacted: redact,
    referenceDate,
  });
}
