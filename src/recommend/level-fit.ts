/**
 * How well a certification's qualification level suits a person, from their highest education level.
 * Levels follow the French nomenclature (2019): 3 CAP/BEP, 4 bac, 5 bac+2, 6 bac+3/4, 7 bac+5, 8 doctorat.
 */

/** Fit by distance (certification level − education level): the next level up and the same level are best. */
const BY_DISTANCE: Readonly<Record<number, number>> = { [-2]: 0.3, [-1]: 0.5, 0: 0.9, 1: 1, 2: 0.7, 3: 0.4 };
/** Fit when the education level is unknown: bac+2 to bac+4 are the usual targets of a career move into digital jobs. */
const WITHOUT_EDUCATION: Readonly<Record<number, number>> = { 3: 0.4, 4: 0.7, 5: 1, 6: 1, 7: 0.7, 8: 0.3 };
/** Fit of a certification whose level is unknown. */
export const UNKNOWN_LEVEL_FIT = 0.5;
/** A level inferred from the predecessor certification counts this much of the fit it would have. */
export const INFERRED_LEVEL_DISCOUNT = 0.9;

/**
 * Level fit in 0..1. `certLevel` 3..8, or 0 when unknown; `education` 3..8 or null when unknown.
 * With a known education level e: e+1 → 1, e → 0.9, e+2 → 0.7, e+3 → 0.4, four or more above → 0.2,
 * e−1 → 0.5, e−2 → 0.3, lower → 0.15. Without one: levels 5-6 → 1, 4 and 7 → 0.7, 3 → 0.4, 8 → 0.3.
 */
export function levelFit(certLevel: number, education: number | null): number {
  if (certLevel < 3 || certLevel > 8) return UNKNOWN_LEVEL_FIT;
  if (education === null) return WITHOUT_EDUCATION[certLevel] ?? UNKNOWN_LEVEL_FIT;
  const d = certLevel - education;
  return BY_DISTANCE[d] ?? (d > 0 ? 0.2 : 0.15);
}

const NAMES: Readonly<Record<number, string>> = {
  3: 'CAP, BEP',
  4: 'bac',
  5: 'bac+2',
  6: 'bac+3 ou bac+4',
  7: 'bac+5',
  8: 'doctorat',
};
const COUNT = ['', 'un', 'deux', 'trois', 'quatre', 'cinq'];

/**
 * French sentence on the level, e.g. "Niveau 5 : un niveau au-dessus de votre diplôme".
 * `inferred` marks a level taken from the predecessor certification (the certification's own is unknown).
 */
export function levelReason(certLevel: number, education: number | null, inferred = false): string {
  if (certLevel < 3 || certLevel > 8) return 'Niveau non renseigné';
  const head = inferred ? `Niveau probable ${certLevel} (celui de la certification précédente)` : `Niveau ${certLevel}`;
  if (education === null) return `${head} : ${NAMES[certLevel] ?? ''} ; votre niveau de diplôme n'est pas connu`;
  const d = certLevel - education;
  if (d === 0) return `${head} : le niveau de votre diplôme`;
  const n = COUNT[Math.abs(d)] ?? String(Math.abs(d));
  const plural = Math.abs(d) > 1 ? 'niveaux' : 'niveau';
  return `${head} : ${n} ${plural} ${d > 0 ? 'au-dessus' : 'en dessous'} de votre diplôme`;
}
