import { foldGender } from '../text/gender.js';
import { fold } from '../text/fold.js';

/**
 * French title words and near-synonyms ROME uses elsewhere ("camion" → poids lourd, "cybersécurité" →
 * sécurité informatique, "ménage" → propreté). A synonym adds a low-credit alternative, never replaces the word.
 */
const RAW: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['cybersécurité', ['sécurité', 'informatique']],
  ['camion', ['poids', 'lourd']],
  ['ordinateur', ['informatique']],
  ['numérique', ['digital']],
  ['digital', ['numérique']],
  ['internet', ['web']],
  ['web', ['internet']],
  ['ménage', ['nettoyage', 'propreté']],
  ['nettoyage', ['propreté']],
  ['propreté', ['nettoyage']],
  ['entrepôt', ['logistique']],
  ['magasin', ['boutique']],
  ['boutique', ['magasin']],
  ['vêtement', ['habillement', 'prêt-à-porter']],
  ['habillement', ['vêtement', 'prêt-à-porter']],
  ['restaurant', ['restauration']],
  ['restauration', ['restaurant']],
  ['hôtel', ['hôtellerie']],
  ['hôtellerie', ['hôtel']],
  ['voiture', ['automobile']],
  ['véhicule', ['automobile']],
  ['automobile', ['véhicule']],
  ['employé', ['agent']],
  ['agent', ['employé']],
  ['ouvrier', ['agent', 'opérateur']],
  ['opérateur', ['ouvrier', 'conducteur']],
  ['aide', ['assistant', 'auxiliaire']],
  ['auxiliaire', ['aide', 'assistant']],
  ['consultant', ['conseiller']],
  ['conseiller', ['consultant', 'chargé']],
  ['manager', ['responsable']],
  ['responsable', ['chef', 'manager']],
  ['chef', ['responsable']],
  ['gérant', ['responsable']],
  ['directeur', ['responsable']],
  ['banque', ['bancaire']],
  ['bancaire', ['banque']],
  ['enfant', ['enfance']],
  ['enfance', ['enfant']],
];

/** Folded, gender-folded word → alternatives in the same form. */
export const TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  RAW.map(([w, alts]) => [foldGender(fold(w)), alts.flatMap((a) => fold(a).split('-')).filter((a) => a !== 'a').map(foldGender)] as const),
);
