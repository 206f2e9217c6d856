import { BoussoleError } from '../../errors.js';
import { ITEM_KIND } from '../../snapshot/format.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import type { SectionKind } from '../../read/schema.js';
import type { Mention, Proficiency, ProfileSkill, SkillKind } from '../schema.js';
import { fold } from '../text/index.js';
import { cuePositions, isNegated, proficiencyNear } from './context.js';
import { FuzzyNames } from './fuzzy.js';
import { PHRASE_FLAG } from './lexicon-format.js';
import type { Lexicon } from './lexicon.js';
import { OverlapIndex } from './overlap.js';
import { tokenStream, type TokenStream } from './token-stream.js';

/** A section of the text, by offsets (a `CvSection` fits). */
export interface SectionSpan {
  kind: SectionKind;
  start: number;
  end: number;
  /**
   * The heading as written, just before `start` (as the reader gives it) or at `start`; its words are not skills
   * ("Informatique", "Compétences").
   */
  heading?: string;
}

/** Options of {@link SkillExtractor.extract}. */
export interface ExtractOptions {
  /** Language of the text. The phrase-overlap matcher (French ROME phrasings) is skipped for `'en'`. */
  language?: 'fr' | 'en';
  /** Sections of the text by offsets: mentions get their kind, and skills/languages sections count as lists. */
  sections?: readonly SectionSpan[];
  /** Skills below this confidence are left out, 0..1 (default {@link DEFAULT_MIN_CONFIDENCE}). */
  minConfidence?: number;
}

/** Default {@link ExtractOptions.minConfidence}. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;
/** Coverage a sentence needs to express a long ROME phrasing (calibrated on the fixtures and eval/skills). */
export const OVERLAP_THRESHOLD = 0.8;

/** Tokens in at most this many overlap documents generate candidates (the inverted index's "rare" tokens). */
const RARE_DF = 150;
/** Base confidence by match type. */
const BASE = { alias: 0.9, rome: 0.85, romeSingle: 0.8, esco: 0.7, fuzzy: 0.75, overlap: 0.35 } as const;
/** Confidence factor by section kind; null = unknown. */
const SECTION_FACTOR: Record<SectionKind, number> = {
  skills: 1,
  experience: 1,
  projects: 1,
  certifications: 0.95,
  profile: 0.9,
  languages: 0.9,
  other: 0.9,
  education: 0.85,
  interests: 0.5,
};
const UNKNOWN_SECTION_FACTOR = 0.9;
/** Factor for an ambiguous name accepted from its context. */
const AMBIGUOUS_FACTOR = 0.85;
/** A list item (between commas, bullets, "et") this short is a list entry rather than prose. */
const MAX_LIST_ITEM_TOKENS = 4;
const MAX_FUZZY_ITEM_TOKENS = 3;
/** Longest list entry (characters) worth a typo search: the names are short. */
const MAX_FUZZY_CHARS = 24;
/** A word that may be a misspelt name: letters only, four or more. */
const TYPO_WORD = /^\p{L}{4,}$/u;
/** Characters allowed between a heading and the start of its section (line breaks, decorations). */
const MAX_HEADING_GAP = 12;
/** "Langages : …": a line label has at most this many words before its colon. */
const MAX_LABEL_TOKENS = 3;
/** Mean words per entry of a comma-separated list line. */
const MAX_MEAN_LIST_ENTRY = 3;
const LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['skills']);
/** Sections where savoir-être words belong to diploma names, not to the person. */
const NO_QUALITIES_SECTIONS: ReadonlySet<SectionKind> = new Set(['education', 'certifications']);
/** A year: lines with one are experience or education headers, not skill lists. */
const YEAR = /\b(?:19|20)\d\d\b/;
/** Sections whose lines are never skill lists (diplomas, hobbies). */
const NOT_LIST_SECTIONS: ReadonlySet<SectionKind> = new Set(['education', 'interests']);
const UPPER = /^\p{Lu}/u;
const LEVEL_RANK: Record<Proficiency, number> = { notions: 1, intermediate: 2, advanced: 3, expert: 4 };

