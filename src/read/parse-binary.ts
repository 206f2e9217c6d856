import { readDocx } from './docx.js';
import { readOdt } from './odt.js';
import { readPdf } from './pdf.js';
import type { RawDocument } from './raw.js';

/** Formats parsed from untrusted binary containers (in a worker thread by default). */
export type BinaryFormat = 'pdf' | 'docx' | 'odt';

/** Limits applied while parsing a binary format. */
export interface BinaryLimits {
  /** PDF page limit. */
  maxPages: number;
  /** DOCX/ODT total uncompressed size limit, in bytes. */
  maxUncompressedBytes: number;
}

/** True for the formats {@link parseBinary} handles. */
export function isBinaryFormat(format: string): format is BinaryFormat {
  return format === 'pdf' || format === 'docx' || format === 'odt';
}

/** Parses a PDF, DOCX or ODT file into a RawDocument (runs in the calling thread). */
export async function parseBinary(format: BinaryFormat, bytes: Uint8Array, limits: BinaryLimits): Promise<RawDocument> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes, { maxPages: limits.maxPages });
    case 'docx':
      return readDocx(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes });
    case 'odt':
      return readOdt(bytes, { maxUncompressedBytes: limits.maxUncompressedBytes });
  }
}
