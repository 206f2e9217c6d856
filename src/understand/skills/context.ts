import type { Proficiency } from '../schema.js';
import type { TokenStream } from './token-stream.js';

/**
 * Words around a skill mention that change its meaning: negations and wishes ("pas de", "aucune connaissance en",
 * "souhaite apprendre", "would like to learn") make it a skill the person does NOT hold; level words ("notions",
 * "courant", "expert") state a proficiency. All cues are folded token sequences.
 */

type Cue = readonly string[];

/** Negations: the skills after them, in the same sentence, are not held. */
const NEGATIONS: readonly Cue[] = [
  ['pas'], ['aucun'], ['aucune'], ['jamais'], ['sans'], ['ni'], ['manque'],
  ['no'], ['not'], ['never'], ['without'], ['lack'], ['lacking'], ['none'],
];
/** Wishes and plans: the skills after them are wanted, not held. */
const WISHES: readonly Cue[] = [
  ['souhaite'], ['souhaiterais'], ['souhaiterait'], ['souhaitant'], ['aimerais'], ['aimerait'], ['voudrais'],
  ['voudrait'], ['envisage'], ['projette'], ['compte', 'apprendre'], ['apprendre', 'bientot'], ['objectif', 'apprendre'],
  ['would', 'like'], ['want', 'to'], ['wants', 'to'], ['wish'], ['hope', 'to'], ['hoping', 'to'], ['plan', 'to'],
  ['planning', 'to'], ['interested', 'in', 'learning'], ['keen', 'to', 'learn'], ['looking', 'forward'],
  ['aspire'], ['aspiring'], ['evoluer', 'vers'], ['reconversion', 'vers'], ['me', 'reconvertir'], ['se', 'reconvertir'],
  ['devenir'], ['move', 'into'], ['transition', 'into'], ['transition', 'vers'],
];
/** A contrast ends the scope of a negation or wish: "pas de Java mais Python". */
const CONTRASTS: ReadonlySet<string> = new Set(['mais', 'but', 'cependant', 'however', 'toutefois', 'neanmoins', 'whereas']);
const CUES_BY_FIRST = new Map<string, Cue[]>();
for (const cue of [...NEGATIONS, ...WISHES]) {
  const first = cue[0] ?? '';
  CUES_BY_FIRST.set(first, [...(CUES_BY_FIRST.get(first) ?? []), cue]);
}
/** How many tokens after a cue it still applies to. */
const SCOPE = 16;

const LEVELS: readonly (readonly [Cue, Proficiency])[] = [
  [['notions'], 'notions'], [['notion'], 'notions'], [['bases'], 'notions'], [['debutant'], 'notions'],
  [['debutante'], 'notions'], [['beginner'], 'notions'], [['basic'], 'notions'], [['basics'], 'notions'],
  [['elementaire'], 'notions'], [['scolaire'], 'notions'], [['initiation'], 'notions'], [['a1'], 'notions'],
  [['a2'], 'notions'],
  [['intermediaire'], 'intermediate'], [['intermediate'], 'intermediate'], [['bon', 'niveau'], 'intermediate'],
  [['bonne', 'connaissance'], 'intermediate'], [['bonnes', 'connaissances'], 'intermediate'],
  [['operationnel'], 'intermediate'], [['operationnelle'], 'intermediate'], [['working', 'knowledge'], 'intermediate'],
  [['b1'], 'intermediate'], [['b2'], 'intermediate'],
  [['avance'], 'advanced'], [['avancee'], 'advanced'], [['advanced'], 'advanced'], [['courant'], 'advanced'],
  [['fluent'], 'advanced'], [['maitrise'], 'advanced'], [['maitrise', 'parfaite'], 'expert'], [['confirme'], 'advanced'],
  [['confirmee'], 'advanced'], [['solide'], 'advanced'], [['solides'], 'advanced'], [['tres', 'bonne'], 'advanced'],
  [['tres', 'bon'], 'advanced'], [['approfondie'], 'advanced'], [['approfondies'], 'advanced'], [['strong'], 'advanced'],
  [['proficient'], 'advanced'], [['bilingue'], 'advanced'], [['c1'], 'advanced'],
  [['expert'], 'expert'], [['experte'], 'expert'], [['expertise'], 'expert'], [['c2'], 'expert'],
  [['natif'], 'expert'], [['native'], 'expert'], [['maternelle'], 'expert'],
];
/** How many tokens away (either side) a level word may be. */
const LEVEL_WINDOW = 4;
const LEVELS_BY_FIRST = new Map<string, (readonly [Cue, Proficiency])[]>();
for (const entry of LEVELS) {
  const first = entry[0][0] ?? '';
  LEVELS_BY_FIRST.set(first, [...(LEVELS_BY_FIRST.get(first) ?? []), entry]);
}

function matchesAt(ts: TokenStream, i: number, cue: Cue): boolean {
  for (let k = 0; k < cue.length; k++) if (ts.tokens[i + k]?.norm !== cue[k]) return false;
  return true;
}

/** Token positions where a negation or wish starts. Computed once per text. */
export function cuePositions(ts: TokenStream): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < ts.tokens.length; i++) {
    for (const cue of CUES_BY_FIRST.get(ts.tokens[i]?.norm ?? '') ?? []) {
      if (matchesAt(ts, i, cue)) {
        out.push(i);
        break;
      }
    }
  }
  return Int32Array.from(out);
}

/**
 * True when the mention starting at token `start` is under a negation or a wish: a cue earlier in the same sentence,
 * at most {@link SCOPE} tokens before, with no contrast word ("mais", "but") in between.
 */
export function isNegated(ts: TokenStream, cues: Int32Array, start: number): boolean {
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k] ?? 0;
    if (c >= start) continue;
    if (start - c > SCOPE || ts.sentence[c] !== ts.sentence[start]) return false;
    for (let j = c + 1; j < start; j++) if (CONTRASTS.has(ts.tokens[j]?.norm ?? '')) return false;
    return true;
  }
  return false;
}

/**
 * The proficiency stated next to the mention covering tokens `start … end-1`: the nearest level word within
 * {@link LEVEL_WINDOW} tokens, in the same chunk (list item; colons and parentheses do not cut it, so
 * "Python : avancé" and "Espagnol (notions)" work). "bases de données" is not a level.
 */
export function proficiencyNear(ts: TokenStream, start: number, end: number): Proficiency | undefined {
  let best: Proficiency | undefined;
  let bestDistance = Infinity;
  const lo = Math.max(0, start - LEVEL_WINDOW);
  const hi = Math.min(ts.tokens.length, end + LEVEL_WINDOW);
  for (let i = lo; i < hi; i++) {
    if (i >= start && i < end) continue;
    if (ts.chunk[i] !== ts.chunk[start]) continue;
    for (const [cue, level] of LEVELS_BY_FIRST.get(ts.tokens[i]?.norm ?? '') ?? []) {
      if (!matchesAt(ts, i, cue)) continue;
      if (isDatabases(ts, i)) continue;
      const distance = i < start ? start - i : i - end + 1;
      if (distance < bestDistance) {
        best = level;
        bestDistance = distance;
      }
    }
  }
  return best;
}

function isDatabases(ts: TokenStream, i: number): boolean {
  const w = ts.tokens[i]?.norm;
  return (w === 'bases' || w === 'base') && (ts.tokens[i + 1]?.norm === 'donnees' || ts.tokens[i + 2]?.norm === 'donnees');
}
