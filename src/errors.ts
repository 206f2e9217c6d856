/**
 * Every error boussole throws on purpose is a {@link BoussoleError} with a stable {@link ErrorCode}.
 * Messages are built here, and only here, in French and English; they name the bad value but never
 * quote CV content.
 */

/** Stable error codes. New codes may be added; existing ones never change meaning. */
export type ErrorCode =
  // reading a CV
  | 'UNSUPPORTED_FORMAT'
  | 'LEGACY_DOC'
  | 'NO_TEXT_LAYER'
  | 'ENCRYPTED'
  | 'CORRUPT_FILE'
  | 'TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'DECOMPRESSION_LIMIT'
  | 'MEMORY_LIMIT'
  | 'TIMEOUT'
  | 'EMPTY_DOCUMENT'
  | 'FILE_NOT_FOUND'
  | 'MISSING_DEPENDENCY'
  | 'INVALID_JSON_RESUME'
  // snapshot
  | 'SNAPSHOT_NOT_FOUND'
  | 'SNAPSHOT_CORRUPT'
  | 'SNAPSHOT_VERSION'
  // lookups and arguments
  | 'UNKNOWN_CODE'
  | 'INVALID_ARGUMENT';

/** Values an error message may name (never CV content). */
export interface ErrorDetails {
  /** The offending value: a code, a file name, an option value. */
  value?: string | number;
  /** A limit that was exceeded (bytes, pages, milliseconds…). */
  limit?: number;
  /** Free-form technical reason (from a parser), kept short and content-free. */
  reason?: string;
  /** Name of the option or argument at fault. */
  option?: string;
}

type MessageFn = (d: ErrorDetails) => string;

const q = (v: ErrorDetails['value']): string => (v === undefined ? '' : ` "${String(v)}"`);
const why = (d: ErrorDetails): string => (d.reason ? ` (${d.reason})` : '');

