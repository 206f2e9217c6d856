import { isKnownPlace, looksLikePlace } from './places.js';
import { isCompanyName, isContract, isJobTitle } from './roles.js';
import { trimSeparators } from './trim.js';

/** What the header lines of an experience say. */
export interface HeaderFields {
  title: string;
  employer?: string;
  location?: string;
}

interface Field {
  text: string;
  /** Set by "X chez Y" / "X at Y". */
  role?: 'title' | 'employer';
  /** Came after a comma ("Acme, Lyon" → "Lyon"). */
  tail: boolean;
  /** The text before the comma when `tail`. */
  head?: string;
  /** Its line also named a place ("Acme (Lyon)"): a hint that the line is the employer's. */
  placeLine: boolean;
}

const STRONG = /(?<!\s)\s+[—–-]+\s+|(?<!\s)\s*[|·•]\s*|\s{3,}/;
const ROLE_SPLIT = /(?<!\s)\s+(?:chez|at|@|au sein de(?: la| l'| l’| du)?|within)\s+/i;
const PAREN = /(?<!\s)\s*\(([^()]*)\)/g;
/** An internship changes what the title means, so it stays in it: "Technicien support (stage)". */
const TRAINING = /^(?:stage|internship)$/i;

function clean(s: string): string {
  return trimSeparators(s.replace(/\(\s*\)/g, '').replace(/\s+/g, ' '));
}

/** Splits on commas outside parentheses. */
function commaParts(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map(clean).filter((p) => p !== '');
}

const withoutParens = (s: string): string => clean(s.replace(PAREN, ''));

/**
 * Reads title, employer and location from the header lines of one experience (dates already removed):
 * "Titre — Employeur, Ville", "Titre | Employeur | Ville", "Employeur (Ville)" + "Titre",
 * "Titre chez Employeur", "Title at Company", "Employeur, Ville — CDI". Contract types ("CDI", "Stage",
 * "CDD puis CDI") are dropped, except "(stage)" in a title; the employer loses its parentheses ("Nordis
 * Services (ESN)" → "Nordis Services"); a trailing run of places is the location ("Paris, France"); a
 * job-title vocabulary decides which part is the title when the order is unusual.
 */
export function parseHeader(lines: readonly string[]): HeaderFields {
  const fields: Field[] = [];
  const contracts: string[] = [];
  let location: string | undefined;
  const place = (p: string): void => {
    location ??= p;
  };
  for (const raw of lines) {
    const firstField = fields.length;
    const placeBefore = location;
    let s = clean(raw).replace(PAREN, (m: string, inner: string, at: number, whole: string) => {
      const t = inner.trim();
      if (isContract(t) && !TRAINING.test(t)) {
        contracts.push(t);
        return '';
      }
      const owner = whole.slice(0, at).split(/[,|·•—–]/).pop() ?? '';
      if (!/^\d+$/.test(t) && (isKnownPlace(t) || (owner.trim() !== '' && !isJobTitle(owner) && looksLikePlace(t)))) {
        place(t);
        return '';
      }
      return m;
    });
    s = clean(s);
    if (s === '') continue;
    let role: Field['role'];
    const split = ROLE_SPLIT.exec(s);
    if (split && split.index > 0) {
      const left = clean(s.slice(0, split.index));
      if (left !== '') fields.push({ text: left, role: 'title', tail: false, placeLine: false });
      s = s.slice(split.index + split[0].length);
      role = 'employer';
    }
    for (const segment of s.split(STRONG)) {
      if (!role && isKnownPlace(withoutParens(segment))) {
        place(withoutParens(segment));
        continue;
      }
      const parts = commaParts(segment);
      // A trailing run of places: "Lumio Retail, Paris, France" → "Paris, France".
      const headIsTitle = isJobTitle(parts[0] ?? '') && !isContract(parts[0] ?? '');
      let k = parts.length;
      while (k > 1) {
        const bare = withoutParens(parts[k - 1] as string);
        if (!isKnownPlace(bare) && (headIsTitle || !looksLikePlace(bare))) break;
        k--;
      }
      if (k < parts.length) place(parts.slice(k).map(withoutParens).join(', '));
      parts.slice(0, k).forEach((p, i) => {
        const f: Field = { text: p, tail: i > 0, placeLine: false };
        if (i > 0) f.head = parts[0];
        if (role) {
          f.role = role;
          role = undefined;
        }
        fields.push(f);
      });
    }
    const lineFields = fields.slice(firstField);
    const namesPlace = placeBefore !== location || lineFields.some((f) => f.tail && isKnownPlace(withoutParens(f.text)));
    for (const f of lineFields) f.placeLine = namesPlace;
  }

  const candidates: Field[] = [];
  for (const f of fields) {
    if (f.role !== 'title' && isContract(f.text)) {
      contracts.push(f.text);
      continue;
    }
    const bare = withoutParens(f.text);
    const placeLike =
      f.role === undefined &&
      (isKnownPlace(bare) || (f.tail && f.head !== undefined && !isJobTitle(f.head) && looksLikePlace(bare)));
    if (placeLike && (location === undefined || f.tail)) {
      place(bare);
      continue;
    }
    candidates.push(f);
  }

  const upper = (f: Field): boolean => /^[\p{Lu}\d]/u.test(f.text);
  const titles = candidates.filter((f) => f.role !== 'employer' && isJobTitle(f.text));
  let title = candidates.find((f) => f.role === 'title') ?? titles.find((f) => !isCompanyName(f.text)) ?? titles[0];
  let employer =
    candidates.find((f) => f.role === 'employer') ??
    candidates.find((f) => f !== title && !f.tail) ??
    candidates.find((f) => f !== title && upper(f));
  if (!title) {
    const [a, b] = [...candidates.filter((f) => !f.tail), ...candidates.filter((f) => f.tail && upper(f))];
    employer = undefined;
    if (a && b) {
      const aFirm = (a.placeLine && !b.placeLine) || (isCompanyName(a.text) && !isCompanyName(b.text));
      [title, employer] = aFirm ? [b, a] : [a, b];
    } else if (a && (isCompanyName(a.text) || contracts.length > 0)) {
      employer = a;
    } else {
      title = a;
    }
  }
  if (location === undefined) {
    const left = candidates.find((f) => f !== title && f !== employer && f.role === undefined && looksLikePlace(withoutParens(f.text)));
    if (left) location = withoutParens(left.text);
  }
  const out: HeaderFields = { title: title ? title.text : (contracts[0] ?? '') };
  if (employer) out.employer = withoutParens(employer.text) || employer.text;
  if (location !== undefined) out.location = location;
  return out;
}
