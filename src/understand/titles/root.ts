/**
 * Derivational suffixes of French job and domain words in gender-folded form (-ie → -i, -erie → -eri), tried in
 * order (longer first), with the shortest root each may leave.
 * An agent noun and its domain noun or adjective share a root: oléiculteur / oléicole / oléiculture → "olei",
 * pneumaticien / pneumatique → "pneumat", trompettiste / trompette → "trompet", téléprospecteur /
 * téléprospection → "teleprospect".
 */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  ['ationnaire', 4], ['itionnaire', 4], ['ographique', 3], ['ationnel', 4], ['ionnaire', 4], ['ologique', 3],
  ['isation', 4], ['ication', 4], ['ographe', 3], ['ographi', 3], ['culteur', 3], ['culture', 3], ['ionnel', 4],
  ['ometre', 3], ['ometri', 3], ['ologue', 3], ['abilite', 4], ['ologi', 3], ['icien', 4], ['ateur', 4],
  ['ation', 4], ['ition', 4], ['ement', 4], ['icite', 4], ['isme', 4], ['iste', 4], ['ique', 4], ['teur', 4],
  ['tion', 4], ['sion', 4], ['ance', 4], ['ence', 4], ['able', 4], ['cole', 3], ['aire', 4], ['eri', 4],
  ['ion', 4], ['ure', 4], ['age', 4], ['ier', 4], ['eur', 4], ['ien', 4], ['ant', 4], ['eux', 4], ['er', 4],
  ['al', 4], ['el', 4], ['if', 4], ['e', 4], ['i', 4],
];

const LETTERS = /^[a-z]+$/;
const cache = new Map<string, string>();

/**
 * The derivational root of a folded, gender-folded word: one suffix of {@link SUFFIXES} removed (the longest
 * that leaves a root of its minimum length), then a final doubled consonant undoubled. Words that are not
 * plain a–z or shorter than five letters are returned unchanged; a root ending in "qu" ends in "c" (musique /
 * musicien). Deterministic, cached (bounded).
 */
export function wordRoot(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  let root = word;
  if (word.length >= 5 && LETTERS.test(word)) {
    for (const [suffix, min] of SUFFIXES) {
      if (word.endsWith(suffix) && word.length - suffix.length >= min) {
        root = word.slice(0, -suffix.length);
        break;
      }
    }
    if (root.endsWith('qu')) root = `${root.slice(0, -2)}c`;
    const n = root.length;
    if (n >= 5 && root[n - 1] === root[n - 2] && !'aeiouy'.includes(root[n - 1] ?? 'a')) root = root.slice(0, -1);
  }
  if (cache.size >= 50_000) cache.clear();
  cache.set(word, root);
  return root;
}
