import type { CvContact } from '../schema.js';
import { contactMatches } from './contact.js';

const ADDRESS =
  /(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|allée|allee|impasse|place|quai|route|cours|square|résidence|residence|lotissement|lieu-dit|street|road|lane|st\.)(?![\p{L}])[^,\n·|•;]*(?:,?\s*\d{5}\s+[\p{L}'’ -]*\p{L})?/giu;

const PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'der', 'den', 'le', 'la', 'di', 'da', 'dos', 'del', 'ben', 'bin', 'el', 'al']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Placeholders by CV language. */
const LABELS = {
  fr: { email: '[email]', phone: '[téléphone]', url: '[url]', name: '[nom]', address: '[adresse]' },
  en: { email: '[email]', phone: '[phone]', url: '[url]', name: '[name]', address: '[address]' },
} as const;

/**
 * Builds a function that removes contact details from any string: emails → "[email]", phones → "[téléphone]"
 * ("[phone]" in English), URLs → "[url]", street addresses → "[adresse]", and every word of the person's name
 * (as written or in capitals, ≥ 2 letters, particles kept) → "[nom]" ("[name]"), adjacent placeholders merged.
 * Known contact values are removed wherever they appear, even where the patterns would not catch them.
 */
export function makeRedactor(contact: CvContact, lang: 'fr' | 'en'): (s: string) => string {
  const l = LABELS[lang];
  const literals: Array<[string, string]> = [
    ...contact.emails.map((v): [string, string] => [v, l.email]),
    ...contact.urls.map((u): [string, string] => [u.url, l.url]),
    ...contact.phones.map((v): [string, string] => [v, l.phone]),
  ].sort((a, b) => b[0].length - a[0].length);
  const words = (contact.name ?? '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.,]$/, ''))
    .filter((w) => w.length >= 2 && !PARTICLES.has(w.toLowerCase()));
  const forms = [...new Set(words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()]))];
  const nameRe = forms.length > 0 ? new RegExp(`(?<![\\p{L}\\d])(?:${forms.map(escape).join('|')})(?![\\p{L}\\d])`, 'gu') : undefined;
  const merge = new RegExp(`${escape(l.name)}(?:[\\s-]+${escape(l.name)})+`, 'g');

  return (input: string): string => {
    let s = input;
    for (const [value, label] of literals) if (value !== '') s = s.split(value).join(label);
    const m = contactMatches(s);
    const spans = [
      ...m.emails.map((f) => ({ ...f, label: l.email })),
      ...m.urls.map((f) => ({ ...f, label: l.url })),
      ...m.phones.map((f) => ({ ...f, label: l.phone })),
    ].sort((a, b) => b.index - a.index);
    for (const f of spans) s = s.slice(0, f.index) + f.label + s.slice(f.end);
    s = s.replace(ADDRESS, l.address);
    if (nameRe) s = s.replace(nameRe, l.name).replace(merge, l.name);
    return s;
  };
}
