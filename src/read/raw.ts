import type { CvFormat, CvWarning } from './schema.js';

/**
 * One line of a document in reading order, as the format readers see it, before any CV structuring.
 * Format readers (PDF, DOCX, ODT, text) produce these; `structure` turns them into a `CvDocument`.
 */
export interface RawLine {
  /** The line's text, whitespace-normalised, ligatures and hyphenation repaired. Never contains '\n'. */
  text: string;
  /** The source marks it as a heading (DOCX/ODT heading style, Markdown '#', PDF larger/bold font). */
  heading?: boolean;
  /** The source marks it as a list item (bullet or numbered). */
  listItem?: boolean;
  /** 1-based page number when the format has pages. */
  page?: number;
  /** A blank line / block break precedes this line (paragraph or column boundary). */
  breakBefore?: boolean;
}

/** What a format reader returns. Plain data: it crosses the worker-thread boundary by structured clone. */
export interface RawDocument {
  format: CvFormat;
  pages: number;
  lines: RawLine[];
  warnings: CvWarning[];
  /** For `json-resume`: the parsed JSON object (validated later by the JSON Resume mapper). */
  json?: unknown;
}
