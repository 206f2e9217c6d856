import type { CefrLevel, CvLanguage } from '../schema.js';
import type { Line } from './document.js';
import { fold } from './fold.js';
import { trimChars } from './trim.js';
import { type Word, words } from './words.js';

/** Folded language names (French and English) → ISO 639-1 code, or a lower-case name when there is none. */
const NAMES: Record<string, string> = {
  francais: 'fr', french: 'fr', anglais: 'en', english: 'en', espagnol: 'es', spanish: 'es', castillan: 'es',
  allemand: 'de', german: 'de', italien: 'it', italian: 'it', portugais: 'pt', portuguese: 'pt', arabe: 'ar',
  arabic: 'ar', chinois: 'zh', chinese: 'zh', mandarin: 'zh', cantonais: 'zh', cantonese: 'zh', japonais: 'ja',
  japanese: 'ja', russe: 'ru', russian: 'ru', neerlandais: 'nl', dutch: 'nl', flamand: 'nl', polonais: 'pl',
  polish: 'pl', roumain: 'ro', romanian: 'ro', turc: 'tr', turkish: 'tr', coreen: 'ko', korean: 'ko', hindi: 'hi',
  vietnamien: 'vi', vietnamese: 'vi', grec: 'el', greek: 'el', suedois: 'sv', swedish: 'sv', norvegien: 'no',
  norwegian: 'no', danois: 'da', danish: 'da', finnois: 'fi', finnish: 'fi', hebreu: 'he', hebrew: 'he',
  persan: 'fa', farsi: 'fa', persian: 'fa', ukrainien: 'uk', ukrainian: 'uk', tcheque: 'cs', czech: 'cs',
  hongrois: 'hu', hungarian: 'hu', bulgare: 'bg', bulgarian: 'bg', croate: 'hr', croatian: 'hr', serbe: 'sr',
  serbian: 'sr', albanais: 'sq', albanian: 'sq', armenien: 'hy', armenian: 'hy', georgien: 'ka', georgian: 'ka',
  catalan: 'ca', basque: 'eu', breton: 'br', occitan: 'oc', corse: 'co', corsican: 'co', wolof: 'wo',
  bambara: 'bm', lingala: 'ln', swahili: 'sw', malgache: 'mg', malagasy: 'mg', tamoul: 'ta', tamil: 'ta',
  bengali: 'bn', ourdou: 'ur', urdu: 'ur', pendjabi: 'pa', punjabi: 'pa', thai: 'th', thailandais: 'th',
  indonesien: 'id', indonesian: 'id', malais: 'ms', malay: 'ms', tagalog: 'tl', latin: 'la', lituanien: 'lt',
  lithuanian: 'lt', letton: 'lv', latvian: 'lv', estonien: 'et', estonian: 'et', slovaque: 'sk', slovak: 'sk',
  slovene: 'sl', slovenian: 'sl', islandais: 'is', icelandic: 'is', irlandais: 'ga', irish: 'ga', gallois: 'cy',
  welsh: 'cy', kurde: 'ku', kurdish: 'ku', pachto: 'ps', pashto: 'ps', amharique: 'am', amharic: 'am',
  somali: 'so', haoussa: 'ha', hausa: 'ha', yoruba: 'yo', peul: 'ff', fulani: 'ff', creole: 'creole',
  kabyle: 'kabyle', berbere: 'berbère', amazigh: 'berbère', lsf: 'lsf', 'langue des signes francaise': 'lsf',
  'langue des signes': 'lsf', 'french sign language': 'lsf', 'creole haitien': 'ht', 'haitian creole': 'ht',
  'arabe litteraire': 'ar', 'arabe dialectal': 'ar', 'arabe marocain': 'ar', 'arabe algerien': 'ar',
  'portugais bresilien': 'pt', 'brazilian portuguese': 'pt',
};
/** First words of the multi-word names ("langue des signes française" → "langue"). */
const PHRASE_STARTS = new Set(Object.keys(NAMES).filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] as string));
const MAX_PHRASE = Math.max(...Object.keys(NAMES).map((k) => k.split(' ').length));