interface Hit {
  concept: number;
  start: number;
  end: number;
  section: SectionKind | null;
  confidence: number;
  proficiency: Proficiency | undefined;
}

/** Per-text analysis shared by the three passes. */
interface Analysis {
  ts: TokenStream;
  cues: Int32Array;
  section: (SectionKind | null)[];
  /** Content tokens per list item. */
  itemSize: Uint32Array;
  /** 1 for lines that read as a list: "a, b, c" with short entries, or "Label : a, b". */
  listLine: Uint8Array;
  /** 1 for the label of a labelled line ("Langages" in "Langages : C, Python") and for section headings. */
  label: Uint8Array;
  /** 1 for the words of a section heading. */
  heading: Uint8Array;
  /** 1 for tokens inside a name found by the exact pass (accepted or not). */
  named: Uint8Array;
  /** 1 for lines labelled "Label : entries". */
  labelledLine: Uint8Array;
  /** Whether sections were given: then text outside any section (name, contact lines) is not a list. */
  hasSections: boolean;
}

/**
 * Finds ROME skills in a text, with evidence. Three passes over one token stream:
 * 1. exact and near-exact names (reviewed aliases, ROME labels, ESCO labels) with a trie over token ids, leftmost
 *    longest match, no overlaps; ambiguous short names (C, R, Java, Tableau…) only in a list or next to other
 *    technical evidence; capitalised-only names (Excel, Word, React) only when capitalised or in a list;
 * 2. long ROME phrasings matched to list items and sentence parts by idf-weighted token overlap (French text);
 * 3. fuse.js for typos in short skills-list entries that matched nothing.
 * Negated or wished skills ("pas de", "souhaite apprendre", "no experience with") are dropped; level words set the
 * proficiency. Pure and synchronous; build once per snapshot with {@link SkillExtractor.create}.
 */
export class SkillExtractor {
  private readonly snapshot: Snapshot;
  private readonly lexicon: Lexicon;
  private readonly overlap: OverlapIndex;
  private readonly fuzzy: FuzzyNames;
  /** Per phrase: 1 when one of its concepts is technical evidence. */
  private readonly phraseTech: Uint8Array;
  /** Per phrase: 1 when all its concepts are savoir-être. */
  private readonly phraseQuality: Uint8Array;
  /** Token keys of the words seen so far (folded token → key), shared by every text. */
  private readonly keyCache = new Map<string, string>();

  private constructor(snapshot: Snapshot, lexicon: Lexicon) {
    this.snapshot = snapshot;
    this.lexicon = lexicon;
    this.overlap = new OverlapIndex(lexicon, RARE_DF);
    this.fuzzy = new FuzzyNames(lexicon);
    this.phraseTech = new Uint8Array(lexicon.phraseCount);
    this.phraseQuality = new Uint8Array(lexicon.phraseCount);
    for (let p = 0; p < lexicon.phraseCount; p++) {
      const targets = lexicon.phraseTargets(p);
      this.phraseTech[p] = targets.some((c) => lexicon.tech[c] === 1) ? 1 : 0;
      this.phraseQuality[p] = targets.length > 0 && targets.every((c) => c < lexicon.itemCount && snapshot.itemKind[c] === ITEM_KIND.SAVOIR_ETRE) ? 1 : 0;
    }
  }

  /** Builds an extractor. Throws SNAPSHOT_CORRUPT when the lexicon was compiled for another snapshot. */
  static create(snapshot: Snapshot, lexicon: Lexicon): SkillExtractor {
    if (lexicon.rome !== snapshot.info.rome || lexicon.itemCount !== snapshot.itemCount) {
      throw new BoussoleError('SNAPSHOT_CORRUPT', { value: 'lexicon', reason: `built for ${lexicon.rome} (${lexicon.itemCount} items)` });
    }
    return new SkillExtractor(snapshot, lexicon);
  }

