import type { SectionKind } from '../schema.js';
import type { Line } from './document.js';
import { fold } from './fold.js';

/** Heading vocabulary: folded word sequences → section kind. Longest phrase wins, so "parcours scolaire" beats "parcours". */
const PHRASES: Array<[string, SectionKind]> = [
  // profile
  ['profil', 'profile'], ['profile', 'profile'], ['a propos', 'profile'], ['about', 'profile'],
  ['resume', 'profile'], ['summary', 'profile'], ['synthese', 'profile'], ['objectif', 'profile'],
  ['objectifs', 'profile'], ['objective', 'profile'], ['presentation', 'profile'], ['qui suis je', 'profile'],
  ['projet professionnel', 'profile'], ['accroche', 'profile'], ['en bref', 'profile'],
  ['personal statement', 'profile'], ['career objective', 'profile'],
  // experience
  ['experience', 'experience'], ['experiences', 'experience'], ['parcours', 'experience'],
  ['emplois', 'experience'], ['stages', 'experience'], ['missions', 'experience'],
  ['historique', 'experience'], ['employment', 'experience'], ['work history', 'experience'],
  ['career history', 'experience'], ['internships', 'experience'], ['postes occupes', 'experience'],
  ['carriere', 'experience'], ['career', 'experience'],
  // education
  ['formation', 'education'], ['formations', 'education'], ['diplome', 'education'], ['diplomes', 'education'],
  ['etudes', 'education'], ['cursus', 'education'], ['scolarite', 'education'], ['parcours scolaire', 'education'],
  ['parcours academique', 'education'], ['parcours universitaire', 'education'], ['parcours de formation', 'education'],
  ['education', 'education'], ['training', 'education'], ['qualifications', 'education'], ['degrees', 'education'],
  ['academic background', 'education'],
  // skills
  ['competences', 'skills'], ['competence', 'skills'], ['savoir faire', 'skills'], ['savoir etre', 'skills'],
  ['savoirs', 'skills'], ['aptitudes', 'skills'], ['qualites', 'skills'], ['atouts', 'skills'], ['skills', 'skills'],
  ['expertise', 'skills'], ['expertises', 'skills'], ['outils', 'skills'], ['logiciels', 'skills'],
  ['informatique', 'skills'], ['connaissances', 'skills'], ['technologies', 'skills'], ['stack', 'skills'],
  ['tools', 'skills'], ['abilities', 'skills'], ['points forts', 'skills'], ['strengths', 'skills'],
  ['competencies', 'skills'], ['core competencies', 'skills'],
  // languages
  ['langues', 'languages'], ['langue', 'languages'], ['languages', 'languages'], ['language', 'languages'],
  ['competences linguistiques', 'languages'], ['language skills', 'languages'],
  // certifications
  ['certifications', 'certifications'], ['certification', 'certifications'], ['certificats', 'certifications'],
  ['certificates', 'certifications'], ['habilitations', 'certifications'], ['accreditations', 'certifications'],
  ['licenses', 'certifications'],
  // projects
  ['projets', 'projects'], ['projet', 'projects'], ['projects', 'projects'], ['realisations', 'projects'],
  ['portfolio', 'projects'], ['side projects', 'projects'],
  // interests
  ['centres d interet', 'interests'], ['centres d interets', 'interests'], ['centre d interet', 'interests'],
  ['centre d interets', 'interests'], ['interets', 'interests'], ['loisirs', 'interests'], ['passions', 'interests'],
  ['hobbies', 'interests'], ['interests', 'interests'], ['activites extra professionnelles', 'interests'],
  ['activites', 'interests'], ['sports', 'interests'],
  // other
  ['benevolat', 'other'], ['volunteering', 'other'], ['volunteer', 'other'], ['engagement associatif', 'other'],
  ['engagements', 'other'], ['vie associative', 'other'], ['publications', 'other'], ['references', 'other'],
  ['informations', 'other'], ['infos', 'other'], ['divers', 'other'], ['autres', 'other'], ['information', 'other'],
  ['awards', 'other'], ['distinctions', 'other'], ['prix', 'other'], ['contact', 'other'], ['contacts', 'other'],
  ['coordonnees', 'other'], ['permis', 'other'], ['honors', 'other'], ['details', 'other'],
];

/** Words that may surround a heading keyword without making it a sentence. */
const MODIFIERS = new Set(
  (
    'professionnelle professionnelles professionnel professionnels pro techniques technique cles cle personnelles ' +
    'personnels personnel personnelle principales principaux principal informatiques numeriques transversales ' +
    'comportementales complementaires specifiques recentes recente academique academiques scolaire initiale ' +
    'continue etrangeres parlees significatives relationnelles diverses obtenus obtenues acquises et de des d du en ' +
    'mes my ma mon nos our and of the professional relevant key main core technical personal work employment ' +
    'history background other additional selected recent academic ou les la le l a moi me extra hard soft it ' +
    'digital numerique s x e and or other certifies suite continued cont'
  ).split(' '),
);

/** Kinds whose heading may carry content on the same line after a colon ("Langues : anglais C1"). */
const INLINE_KINDS = new Set<SectionKind>(['languages', 'skills', 'interests', 'certifications', 'education', 'profile']);

interface PhraseNode {
  kind?: SectionKind;
  next: Map<string, PhraseNode>;
}

const TRIE: PhraseNode = { next: new Map() };
for (const [phrase, kind] of PHRASES) {
  let node = TRIE;
  for (const w of phrase.split(' ')) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  node.kind = kind;
}

