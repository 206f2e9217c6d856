import { fold } from './fold.js';

/** Folded names of places that often end a CV header line: French cities, regions, countries, big foreign cities. */
const PLACES = new Set(
  [
    // French cities
    'paris', 'marseille', 'lyon', 'toulouse', 'nice', 'nantes', 'montpellier', 'strasbourg', 'bordeaux', 'lille',
    'rennes', 'reims', 'toulon', 'saint-etienne', 'le havre', 'grenoble', 'dijon', 'angers', 'nimes', 'villeurbanne',
    'clermont-ferrand', 'le mans', 'aix-en-provence', 'brest', 'tours', 'amiens', 'limoges', 'annecy', 'perpignan',
    'boulogne-billancourt', 'metz', 'besancon', 'orleans', 'saint-denis', 'argenteuil', 'rouen', 'mulhouse',
    'montreuil', 'caen', 'nancy', 'saint-paul', 'roubaix', 'tourcoing', 'nanterre', 'vitry-sur-seine', 'avignon',
    'creteil', 'poitiers', 'dunkerque', 'aubervilliers', 'versailles', 'aulnay-sous-bois', 'asnieres-sur-seine',
    'colombes', 'pau', 'courbevoie', 'la rochelle', 'cherbourg', 'calais', 'champigny-sur-marne', 'rueil-malmaison',
    'antibes', 'bourges', 'saint-maur-des-fosses', 'cannes', 'beziers', 'colmar', 'quimper', 'valence', 'ajaccio',
    'bastia', 'la defense', 'issy-les-moulineaux', 'levallois-perret', 'neuilly-sur-seine', 'massy', 'saclay',
    'sophia antipolis', 'vannes', 'lorient', 'saint-nazaire', 'saint-malo', 'la roche-sur-yon', 'niort', 'angouleme',
    'chambery', 'troyes', 'chartres', 'laval', 'evry', 'cergy', 'saint-quentin-en-yvelines', 'marne-la-vallee',
    'noisy-le-grand', 'villeneuve-d\'ascq', 'saint-herblain', 'reze', 'blagnac', 'merignac', 'pessac', 'venissieux',
    'bron', 'ecully', 'montigny-le-bretonneux', 'velizy', 'guyancourt', 'labege', 'sete', 'arles', 'gap', 'vienne',
    'pointe-a-pitre', 'fort-de-france', 'cayenne', 'saint-pierre', 'mamoudzou', 'noumea', 'papeete',
    // regions and countries
    'ile-de-france', 'ile de france', 'idf', 'bretagne', 'normandie', 'occitanie', 'auvergne-rhone-alpes',
    'nouvelle-aquitaine', 'hauts-de-france', 'grand est', 'pays de la loire', 'provence-alpes-cote d\'azur', 'paca',
    'corse', 'centre-val de loire', 'bourgogne-franche-comte', 'guadeloupe', 'martinique', 'guyane', 'la reunion',
    'reunion', 'mayotte', 'france', 'belgique', 'belgium', 'suisse', 'switzerland', 'luxembourg', 'canada', 'quebec',
    'allemagne', 'germany', 'espagne', 'spain', 'italie', 'italy', 'royaume-uni', 'united kingdom', 'uk', 'england',
    'angleterre', 'irlande', 'ireland', 'etats-unis', 'usa', 'us', 'united states', 'maroc', 'morocco', 'algerie',
    'algeria', 'tunisie', 'tunisia', 'senegal', 'cote d\'ivoire', 'cameroun', 'madagascar', 'portugal', 'pays-bas',
    'netherlands', 'australie', 'australia', 'japon', 'japan', 'chine', 'china', 'inde', 'india', 'bresil', 'brazil',
    // foreign cities
    'london', 'londres', 'bruxelles', 'brussels', 'geneve', 'geneva', 'lausanne', 'zurich', 'montreal', 'berlin',
    'madrid', 'barcelone', 'barcelona', 'rome', 'milan', 'amsterdam', 'dublin', 'new york', 'san francisco',
    'casablanca', 'rabat', 'tunis', 'alger', 'dakar', 'abidjan', 'lisbonne', 'lisbon', 'munich', 'toronto',
    'tokyo', 'singapore', 'singapour', 'leeds', 'manchester', 'edinburgh',
    // work modes
    'remote', 'full remote', 'teletravail', 'a distance', 'hybride', 'hybrid', 'en ligne', 'online',
  ].map((p) => fold(p)),
);

const POSTCODE = /^(?:\d{5}\s+|f-\d{5}\s+)|(?<!\s)\s+\d{5}$|(?<!\s)\s*\(\s*\d{2,3}\s*\)$|(?<!\s)\s+\d{2}$/;
const ARRONDISSEMENT = /(?<!\s)\s+\d{1,2}(?:e|er|eme)(?:\s+arr(?:\.|ondissement)?)?$/;
const COUNTRY_TAIL = /,\s*(?:france|belgique|suisse|canada|uk|usa|united kingdom|germany|spain)$/;
const COMMUNE = /^(?:saint|sainte|st|ste)-[a-z]|-(?:sur|sous|en|les|le|la|de|du|des|lez)-[a-z]/;

/**
 * True when `text` names a known place or a French commune by its shape: "Lyon", "Lyon 7e (69)",
 * "75011 Paris", "Saint-Herblain", "Aix-en-Provence", "Nantes, France", "Télétravail".
 */
export function isKnownPlace(text: string): boolean {
  let f = fold(text.trim()).replace(/\.$/, '');
  f = f.replace(COUNTRY_TAIL, '').replace(POSTCODE, '').replace(ARRONDISSEMENT, '').replace(/(?<!\s)\s+cedex(?:\s+\d+)?$/, '').trim();
  if (f === '') return false;
  if (PLACES.has(f)) return true;
  if (/^\d{5}\s+\S/.test(fold(text.trim()))) return true;
  return COMMUNE.test(f) && f.split(/[\s-]/).length <= 5 && !/[,;:]/.test(f);
}

/**
 * Looser test for the tail of a "Company, Place" segment: a known place, or one to three capitalised
 * words without digits ("Villeurbanne", "Bois-Colombes"); acronyms ("ESN", "PME") are not places.
 */
export function looksLikePlace(text: string): boolean {
  return isKnownPlace(text) || hasPlaceShape(text);
}

/** One to three capitalised words without digits (a department number in parentheses allowed). */
export function hasPlaceShape(text: string): boolean {
  const t = text.trim();
  if (/\d/.test(t.replace(/\(\d{2,3}\)$/, ''))) return false;
  const words = t.replace(/\(\d{2,3}\)$/, '').trim().split(/\s+/);
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w) && /\p{Ll}/u.test(w));
}
