import { hasPlaceShape, isKnownPlace } from './places.js';
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

/** Remembers a string test's answers for the duration of one `parseHeader` call (the same parts are tested often). */
function memo(test: (s: string) => boolean): (s: string) => boolean {
  const seen = new Map<string, boolean>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = test(s);
      seen.set(s, v);
    }
    return v;
  };
}

/** The vocabulary tests a header needs, memoised per call. */
interface Tests {
  place: (s: string) => boolean;
  placeLike: (s: string) => boolean;
  title: (s: string) => boolean;
  contract: (s: string) => boolean;
}

function tests(): Tests {
  const place = memo(isKnownPlace);
  const shape = memo(hasPlaceShape);
  return { place, placeLike: (s) => place(s) || shape(s), title: memo(isJobTitle), contract: memo(isContract) };
}

/** Fields of the header lines, contract mentions and the location, before roles are decided. */
interface Collected {
  fields: Field[];
  contracts: string[];
  location?: string;
}

/** Parentheses of a line: contracts are dropped, places become the location, the rest stays. */
function stripParens(line: string, c: Collected, is: Tests): string {
  return clean(line).replace(PAREN, (m: string, inner: string, at: number, whole: string) => {
    const t = inner.trim();
    if (is.contract(t) && !TRAINING.test(t)) {
      c.contracts.push(t);
      return '';
    }
    const owner = whole.slice(0, at).split(/[,|·•—–]/).pop() ?? '';
    if (!/^\d+$/.test(t) && (is.place(t) || (owner.trim() !== '' && !is.title(owner) && is.placeLike(t)))) {
      c.location ??= t;
      return '';
    }
    return m;
  });
}

const TITLE_LABEL = /^(?:poste|fonction|intitul[ée] du poste|emploi|m[ée]tier|job title|position|role)\s*:\s*/i;
const EMPLOYER_LABEL = /^(?:employeur|entreprise|soci[ée]t[ée]|structure|organisme|company|employer)\s*:\s*/i;
const PLACE_LABEL = /^(?:lieu|ville|localisation|location|city)\s*:\s*/i;
/** What is left of "Période : 2019 – 2021" once the date is cut out. */
const DATE_LABEL = /^(?:p[ée]riode|dates?|dur[ée]e|du|from|when)$/i;

/** True for a labelled header line: "Poste : …", "Entreprise : …", "Lieu : …". */
export function isLabelledHeader(text: string): boolean {
  return TITLE_LABEL.test(text) || EMPLOYER_LABEL.test(text) || PLACE_LABEL.test(text);
}

/** Splits every line into fields: labels ("Poste : …"), "X chez Y", strong separators, then commas; trailing places go to the location. */
function collect(lines: readonly string[], is: Tests): Collected {
  const c: Collected = { fields: [], contracts: [] };
  for (const raw of lines) {
    const firstField = c.fields.length;
    const placeBefore = c.location;
    let s = clean(stripParens(raw, c, is));
    if (s === '' || DATE_LABEL.test(s)) continue;
    const label = TITLE_LABEL.exec(s) ?? EMPLOYER_LABEL.exec(s) ?? PLACE_LABEL.exec(s);
    if (label) {
      const value = clean(s.slice(label[0].length));
      if (value === '') continue;
      if (PLACE_LABEL.test(label[0])) c.location ??= value;
      else c.fields.push({ text: value, role: TITLE_LABEL.test(label[0]) ? 'title' : 'employer', tail: false, placeLine: false });
      continue;
    }
    let role: Field['role'];
    const split = ROLE_SPLIT.exec(s);
    if (split && split.index > 0) {
      const left = clean(s.slice(0, split.index));
      if (left !== '') c.fields.push({ text: left, role: 'title', tail: false, placeLine: false });
      s = s.slice(split.index + split[0].length);
      role = 'employer';
    }
    for (const segment of s.split(STRONG)) {
      const parts = commaParts(segment);
      const bares = parts.map(withoutParens);
      // A segment made of places only, the first one known: "Lyon", "Dublin, Ireland", "Lyon, Rhône".
      if (!role && is.place(bares[0] ?? '') && bares.every(is.placeLike)) {
        c.location ??= bares.join(', ');
        continue;
      }
      // A trailing run of places: "Lumio Retail, Paris, France" → "Paris, France".
      const headIsTitle = is.title(parts[0] ?? '') && !is.contract(parts[0] ?? '');
      let k = parts.length;
      while (k > 1) {
        const bare = bares[k - 1] as string;
        if (!is.place(bare) && (headIsTitle || !is.placeLike(bare))) break;
        k--;
      }
      if (k < parts.length) c.location ??= bares.slice(k).join(', ');
      parts.slice(0, k).forEach((p, i) => {
        const f: Field = { text: p, tail: i > 0, placeLine: false };
        if (i > 0) f.head = parts[0];
        if (role) {
          f.role = role;
          role = undefined;
        }
        c.fields.push(f);
      });
    }
    const lineFields = c.fields.slice(firstField);
    const namesPlace = placeBefore !== c.location || lineFields.some((f) => f.tail && is.place(withoutParens(f.text)));
    for (const f of lineFields) f.placeLine = namesPlace;
  }
  return c;
}

/**
 * Reads title, employer and location from the header lines of one experience (dates already removed):
 * "Titre — Employeur, Ville", "Titre | Employeur | Ville", "Employeur (Ville)" + "Titre",
 * "Titre chez Employeur", "Title at Company", "Employeur, Ville — CDI", labelled lines ("Poste : …",
 * "Entreprise : …", "Lieu : …"). Contract types ("CDI", "Stage",
 * "CDD puis CDI") are dropped, except "(stage)" in a title; the employer loses its parentheses ("Nordis
 * Services (ESN)" → "Nordis Services"); a trailing run of places is the location ("Paris, France"); a
 * job-title vocabulary decides which part is the title, else the order does ("Titre — Employeur"), unless
 * the first part is a company or the line that named a place.
 */
export function parseHeader(lines: readonly string[]): HeaderFields {
  const is = tests();
  const c = collect(lines, is);
  const candidates: Field[] = [];
  for (const f of c.fields) {
    if (f.role !== 'title' && is.contract(f.text)) {
      c.contracts.push(f.text);
      continue;
    }
    const bare = withoutParens(f.text);
    const placeLike =
      f.role === undefined && (is.place(bare) || (f.tail && f.head !== undefined && !is.title(f.head) && is.placeLike(bare)));
    if (placeLike && (c.location === undefined || f.tail)) {
      c.location ??= bare;
      continue;
    }
    candidates.push(f);
  }

  const upper = (f: Field): boolean => /^[\p{Lu}\d]/u.test(f.text);
  const titles = candidates.filter((f) => f.role !== 'employer' && is.title(f.text));
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
    } else if (a && (isCompanyName(a.text) || c.contracts.length > 0)) {
      employer = a;
    } else {
      title = a;
    }
  }
  if (c.location === undefined) {
    const left = candidates.find((f) => f !== title && f !== employer && f.role === undefined && is.placeLike(withoutParens(f.text)));
    if (left) c.location = withoutParens(left.text);
  }
  const out: HeaderFields = { title: title ? title.text : (c.contracts[0] ?? '') };
  if (employer) out.employer = withoutParens(employer.text) || employer.text;
  if (c.location !== undefined) out.location = c.location;
  return out;
}