const MAX_HEADING_LENGTH = 60;
const MAX_TOKENS = 7;

/** Longest vocabulary phrase at `tokens[i]`: its kind and length, or undefined. */
function phraseAt(tokens: readonly string[], i: number): { kind: SectionKind; length: number } | undefined {
  let node: PhraseNode | undefined = TRIE;
  let best: { kind: SectionKind; length: number } | undefined;
  for (let j = i; j < tokens.length && node; j++) {
    node = node.next.get(tokens[j] as string);
    if (node?.kind) best = { kind: node.kind, length: j - i + 1 };
  }
  return best;
}

/** Undoes letter-spacing ("E X P É R I E N C E S") that some PDF templates use for headings. */
function unspace(s: string): string {
  if (!/^(?:\S ){3,}\S$|^(?:\S ){2,}\S {2,}/.test(s)) return s;
  return s
    .split(/ {2,}/)
    .map((w) => w.replace(/ /g, ''))
    .join(' ');
}

function tokens(folded: string): string[] {
  return unspace(folded).split(/[^a-z0-9+]+/).filter((t) => t !== '');
}

/** Kind of a heading text when every word is vocabulary or a modifier (strict), else undefined. */
function strictKind(folded: string): SectionKind | undefined {
  const toks = tokens(folded);
  if (toks.length === 0 || toks.length > MAX_TOKENS) return undefined;
  let kind: SectionKind | undefined;
  for (let i = 0; i < toks.length; ) {
    const p = phraseAt(toks, i);
    if (p) {
      kind ??= p.kind;
      i += p.length;
    } else if (MODIFIERS.has(toks[i] as string)) {
      i++;
    } else {
      return undefined;
    }
  }
  return kind;
}

/** Loose match for lines the source marks as headings: "Mes expériences dans le numérique". */
function looseKind(text: string, folded: string): SectionKind | undefined {
  if (/[|—–:,;\d]/.test(text)) return undefined;
  const toks = tokens(folded);
  let i = 0;
  if (['mes', 'my', 'ma', 'mon', 'nos', 'our'].includes(toks[0] ?? '')) i = 1;
  const p = phraseAt(toks, i);
  if (!p || toks.length - i - p.length > 4) return undefined;
  const allCaps = text === text.toUpperCase();
  const words = text.split(/\s+/).slice(i + p.length);
  if (!allCaps && words.some((w) => /^[A-ZÀ-Ý]/.test(w))) return undefined;
  return p.kind;
}

/** A recognised section heading. */
export interface HeadingMatch {
  kind: SectionKind;
  /** The heading as written, without decoration or trailing colon. */
  heading: string;
  /** When content follows the heading on the same line ("Langues : anglais"), its offset in the line. */
  contentOffset?: number;
}

const DECOR_START = /^[^\p{L}]*/u;
/** "II. Formation", "IV) Langues". */
const ROMAN_NUMBER = /^[IVX]{1,4}[.)]\s+/;
/** Length of the decoration at the end of a heading (anything but letters and a closing parenthesis). */
function decorEnd(s: string): number {
  let n = 0;
  while (n < s.length && !/[\p{L})]/u.test(s[s.length - 1 - n] as string)) n++;
  return n;
}

/**
 * Recognises a section heading in French or English ("Expériences professionnelles", "EXPÉRIENCE",
 * "Work experience", "Compétences (techniques)", "Centres d'intérêt"…). Every word must be heading
 * vocabulary or a modifier, so a sentence containing "formation" is not a heading. A line the source marks
 * as a heading may also start with a keyword followed by a few lower-case words. A heading may be followed
 * by a colon and content for profile, skills, languages, interests, certifications and education.
 */
export function matchHeading(line: Line): HeadingMatch | undefined {
  const { text, folded } = line;
  if (line.listItem) return undefined;
  const hasColon = text.includes(':') || text.includes('：');
  if (!hasColon && !line.heading && text.length > MAX_HEADING_LENGTH + 10) return undefined;
  const decor = DECOR_START.exec(text)?.[0].length ?? 0;
  const lead = decor + (ROMAN_NUMBER.exec(text.slice(decor))?.[0].length ?? 0);
  const colon = hasColon ? text.search(/\s*[:：]/) : -1;
  if (colon > lead) {
    const rest = text.slice(colon).replace(/^\s*[:：]\s*/, '');
    const kind = strictKind(folded.slice(lead, colon));
    if (kind && (rest === '' || INLINE_KINDS.has(kind))) {
      const heading = text.slice(lead, colon);
      return rest === '' ? { kind, heading } : { kind, heading, contentOffset: text.length - rest.length };
    }
    if (kind || rest !== '') return undefined;
  }
  const trail = decorEnd(text);
  const heading = text.slice(lead, text.length - trail);
  const core = folded.slice(lead, text.length - trail);
  if (heading === '') return undefined;
  if (heading.length <= MAX_HEADING_LENGTH) {
    const kind = strictKind(core);
    if (kind) return { kind, heading };
  }
  if (line.heading) {
    const kind = looseKind(heading, core);
    if (kind) return { kind, heading };
  }
  return undefined;
}

/** `matchHeading` for a bare string (tests, JSON Resume labels). */
export function headingKind(text: string): SectionKind | undefined {
  const t = text.trim();
  const line: Line = { index: 0, text: t, folded: fold(t), start: 0, end: t.length, heading: false, listItem: false, gapBefore: true };
  return matchHeading(line)?.kind;
}