const MESSAGES: Record<ErrorCode, { en: MessageFn; fr: MessageFn }> = {
  UNSUPPORTED_FORMAT: {
    en: (d) => `unsupported file format${q(d.value)}: send a PDF, DOCX, ODT, plain text or JSON Resume file`,
    fr: (d) => `format de fichier non pris en charge${q(d.value)} : envoyez un PDF, DOCX, ODT, texte brut ou JSON Resume`,
  },
  LEGACY_DOC: {
    en: () => 'legacy Word .doc file: save it as DOCX or PDF and try again',
    fr: () => 'fichier Word .doc ancien format : enregistrez-le en DOCX ou en PDF puis réessayez',
  },
  NO_TEXT_LAYER: {
    en: () => 'this PDF has no text layer (scanned or image-only): run OCR on it first, or send the original document',
    fr: () => "ce PDF n'a pas de couche texte (scan ou image) : il faut d'abord une reconnaissance de caractères (OCR), ou envoyer le document d'origine",
  },
  ENCRYPTED: {
    en: () => 'the file is password-protected or encrypted: send an unprotected copy',
    fr: () => 'le fichier est protégé par un mot de passe ou chiffré : envoyez une copie non protégée',
  },
  CORRUPT_FILE: {
    en: (d) => `the file is damaged or truncated and cannot be read${why(d)}`,
    fr: (d) => `le fichier est endommagé ou tronqué et ne peut pas être lu${why(d)}`,
  },
  TOO_LARGE: {
    en: (d) => `the file is too large (${d.value ?? '?'} bytes, limit ${d.limit ?? '?'} bytes)`,
    fr: (d) => `le fichier est trop volumineux (${d.value ?? '?'} octets, limite ${d.limit ?? '?'} octets)`,
  },
  TOO_MANY_PAGES: {
    en: (d) => `the document has too many pages (${d.value ?? '?'}, limit ${d.limit ?? '?'})`,
    fr: (d) => `le document a trop de pages (${d.value ?? '?'}, limite ${d.limit ?? '?'})`,
  },
  DECOMPRESSION_LIMIT: {
    en: (d) => `the archive expands beyond the allowed size (limit ${d.limit ?? '?'} bytes): possible zip bomb${why(d)}`,
    fr: (d) => `l'archive dépasse la taille décompressée autorisée (limite ${d.limit ?? '?'} octets) : bombe de décompression possible${why(d)}`,
  },
  MEMORY_LIMIT: {
    en: (d) => `reading the file needed more than ${d.limit ?? '?'} MB of memory and was stopped`,
    fr: (d) => `la lecture du fichier a demandé plus de ${d.limit ?? '?'} Mo de mémoire et a été interrompue`,
  },
  TIMEOUT: {
    en: (d) => `reading the file took longer than ${d.limit ?? '?'} ms and was stopped`,
    fr: (d) => `la lecture du fichier a dépassé ${d.limit ?? '?'} ms et a été interrompue`,
  },
  EMPTY_DOCUMENT: {
    en: () => 'the document contains no readable text',
    fr: () => 'le document ne contient aucun texte lisible',
  },
  FILE_NOT_FOUND: {
    en: (d) => `file not found${q(d.value)}`,
    fr: (d) => `fichier introuvable${q(d.value)}`,
  },
  MISSING_DEPENDENCY: {
    en: (d) => `an optional dependency is missing${q(d.value)}: install it to read this format${why(d)}`,
    fr: (d) => `une dépendance optionnelle manque${q(d.value)} : installez-la pour lire ce format${why(d)}`,
  },
  INVALID_JSON_RESUME: {
    en: (d) => `invalid JSON Resume document${why(d)}`,
    fr: (d) => `document JSON Resume invalide${why(d)}`,
  },
  SNAPSHOT_NOT_FOUND: {
    en: (d) => `snapshot file not found${q(d.value)}`,
    fr: (d) => `fichier d'instantané introuvable${q(d.value)}`,
  },
  SNAPSHOT_CORRUPT: {
    en: (d) => `the snapshot is corrupt${q(d.value)}${why(d)}: rebuild it with "npm run snapshot"`,
    fr: (d) => `l'instantané est corrompu${q(d.value)}${why(d)} : reconstruisez-le avec « npm run snapshot »`,
  },
  SNAPSHOT_VERSION: {
    en: (d) => `unsupported snapshot format version${q(d.value)} (this boussole reads version ${d.limit ?? '?'})`,
    fr: (d) => `version de format d'instantané non prise en charge${q(d.value)} (cette version de boussole lit la version ${d.limit ?? '?'})`,
  },
  UNKNOWN_CODE: {
    en: (d) => `unknown ROME code${q(d.value)}`,
    fr: (d) => `code ROME inconnu${q(d.value)}`,
  },
  INVALID_ARGUMENT: {
    en: (d) => `invalid value${q(d.value)} for ${d.option ?? 'argument'}${why(d)}`,
    fr: (d) => `valeur invalide${q(d.value)} pour ${d.option ?? 'argument'}${why(d)}`,
  },
};

/** The error type of every deliberate failure in boussole. `code` is stable; match on it, not on `message`. */
export class BoussoleError extends Error {
  override readonly name = 'BoussoleError';
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** English message (also the `message`, after the `boussole: CODE:` prefix). */
  readonly messageEn: string;
  /** French message. */
  readonly messageFr: string;
  /** The values named in the message. */
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    const m = MESSAGES[code];
    const en = m.en(details);
    super(`boussole: ${code}: ${en}`, options);
    this.code = code;
    this.messageEn = en;
    this.messageFr = m.fr(details);
    this.details = details;
  }

  /** The message in the requested language. */
  localized(lang: 'fr' | 'en'): string {
    return lang === 'fr' ? this.messageFr : this.messageEn;
  }

  /** Plain JSON form (for workers, HTTP answers and JSONL output). */
  toJSON(): { code: ErrorCode; message: string; messageFr: string; details: ErrorDetails } {
    return { code: this.code, message: this.messageEn, messageFr: this.messageFr, details: this.details };
  }
}

/** True when `e` is a BoussoleError (optionally with the given code). Works across worker boundaries' rebuilt errors. */
export function isBoussoleError(e: unknown, code?: ErrorCode): e is BoussoleError {
  return e instanceof BoussoleError && (code === undefined || e.code === code);
}

/** All known codes, e.g. to document them or to rebuild an error sent from a worker. */
export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[];
