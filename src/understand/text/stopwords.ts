/**
 * Function words, in FOLDED form (no accents), for indexing and overlap scoring. Negations and
 * privatives (pas, sans, not, no, without) are deliberately NOT stopwords: they change meaning.
 */
export const STOPWORDS_FR: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cet cette c ca d dans de des du elle elles en et eux il ils je j l la le les leur leurs ' +
    'lui m ma mais me meme mes moi mon n nos notre nous on ou par pour qu que qui quoi s sa se ses son sur t ta te ' +
    'tes toi ton tu un une vos votre vous y est sont ete etre etait ai as avons avez ont avait cet dont ni si aussi ' +
    'chez entre vers sous selon lors afin ainsi etc tout tous toute toutes plus tres bien puis car donc or alors ' +
    'apres avant depuis pendant comme autre autres chaque divers diverses leurs quelques ceci cela celui celle ceux'
  ).split(' '),
);

/** English function words (folded). */
export const STOPWORDS_EN: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being by for from has have had in into is it its of on onto or that the to was ' +
    'were will with this these those i my me we our ours you your he she they them their his her him us also ' +
    'which who whom what when where while than then so such very well each other any some all both etc via per ' +
    'over under about after before during through within across up out'
  ).split(' '),
);

/** True when the folded token is a stopword of `lang` (or of either language when `lang` is omitted). */
export function isStopword(norm: string, lang?: 'fr' | 'en'): boolean {
  if (lang === 'fr') return STOPWORDS_FR.has(norm);
  if (lang === 'en') return STOPWORDS_EN.has(norm);
  return STOPWORDS_FR.has(norm) || STOPWORDS_EN.has(norm);
}
