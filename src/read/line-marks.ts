/**
 * Marks that can be read from the text of a line itself, for formats without styles (PDF, plain text):
 * a leading bullet or number makes a list item; a short ALL-CAPS line is a heading.
 */

/** Bullet glyphs seen in CVs (after {@link normalizeChars} mapped private-use bullets to '•'). */
const BULLET_RE = /^(?:[•▪▫●◦‣∙·■□○◆◇►▶▸➢➤➔→✓✔✗❖★☆♦]|[-–—*+])\s+/u;
/** A glyph bullet glued to the text ("•Python"): only unambiguous glyphs, never '-' (would break "-50 %"). */
const GLUED_BULLET_RE = /^[•▪●◦‣■□○◆►▶▸➢➤✓✔❖]\s*/u;
/** "1." "2)" "a)" followed by a space: short ordinals only, so years ("2019. ") are not taken as numbers. */
const ORDINAL_RE = /^(?:\d{1,2}|[a-z])[.)]\s+(?=\S)/u;

/** Splits a leading list marker off a line. `text` is the line without its marker (trimmed). */
export function splitListMarker(line: string): { listItem: boolean; text: string } {
  const m = BULLET_RE.exec(line) ?? GLUED_BULLET_RE.exec(line) ?? ORDINAL_RE.exec(line);
  if (!m) return { listItem: false, text: line };
  const rest = line.slice(m[0].length).trim();
  if (rest === '') return { listItem: false, text: line };
  return { listItem: true, text: rest };
}

/** True when the line is a bare bullet glyph (PDFs often draw the bullet as its own text item). */
export function isBareBullet(text: string): boolean {
  return /^(?:[•▪▫●◦‣∙·■□○◆◇►▶▸➢➤➔→✓✔❖★☆♦]|[-–—*+])$/u.test(text.trim());
}

/**
 * True for a short line written in capitals, like "EXPÉRIENCES PROFESSIONNELLES" or "SKILLS":
 * at least one word of 5+ letters, no lowercase letter, at most 6 words and 50 characters, no digit-only content,
 * and not ending like a sentence.
 */
export function isCapsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length > 50 || t.split(/\s+/).length > 6) return false;
  const letters = t.match(/\p{L}/gu);
  if (!letters || letters.length < 3) return false;
  if (/\p{Ll}/u.test(t)) return false;
  if (/[.;,]$/.test(t)) return false;
  // Acronym lists ("HTML CSS SQL") and codes are not headings: require one word of 5+ letters.
  return /\p{Lu}{5,}/u.test(t.replace(/[’'`-]/g, ''));
}
