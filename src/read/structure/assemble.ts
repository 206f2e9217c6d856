import type { CvContact, CvDocument, CvFormat, CvLanguage, CvWarning } from '../schema.js';
import { extractCertifications } from './certifications.js';
import type { TextDocument } from './document.js';
import { extractEducation } from './education.js';
import { extractExperiences } from './experiences.js';
import { extractLanguages, findStatedLanguages } from './languages.js';
import { splitSections } from './sections.js';

/** Everything `assemble` needs besides the lines. */
export interface AssembleInput {
  format: CvFormat;
  pages: number;
  warnings: CvWarning[];
  /** The CV text and its lines, already redacted when `redacted`. */
  doc: TextDocument;
  language: 'fr' | 'en';
  contact: CvContact;
  redacted: boolean;
  referenceDate: Date;
}

/**
 * Builds the CvDocument of a text CV: the text and its sections, then experiences from experience
 * sections, diplomas and certifications from education and certification sections, languages from
 * language sections plus levels stated elsewhere ("Anglais courant" in a sidebar, "TOEIC 850").
 */
export function assemble(input: AssembleInput): CvDocument {
  const { doc } = input;
  const blocks = splitSections(doc);
  const warnings = [...input.warnings];
  if (!blocks.some((b) => b.section.heading !== '')) {
    warnings.push({ code: 'NO_SECTIONS', message: 'no section heading was recognised: experiences, education and languages may be missing' });
  }
  const out: CvDocument = {
    format: input.format,
    language: input.language,
    pages: input.pages,
    text: doc.text,
    warnings,
    sections: blocks.map((b) => b.section),
    experiences: [],
    education: [],
    certifications: [],
    languages: [],
    contact: input.redacted ? { emails: [], phones: [], urls: [] } : input.contact,
    redacted: input.redacted,
  };
  const stated: CvLanguage[] = [];
  for (const { section, lines } of blocks) {
    switch (section.kind) {
      case 'experience':
        out.experiences.push(...extractExperiences(lines, input.referenceDate));
        break;
      case 'education': {
        const e = extractEducation(lines);
        out.education.push(...e.education);
        out.certifications.push(...e.certifications);
        stated.push(...findStatedLanguages(lines, input.language));
        break;
      }
      case 'certifications':
        out.certifications.push(...extractCertifications(lines));
        stated.push(...findStatedLanguages(lines, input.language));
        break;
      case 'languages':
        out.languages.push(...extractLanguages(lines));
        break;
      case 'projects':
        break;
      default:
        stated.push(...findStatedLanguages(lines, input.language));
    }
  }
  for (const lang of stated) {
    const same = out.languages.find((l) => l.code === lang.code);
    if (!same) out.languages.push(lang);
    else if (!same.level && lang.level) {
      same.level = lang.level;
      if (lang.levelText !== undefined) same.levelText = lang.levelText;
    }
  }
  return out;
}