  /**
   * Skills found in `text`, most confident first. Offsets of mentions are UTF-16 offsets into `text`.
   * Deterministic; never logs or stores the text.
   */
  extract(text: string, options: ExtractOptions = {}): ProfileSkill[] {
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new BoussoleError('INVALID_ARGUMENT', { value: String(options.minConfidence), option: 'minConfidence', reason: 'expected 0..1' });
    }
    const a = this.analyse(text, options.sections ?? []);
    const hits: Hit[] = [];
    const matchedItems = new Set<number>();
    this.exactPass(a, hits, matchedItems);
    if (options.language !== 'en') this.overlapPass(a, hits);
    this.fuzzyPass(a, hits, matchedItems);
    return this.aggregate(text, hits, minConfidence);
  }

  private analyse(text: string, sections: readonly SectionSpan[]): Analysis {
    const ids = this.lexicon.tokenIds;
    const ts = tokenStream(text, (key) => ids.get(key) ?? -1, this.keyCache);
    const n = ts.tokens.length;
    const sorted = [...sections].sort((x, y) => x.start - y.start);
    const section: (SectionKind | null)[] = new Array<SectionKind | null>(n).fill(null);
    const label = new Uint8Array(n);
    const heading = new Uint8Array(n);
    let s = 0;
    for (let i = 0; i < n; i++) {
      const at = ts.tokens[i]?.start ?? 0;
      while (s < sorted.length && (sorted[s]?.end ?? 0) <= at) s++;
      const sec = sorted[s];
      if (sec !== undefined && sec.start <= at) section[i] = sec.kind;
    }
    for (const sec of sorted) {
      const span = headingSpan(text, sec);
      if (span === null) continue;
      for (let i = firstTokenAt(ts, span[0]); i < n && (ts.tokens[i]?.end ?? Infinity) <= span[1]; i++) {
        label[i] = 1;
        heading[i] = 1;
      }
    }
    const itemSize = new Uint32Array(n > 0 ? (ts.item[n - 1] ?? 0) + 1 : 0);
    for (let i = 0; i < n; i++) if (ts.content[i] === 1) itemSize[ts.item[i] ?? 0] = (itemSize[ts.item[i] ?? 0] ?? 0) + 1;
    const lines = listLines(ts, label);
    return {
      ts,
      cues: cuePositions(ts),
      section,
      itemSize,
      listLine: lines.list,
      labelledLine: lines.labelled,
      label,
      heading,
      named: new Uint8Array(n),
      hasSections: sections.length > 0,
    };
  }

  /** True when token i is an entry of a list: in a skills section, or a short item of a list line. */
  private inList(a: Analysis, i: number): boolean {
    const sec = a.section[i];
    if (a.label[i] === 1 || (sec != null && NOT_LIST_SECTIONS.has(sec)) || (sec == null && a.hasSections)) return false;
    if ((a.itemSize[a.ts.item[i] ?? 0] ?? 0) > MAX_LIST_ITEM_TOKENS) return false;
    return (sec != null && LIST_SECTIONS.has(sec)) || a.listLine[a.ts.line[i] ?? 0] === 1;
  }

  /**
   * True when tokens `first … last` are a whole entry of a skills list: a skills section, a labelled line
   * ("Qualités : organisation, autonomie"), or any list line when the text has no sections. Lines such as
   * "Employer · City, Country" in an experience section look like lists but are not.
   */
  private isListEntry(a: Analysis, first: number, last: number): boolean {
    if (!this.inList(a, first) || this.countContent(a, first, last) !== (a.itemSize[a.ts.item[first] ?? 0] ?? 0)) return false;
    const sec = a.section[first];
    return (sec != null && LIST_SECTIONS.has(sec)) || a.labelledLine[a.ts.line[first] ?? 0] === 1 || !a.hasSections;
  }

  private exactPass(a: Analysis, hits: Hit[], matchedItems: Set<number>): void {
    const { ts } = a;
    const lex = this.lexicon;
    // content tokens: their positions in the stream and their ids, in typed arrays (no array growth)
    const all = new Int32Array(ts.tokens.length);
    const allIds = new Int32Array(ts.tokens.length);
    let count = 0;
    for (let i = 0; i < ts.tokens.length; i++) {
      if (ts.content[i] !== 1) continue;
      all[count] = i;
      allIds[count++] = ts.ids[i] ?? -1;
    }
    const positions = all.subarray(0, count);
    const ids = allIds.subarray(0, count);
    const found: { first: number; last: number; phrase: number }[] = [];
    let p = 0;
    while (p < count) {
      const seg = ts.segment[positions[p] ?? 0];
      let to = p + 1;
      while (to < count && ts.segment[positions[to] ?? 0] === seg) to++;
      const m = lex.trie.longest(ids, p, to);
      if (m === null) {
        p++;
        continue;
      }
      found.push({ first: positions[p] ?? 0, last: positions[p + m.length - 1] ?? 0, phrase: m.phrase });
      p += m.length;
    }
    // sentences with technical evidence: unambiguous matches of IT concepts (an ambiguous name never vouches for itself)
    const techSentences = new Set<number>();
    for (const f of found) {
      if ((lex.phraseFlags[f.phrase] ?? 0) & PHRASE_FLAG.AMBIGUOUS) continue;
      if (this.phraseTech[f.phrase] === 1) techSentences.add(ts.sentence[f.first] ?? 0);
    }
    for (const f of found) for (let k = f.first; k <= f.last; k++) a.named[k] = 1;
    for (const f of found) {
      // an entry that contains a known name is not a typo, even when the name is rejected below
      matchedItems.add(ts.item[f.first] ?? 0);
      const flags = lex.phraseFlags[f.phrase] ?? 0;
      const first = ts.tokens[f.first];
      const last = ts.tokens[f.last];
      if (first === undefined || last === undefined) continue;
      const section = a.section[f.first] ?? null;
      // languages are reported by the reader (cv.languages), not as skills
      if (section === 'languages') continue;
      const list = this.inList(a, f.first);
      const oneChar = last.end - first.start === 1;
      let factor = 1;
      // labels ("Bureautique :", "Cloud & DevOps") and headings: plain names only, never a mere word
      if (a.label[f.first] === 1 && (flags & (PHRASE_FLAG.GENERIC | PHRASE_FLAG.AMBIGUOUS) || a.heading[f.first] === 1)) continue;
      // a diploma or certificate name says nothing of the person's qualities ("CAP Équipier polyvalent")
      if (section !== null && NO_QUALITIES_SECTIONS.has(section) && this.phraseQuality[f.phrase] === 1) continue;
      const upper = UPPER.test(ts.text[first.start] ?? '');
      // a one-word ordinary label counts only as a whole list entry ("Couture" in a list, not "couture" in prose)
      if (flags & PHRASE_FLAG.GENERIC && !this.isListEntry(a, f.first, f.last)) continue;
      if (flags & PHRASE_FLAG.GENERIC && flags & PHRASE_FLAG.CASED && !upper) continue;
      if (flags & PHRASE_FLAG.AMBIGUOUS || oneChar) {
        if (section === 'interests') continue;
        if (!list && !techSentences.has(ts.sentence[f.first] ?? 0)) continue;
        // ambiguous and capitalised-only (Go, Tableau, Java): the capital is required even in a list
        if ((oneChar || flags & PHRASE_FLAG.CASED) && !upper) continue;
        factor = AMBIGUOUS_FACTOR;
      } else if (flags & PHRASE_FLAG.CASED && !list && !upper) continue;
      if (isNegated(ts, a.cues, f.first)) continue;
      const base =
        flags & PHRASE_FLAG.ALIAS ? BASE.alias
        : flags & PHRASE_FLAG.ROME ? (f.first === f.last ? BASE.romeSingle : BASE.rome)
        : BASE.esco;
      const confidence = base * factor * (section === null ? UNKNOWN_SECTION_FACTOR : SECTION_FACTOR[section]);
      const proficiency = proficiencyNear(ts, f.first, f.last + 1);
      for (const concept of lex.phraseTargets(f.phrase)) {
        hits.push({ concept, start: first.start, end: last.end, section, confidence, proficiency });
      }
    }
  }

  /** Content tokens in `first … last`. */
  private countContent(a: Analysis, first: number, last: number): number {
    let n = 0;
    for (let k = first; k <= last; k++) n += a.ts.content[k] ?? 0;
    return n;
  }

  /** Long ROME phrasings: weighted token overlap per chunk (list item or sentence part). */
  private overlapPass(a: Analysis, hits: Hit[]): void {
    const { ts } = a;
    const n = ts.tokens.length;
    const buffer = new Int32Array(n);
    let i = 0;
    while (i < n) {
      const chunk = ts.chunk[i];
      let j = i;
      let count = 0;
      while (j < n && ts.chunk[j] === chunk) {
        if (ts.content[j] === 1) buffer[count++] = ts.ids[j] ?? -1;
        j++;
      }
      const ids = buffer.subarray(0, count);
      const section = a.section[i] ?? null;
      if (count >= 2 && section !== 'interests' && section !== 'languages' && this.overlap.hasRare(ids)) {
        for (const h of this.overlap.match(ids, { threshold: OVERLAP_THRESHOLD, limit: 2 })) this.addOverlapHit(a, hits, h.concept, h.doc, h.coverage, i, j, section);
      }
      i = j;
    }
  }

  private addOverlapHit(a: Analysis, hits: Hit[], concept: number, doc: number, coverage: number, from: number, to: number, section: SectionKind | null): void {
    const { ts } = a;
    const lex = this.lexicon;
    let first = -1;
    let last = -1;
    let fresh = false;
    const lo = lex.docStart[doc] ?? 0;
    const hi = lex.docStart[doc + 1] ?? 0;
    for (let k = from; k < to; k++) {
      const id = ts.ids[k] ?? -1;
      if (id < 0) continue;
      for (let q = lo; q < hi; q++) {
        if (lex.docTokens[q] === id) {
          if (first < 0) first = k;
          last = k;
          if (a.named[k] === 0) fresh = true;
          break;
        }
      }
    }
    const s = ts.tokens[first];
    const e = ts.tokens[last];
    if (s === undefined || e === undefined || isNegated(ts, a.cues, first)) return;
    // names already explain the chunk, or the words are scattered over it
    if (!fresh || this.countContent(a, first, last) > hi - lo + 1) return;
    // already found by name in this chunk
    const chunkStart = ts.tokens[from]?.start ?? 0;
    const chunkEnd = ts.tokens[to - 1]?.end ?? 0;
    if (hits.some((h) => h.concept === concept && h.start >= chunkStart && h.end <= chunkEnd)) return;
    const confidence = (BASE.overlap + 0.45 * coverage) * (section === null ? UNKNOWN_SECTION_FACTOR : SECTION_FACTOR[section]);
    hits.push({ concept, start: s.start, end: e.end, section, confidence, proficiency: proficiencyNear(ts, first, last + 1) });
  }

  /** Typos in short list entries that matched nothing. */
  private fuzzyPass(a: Analysis, hits: Hit[], matchedItems: Set<number>): void {
    const { ts } = a;
    const n = ts.tokens.length;
    let i = 0;
    while (i < n) {
      const item = ts.item[i] ?? 0;
      let j = i;
      while (j < n && ts.item[j] === item) j++;
      const size = a.itemSize[item] ?? 0;
      if (size >= 1 && size <= MAX_FUZZY_ITEM_TOKENS && !matchedItems.has(item) && this.isListEntry(a, i, j - 1)) this.fuzzyItem(a, hits, i, j);
      i = j;
    }
  }

  private fuzzyItem(a: Analysis, hits: Hit[], from: number, to: number): void {
    const { ts } = a;
    let first = -1;
    let last = -1;
    let unknown = false;
    for (let k = from; k < to; k++) {
      if (ts.content[k] !== 1) continue;
      if (first < 0) first = k;
      last = k;
      if ((ts.ids[k] ?? -1) < 0 && TYPO_WORD.test(ts.tokens[k]?.norm ?? '')) unknown = true;
    }
    const s = ts.tokens[first];
    const e = ts.tokens[last];
    // a typo makes a word the lexicon does not know: entries of known words, or too long for a name, are skipped
    if (s === undefined || e === undefined || !unknown || e.end - s.start > MAX_FUZZY_CHARS) return;
    const section = a.section[first] ?? null;
    if (section === 'languages') return;
    const hit = this.fuzzy.find(fold(ts.text.slice(s.start, e.end)));
    if (hit === null || isNegated(ts, a.cues, first)) return;
    const confidence = BASE.fuzzy * (1 - hit.score) * (section === null ? UNKNOWN_SECTION_FACTOR : SECTION_FACTOR[section]);
    for (const concept of this.lexicon.phraseTargets(hit.phrase)) {
      hits.push({ concept, start: s.start, end: e.end, section, confidence, proficiency: proficiencyNear(ts, first, last + 1) });
    }
  }

  private aggregate(text: string, hits: readonly Hit[], minConfidence: number): ProfileSkill[] {
    // hits grouped by concept (concepts in order of first hit, hits in order) by a counting sort: no growing lists
    const groupOf = new Map<number, number>();
    const group = new Int32Array(hits.length);
    const size: number[] = [];
    for (let i = 0; i < hits.length; i++) {
      const c = hits[i]?.concept ?? 0;
      let g = groupOf.get(c);
      if (g === undefined) {
        g = groupOf.size;
        groupOf.set(c, g);
        size[g] = 0;
      }
      group[i] = g;
      size[g] = (size[g] ?? 0) + 1;
    }
    const groupStart = new Int32Array(groupOf.size + 1);
    for (let g = 0; g < groupOf.size; g++) groupStart[g + 1] = (groupStart[g] ?? 0) + (size[g] ?? 0);
    const fill = groupStart.slice(0, groupOf.size);
    const order = new Array<Hit>(hits.length);
    for (let i = 0; i < hits.length; i++) {
      const g = group[i] ?? 0;
      const h = hits[i];
      if (h !== undefined) order[fill[g] ?? 0] = h;
      fill[g] = (fill[g] ?? 0) + 1;
    }
    const out: { skill: ProfileSkill; first: number }[] = [];
    let nOut = 0;
    for (let g = 0; g < groupOf.size; g++) {
      const list = order.slice(groupStart[g] ?? 0, groupStart[g + 1] ?? 0);
      const concept = list[0]?.concept ?? 0;
      list.sort((x, y) => x.start - y.start || y.end - x.end || y.confidence - x.confidence);
      const mentions: Mention[] = [];
      let missing = 1;
      let proficiency: Proficiency | undefined;
      let lastStart = -1;
      let lastEnd = -1;
      for (const h of list) {
        if (h.start === lastStart && h.end === lastEnd) continue;
        lastStart = h.start;
        lastEnd = h.end;
        mentions[mentions.length] = { section: h.section, start: h.start, end: h.end, text: text.slice(h.start, h.end) };
        missing *= 1 - h.confidence;
        if (h.proficiency !== undefined && (proficiency === undefined || LEVEL_RANK[h.proficiency] > LEVEL_RANK[proficiency])) proficiency = h.proficiency;
      }
      const confidence = Math.round(Math.min(0.99, 1 - missing) * 1000) / 1000;
      if (confidence < minConfidence) continue;
      const skill: ProfileSkill = { ...this.describe(concept), confidence, mentions };
      if (proficiency !== undefined) skill.proficiency = proficiency;
      out[nOut++] = { skill, first: list[0]?.start ?? 0 };
    }
    out.sort((x, y) => y.skill.confidence - x.skill.confidence || x.first - y.first || (x.skill.id < y.skill.id ? -1 : 1));
    return out.map((o) => o.skill);
  }

  /** Id, label and kind of a concept. */
  private describe(concept: number): { id: string; label: string; kind: SkillKind } {
    const lex = this.lexicon;
    if (concept >= lex.itemCount) {
      return { id: lex.escoUri(concept), label: lex.escoLabels[concept - lex.itemCount] ?? '', kind: 'esco' };
    }
    const items = this.snapshot.file.items;
    const k = items.kind[concept];
    const kind: SkillKind = k === ITEM_KIND.SAVOIR_ETRE ? 'savoir-etre' : k === ITEM_KIND.SAVOIR ? 'savoir' : 'savoir-faire';
    return { id: String(items.ogr[concept] ?? ''), label: items.label[concept] ?? '', kind };
  }
}