/** Proficiency words, most specific first. */
const WORDS: Array<[RegExp, CefrLevel]> = [
  [/native or bilingual|langue maternelle|maternelle|mother tongue|langue natale|first language|natif|native|natale/, 'native'],
  [/quasi[- ]bilingue|near[- ]native|bilingue|bilingual/, 'C2'],
  [/full professional|courant|couramment|fluent|fluently|avance|advanced|tres bon niveau|excellent|maitrise|lu,? ecrit,? parle/, 'C1'],
  [/professional working|professionnel|professionnelle|professional|bon niveau|good|operationnel|operationnelle|upper[- ]intermediate|independant/, 'B2'],
  [/intermediaire|intermediate|moyen|correct|conversationnel|conversational|assez bon/, 'B1'],
  [/limited working|elementary|elementaire|scolaire|basic|basique|bases|lower[- ]intermediate/, 'A2'],
  [/notions|notion|debutant|debutante|beginner|initiation/, 'A1'],
];

const CEFR_RE = /(?<![A-Za-z0-9])([ABCabc][12])(?![0-9])/;

function scoreLevel(f: string): CefrLevel | undefined {
  const toeic = /toeic[^0-9]{0,12}(\d{3})(?!\d)/.exec(f);
  if (toeic?.[1]) {
    const s = Number(toeic[1]);
    return s >= 945 ? 'C1' : s >= 785 ? 'B2' : s >= 550 ? 'B1' : s >= 225 ? 'A2' : 'A1';
  }
  const toefl = /toefl[^0-9]{0,12}(\d{2,3})(?!\d)/.exec(f);
  if (toefl?.[1]) {
    const s = Number(toefl[1]);
    if (s <= 120) return s >= 114 ? 'C2' : s >= 95 ? 'C1' : s >= 72 ? 'B2' : s >= 42 ? 'B1' : 'A2';
    return s >= 627 ? 'C1' : s >= 543 ? 'B2' : s >= 460 ? 'B1' : 'A2';
  }
  const ielts = /ielts[^0-9]{0,12}(\d(?:[.,]\d)?)(?![\d])/.exec(f);
  if (ielts?.[1]) {
    const b = Number(ielts[1].replace(',', '.'));
    return b >= 8.5 ? 'C2' : b >= 7 ? 'C1' : b >= 5.5 ? 'B2' : b >= 4 ? 'B1' : 'A2';
  }
  if (/(?<![a-z])(?:cpe|cambridge proficiency|c2 proficiency)(?![a-z])/.test(f)) return 'C2';
  if (/(?<![a-z])(?:cae|cambridge advanced|c1 advanced)(?![a-z])/.test(f)) return 'C1';
  if (/(?<![a-z])(?:fce|cambridge first|b2 first)(?![a-z])/.test(f)) return 'B2';
  return undefined;
}

/**
 * CEFR level of a level text as written, or undefined. Order: an explicit CEFR level ("B2", "C1"; the first
 * one), then a test score (TOEIC ≥945 C1, ≥785 B2, ≥550 B1, ≥225 A2; TOEFL iBT ≥114 C2, ≥95 C1, ≥72 B2,
 * ≥42 B1; IELTS ≥8.5 C2, ≥7 C1, ≥5.5 B2, ≥4 B1; Cambridge CPE/CAE/FCE), then words:
 * "langue maternelle"/"native" = native; "bilingue"/"bilingual" = C2; "courant"/"fluent"/"avancé" = C1;
 * "professionnel"/"professional working"/"bon niveau" = B2; "intermédiaire"/"intermediate" = B1;
 * "scolaire"/"basic"/"élémentaire" = A2; "notions"/"débutant"/"beginner" = A1.
 */
export function cefrLevel(text: string): CefrLevel | undefined {
  const explicit = CEFR_RE.exec(text);
  if (explicit?.[1]) return explicit[1].toUpperCase() as CefrLevel;
  const f = fold(text);
  const score = scoreLevel(f);
  if (score) return score;
  for (const [re, level] of WORDS) if (re.test(f)) return level;
  return undefined;
}

/** Separators around a level; ")" stays so that "(B1)" keeps its pair, and is dropped below when alone. */
const AROUND_LEVEL = new Set([...' \t\u00a0:;,-–—/|·•([]=>']);

function cleanLevelText(s: string): string {
  let t = trimChars(trimChars(s, AROUND_LEVEL).replace(/^\)+/, ''), AROUND_LEVEL);
  // keep a closing parenthesis only when its opening one is kept
  if (t.endsWith(')') && !t.includes('(')) t = t.slice(0, -1).trim();
  return t;
}

/** The ISO code (or lower-case name) of a language name, or undefined when it is not a language. */
export function languageCode(name: string): string | undefined {
  const f = fold(name.trim()).replace(/\s+/g, ' ');
  return NAMES[f];
}

