import { type Line, isBullet, stripBullet } from './document.js';

/** Words a complete line never ends with: the line was wrapped. */
const DANGLING = /(?:^|\s)(?:de|des|du|d'|la|le|les|l'|un|une|et|ou|en|pour|par|avec|sur|dans|à|au|aux|the|of|and|or|to|for|with|in|on|a|an)$/i;

/** A label with nothing after it ("Missions :", "Réalisations :"): no information of its own. */
const LABEL = /^[\p{L}' ]{1,40}:$/u;

/**
 * Turns the body lines of an entry into description items: bullets stripped, pure labels dropped, and a
 * line that does not start a bullet but continues a sentence (previous item without final punctuation,
 * this one starting in lower case, or the previous one ending on "de", "et", "the"…) joined to the previous item — PDF wraps long bullets over several lines.
 */
export function descriptionLines(lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const text = stripBullet(line.text).text.trim();
    if (text === '' || LABEL.test(text)) continue;
    const prev = out[out.length - 1];
    if (prev !== undefined && !isBullet(line) && !/[.!?;:]$/.test(prev) && (/^[\p{Ll}(&+]/u.test(text) || DANGLING.test(prev))) {
      out[out.length - 1] = `${prev} ${text}`;
    } else {
      out.push(text);
    }
  }
  return out;
}