/** True when the rest of the line from token `i` reads as list entries: several chunks, or one short one. */
function entriesAfter(ts: TokenStream, i: number): boolean {
  const line = ts.line[i];
  let chunks = 0;
  let words = 0;
  let lastChunk = -1;
  for (let k = i; k < ts.tokens.length && ts.line[k] === line; k++) {
    if (ts.content[k] !== 1) continue;
    words++;
    if (ts.chunk[k] !== lastChunk) {
      lastChunk = ts.chunk[k] ?? 0;
      chunks++;
    }
  }
  return chunks >= 2 || words <= MAX_LIST_ITEM_TOKENS - 1;
}

/** Where a section's heading is written: right before its start, or at its start; null when not found. */
function headingSpan(text: string, sec: SectionSpan): [number, number] | null {
  const h = sec.heading?.trim();
  if (!h) return null;
  const at = text.lastIndexOf(h, sec.start);
  if (at < 0 || sec.start - (at + h.length) > MAX_HEADING_GAP) return null;
  return [at, at + h.length];
}

/** Index of the first token at or after offset `at`. */
function firstTokenAt(ts: TokenStream, at: number): number {
  let lo = 0;
  let hi = ts.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ts.tokens[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Lines that read as a list: at least three short comma-separated entries, or "Label : entries", and no year
 * (a line with a year is an experience or diploma header: "Employer, City — 2019"). Marks the labels (words
 * before the colon) in `label`.
 */
function listLines(ts: TokenStream, label: Uint8Array): { list: Uint8Array; labelled: Uint8Array } {
  const n = ts.tokens.length;
  const lines = n > 0 ? (ts.line[n - 1] ?? 0) + 1 : 0;
  const chunks = new Uint32Array(lines);
  const words = new Uint32Array(lines);
  const labelled = new Uint8Array(lines);
  const seen = new Uint8Array(lines);
  let lastChunk = -1;
  let before = 0;
  let firstChunk = -1;
  for (let i = 0; i < n; i++) {
    const l = ts.line[i] ?? 0;
    if (seen[l] === 0) {
      seen[l] = 1;
      before = 0;
      firstChunk = ts.chunk[i] ?? 0;
    }
    // "Label : …": a colon after a few words that open the line, with no comma before it, and entries after it
    if (ts.afterColon[i] === 1 && before > 0 && before <= MAX_LABEL_TOKENS && labelled[l] === 0 && ts.chunk[i] === firstChunk && entriesAfter(ts, i)) {
      labelled[l] = 1;
      for (let k = i - 1; k >= 0 && ts.line[k] === l; k--) label[k] = 1;
    }
    if (ts.content[i] !== 1) continue;
    before++;
    words[l] = (words[l] ?? 0) + 1;
    if (ts.chunk[i] !== lastChunk) {
      lastChunk = ts.chunk[i] ?? 0;
      chunks[l] = (chunks[l] ?? 0) + 1;
    }
  }
  const dated = new Uint8Array(lines);
  for (let i = 0; i < n; i++) if (YEAR.test(ts.tokens[i]?.norm ?? '')) dated[ts.line[i] ?? 0] = 1;
  const out = new Uint8Array(lines);
  for (let l = 0; l < lines; l++) {
    const c = chunks[l] ?? 0;
    const short = c > 0 && (words[l] ?? 0) / c <= MAX_MEAN_LIST_ENTRY;
    out[l] = dated[l] === 0 && ((c >= 3 && short) || labelled[l] === 1) ? 1 : 0;
  }
  return { list: out, labelled };
}