interface Mention {
  code: string;
  name: string;
  index: number;
  end: number;
}

/** Language names in a line, found word by word (a dictionary lookup per word, not a huge regex). */
function mentions(line: Line): Mention[] {
  const ws = words(line.folded);
  const out: Mention[] = [];
  for (let i = 0; i < ws.length; i++) {
    const first = ws[i] as Word;
    let found: { code: string; last: number } | undefined;
    if (PHRASE_STARTS.has(first.word)) {
      let key = first.word;
      for (let j = i + 1; j < ws.length && j < i + MAX_PHRASE; j++) {
        key += ` ${(ws[j] as Word).word}`;
        const code = NAMES[key];
        if (code !== undefined) found = { code, last: j };
      }
    }
    const single = NAMES[first.word];
    if (!found && single !== undefined) found = { code: single, last: i };
    if (!found) continue;
    const end = (ws[found.last] as Word).end;
    out.push({ code: found.code, name: line.text.slice(first.index, end), index: first.index, end });
    i = found.last;
  }
  return out;
}

function add(out: CvLanguage[], lang: CvLanguage): void {
  const same = out.find((l) => l.code === lang.code);
  if (!same) {
    out.push(lang);
    return;
  }
  if (!same.level && lang.level) {
    same.level = lang.level;
    if (lang.levelText !== undefined) same.levelText = lang.levelText;
  }
}

function make(m: Mention, levelText: string | undefined): CvLanguage {
  const lang: CvLanguage = { code: m.code, name: m.name };
  if (levelText) {
    lang.levelText = levelText;
    const level = cefrLevel(levelText);
    if (level) lang.level = level;
  }
  return lang;
}

/**
 * Reads the lines of a languages section: "Anglais : courant (TOEIC 850)", "Anglais (C1), espagnol (notions)",
 * "Français : langue maternelle - Anglais : notions", "English — native", a name on one line and its level
 * on the next, or a level before the names ("Notions : italien, russe"). `levelText` is the level as written.
 * A language named twice is kept once (the first mention with a level wins).
 */
export function extractLanguages(lines: readonly Line[]): CvLanguage[] {
  const out: CvLanguage[] = [];
  lines.forEach((line, li) => {
    const ms = mentions(line);
    if (ms.length === 0) return;
    const prefix = cleanLevelText(line.text.slice(0, (ms[0] as Mention).index));
    ms.forEach((m, k) => {
      const next = ms[k + 1];
      let levelText: string | undefined = cleanLevelText(line.text.slice(m.end, next ? next.index : line.text.length));
      if (levelText === '' || cefrLevel(levelText) === undefined) {
        if (levelText === '' && !next) {
          const following = lines[li + 1];
          if (following && mentions(following).length === 0 && following.text.split(/\s+/).length <= 6 && cefrLevel(following.text)) {
            levelText = cleanLevelText(following.text);
          }
        }
        if ((levelText === '' || cefrLevel(levelText) === undefined) && prefix !== '' && cefrLevel(prefix)) levelText = prefix;
      }
      add(out, make(m, levelText === '' ? undefined : levelText));
    });
  });
  return out;
}

/**
 * Languages mentioned outside a languages section, only where a level is stated next to the name
 * ("Anglais courant", "English (C1)") or a test score is given ("TOEIC 850" → English, named "anglais" in a
 * French CV and "English" in an English one).
 */
export function findStatedLanguages(lines: readonly Line[], docLanguage: 'fr' | 'en'): CvLanguage[] {
  const out: CvLanguage[] = [];
  for (const line of lines) {
    for (const m of mentions(line)) {
      const after = line.text.slice(m.end, m.end + 40);
      const levelText = cleanLevelText(after.split(/[,;|·•]/)[0] ?? '');
      if (levelText !== '' && levelText.split(/\s+/).length <= 5 && cefrLevel(levelText)) add(out, make(m, levelText));
    }
    const test = /(?<![a-z])(?:toeic|toefl|ielts)[^0-9]{0,12}\d+(?:[.,]\d)?/.exec(line.folded);
    if (test) {
      const levelText = line.text.slice(test.index, test.index + test[0].length);
      const lang: CvLanguage = { code: 'en', name: docLanguage === 'fr' ? 'anglais' : 'English' };
      const level = cefrLevel(levelText);
      if (level) {
        lang.level = level;
        lang.levelText = levelText;
        add(out, lang);
      }
    }
  }
  return out;
}
