/**
 * Gender and number folding for job-title words: maps a FOLDED French word to its masculine singular
 * (développeuses → developpeur, directrice → directeur, conseillère → conseiller, technicienne → technicien,
 * cheffe → chef, agente → agent, assistante → assistant, commerciaux → commercial). English plurals lose
 * their -s too (engineers → engineer). Applied the same way to the index and the query, so an
 * over-folded word (archive → archif) is harmless; the exception lists only prevent CONFLATIONS
 * (vente ≠ vent, entrée ≠ entre, carrière ≠ carrier).
 */

/** Irregular or ambiguous forms, folded. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['cheffe', 'chef'], ['experte', 'expert'], ['adjointe', 'adjoint'], ['avocate', 'avocat'],
  ['candidate', 'candidat'], ['marchande', 'marchand'], ['artisane', 'artisan'], ['paysanne', 'paysan'],
  ['maitresse', 'maitre'], ['hotesse', 'hote'], ['doctoresse', 'docteur'], ['pretresse', 'pretre'],
  ['gouvernante', 'gouvernant'], ['deleguee', 'delegue'], ['salariee', 'salarie'], ['associee', 'associe'],
  ['postiere', 'postier'], ['favorite', 'favori'], ['consultante', 'consultant'], ['agente', 'agent'],
  ['presidente', 'president'], ['intendante', 'intendant'], ['surintendante', 'surintendant'],
  ['assistante', 'assistant'], ['etudiante', 'etudiant'], ['chercheuse', 'chercheur'],
  ['travaux', 'travail'], ['baux', 'bail'], ['vitraux', 'vitrail'], ['coraux', 'corail'],
  ['emaux', 'email'], ['soupiraux', 'soupirail'], ['yeux', 'oeil'], ['cieux', 'ciel'],
  ['grecque', 'grec'], ['turque', 'turc'], ['publique', 'public'], ['franque', 'franc'],
  ['longue', 'long'], ['fraiche', 'frais'], ['seche', 'sec'], ['blanche', 'blanc'],
  ['nouvelle', 'nouveau'], ['belle', 'beau'], ['vieille', 'vieux'], ['folle', 'fou'], ['molle', 'mou'],
  ['douce', 'doux'], ['fausse', 'faux'], ['rousse', 'roux'], ['jumelle', 'jumeau'],
  ['tuyaux', 'tuyau'], ['noyaux', 'noyau'], ['joyaux', 'joyau'], ['boyaux', 'boyau'],
  ['contremaitresse', 'contremaitre'], ['poetesse', 'poete'], ['designeur', 'designer'],
  ['reporteur', 'reporter'], ['dispatcheur', 'dispatcher'], ['rewriteur', 'rewriter'], ['manageur', 'manager'],
  ['seconde', 'second'], ['ambassadrice', 'ambassadeur'], ['substitute', 'substitut'], ['consule', 'consul'],
  ['barmaid', 'barman'], ['pizzaiola', 'pizzaiolo'], ['bookeur', 'booker'], ['materiaux', 'materiau'], ['landaus', 'landau'], ['sarraus', 'sarrau'],
]);

/** Words that look feminine or plural but must not be folded (the result would be another word). */
const KEEP: ReadonlySet<string> = new Set([
  // -ente / -ante
  'vente', 'attente', 'rente', 'pente', 'tente', 'descente', 'entente', 'detente', 'patente', 'fente',
  'trente', 'charpente', 'sente', 'plante', 'tante', 'jante', 'brocante', 'variante', 'constante',
  'soixante', 'quarante', 'cinquante', 'detente', 'mante', 'menthe', 'dente', 'amante',
  // -ee
  'entree', 'armee', 'duree', 'portee', 'maree', 'annee', 'journee', 'lycee', 'musee', 'idee', 'allee',
  'pensee', 'montee', 'tournee', 'chaussee', 'vallee', 'plongee', 'randonnee', 'soiree', 'matinee',
  'poupee', 'fusee', 'buee', 'coulee', 'epee', 'fee', 'nee', 'ecuelle', 'trophee', 'cuvee', 'lee',
  'mee', 'see', 'tee', 'bee',
  // -ere / -iere
  'carriere', 'filiere', 'matiere', 'lumiere', 'frontiere', 'chaudiere', 'riviere', 'mere',
  'pere', 'frere', 'sphere', 'atmosphere', 'misere', 'galere', 'maniere', 'derriere', 'arriere',
  'lisiere', 'serpilliere', 'pepiniere', 'theiere', 'soupiere', 'bruyere', 'croisiere',
  'priere', 'barriere', 'poussiere', 'cimetiere', 'tanniere', 'fourmiliere', 'houillere',
  'sorciere', 'gruyere', 'ere', 'hemisphere', 'biosphere', 'commere', 'colere', 'critere', 'mystere',
  'caractere', 'ministere', 'monastere', 'cratere', 'austere', 'sincere', 'severe', 'here', 'there',
  'where', 'sphere', 'chimere', 'panthere', 'vipere', 'cathedrale',
  // -enne / -onne / -elle
  'antenne', 'benne', 'penne', 'garenne', 'persienne', 'personne', 'colonne', 'couronne', 'tonne',
  'consonne', 'sonne', 'donne', 'bonne', 'nonne', 'selle', 'pelle', 'elle', 'celle', 'telle', 'quelle',
  'laquelle', 'lesquelles', 'mademoiselle', 'demoiselle', 'vaisselle', 'echelle', 'poubelle', 'ficelle',
  'chapelle', 'nacelle', 'passerelle', 'dentelle', 'tutelle', 'gamelle', 'cannelle', 'ruelle',
  'bretelle', 'citadelle', 'hirondelle', 'marelle', 'prunelle', 'semelle', 'tonnelle', 'rondelle',
  'parcelle', 'querelle', 'aquarelle', 'chandelle', 'clientelle', 'moelle', 'vielle', 'bielle',
  'truelle', 'mortadelle', 'mirabelle', 'flanelle', 'ombrelle', 'poutrelle', 'varicelle',
  // -rice / -eure / -ine / -ise / -ie
  'matrice', 'nourrice', 'cicatrice', 'heure', 'demeure', 'gageure', 'carriere', 'faux', 'taux', 'chaux',
  'sortie', 'partie', 'garantie', 'medecine', 'mine', 'ligne', 'epine', 'mise', 'crise',
  // -ive / -ale / plural-looking words
  'olive', 'rive', 'derive', 'archive', 'cale', 'male', 'pale', 'sale', 'gale', 'halle', 'balle',
  'salle', 'dalle', 'malle', 'escale', 'ovale', 'cigale', 'cavale', 'rafale', 'timbale', 'spirale',
  'scandale', 'cymbale', 'sandale', 'morale', 'capitale', 'animale',
  'process', 'business', 'access', 'press', 'express', 'success', 'class', 'glass', 'grass', 'bus',
  'plus', 'virus', 'campus', 'corpus', 'focus', 'status', 'bonus', 'cactus', 'consensus', 'fois',
  'bois', 'mois', 'pois', 'poids', 'prix', 'choix', 'voix', 'croix', 'noix', 'paix', 'deux', 'dix',
  'six', 'vis', 'avis', 'devis', 'tapis', 'permis', 'paris', 'fils', 'os', 'ios', 'macos', 'dos', 'gaz',
  'nez', 'riz', 'temps', 'corps', 'cours', 'secours', 'concours', 'parcours', 'discours', 'recours',
  'sales', 'analytics', 'logistics', 'devops', 'mlops', 'jeux', 'lieux', 'feux', 'vieux',
  'heureux', 'dangereux', 'mieux', 'ceux', 'eux', 'perspective', 'directive', 'initiative', 'alternative',
  'negative', 'positive', 'relative', 'tentative', 'locomotive', 'detective',
]);

/** Ordered suffix rules [suffix, replacement, minimum word length]. First match wins. */
const FEMININE: ReadonlyArray<readonly [string, string, number]> = [
  ['woman', 'man', 5],
  ['euse', 'eur', 6],
  ['trice', 'teur', 6],
  ['iere', 'ier', 6],
  ['ere', 'er', 6],
  ['enne', 'en', 6],
  ['onne', 'on', 6],
  ['elle', 'el', 6],
  ['ante', 'ant', 6],
  ['ente', 'ent', 6],
  ['eure', 'eur', 6],
  ['tive', 'tif', 6],
  ['sive', 'sif', 6],
  ['ale', 'al', 6],
  ['ine', 'in', 6],
  ['ande', 'and', 6],
  ['arde', 'ard', 6],
  ['ate', 'at', 6],
  ['ete', 'et', 6],
  ['ote', 'ot', 6],
  ['ise', 'is', 6],
  ['ie', 'i', 6],
  ['ee', 'e', 4],
];

const LETTERS = /^[a-z]+$/;

function singular(w: string): string {
  if (w.length < 4) return w;
  if (w.endsWith('eaux')) return w.slice(0, -1);
  if (w.endsWith('aux')) return w.slice(0, -3) + 'al';
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith('ys')) {
    return w.slice(0, -1);
  }
  return w;
}

function foldOnce(norm: string): string {
  if (norm.length < 4 || !LETTERS.test(norm)) return norm;
  const irregular = IRREGULAR.get(norm);
  if (irregular !== undefined) return irregular;
  if (KEEP.has(norm)) return norm;
  const sing = singular(norm);
  if (sing !== norm) {
    if (KEEP.has(sing)) return sing;
    const irr = IRREGULAR.get(sing);
    if (irr !== undefined) return irr;
  }
  for (const [suffix, repl, min] of FEMININE) {
    if (sing.length >= min && sing.endsWith(suffix)) return sing.slice(0, -suffix.length) + repl;
  }
  return sing;
}

const cache = new Map<string, string>();

/**
 * Masculine singular form of a folded job-title word (idempotent: rules are applied until stable).
 * Non-alphabetic tokens, words under four letters and listed exceptions are returned unchanged.
 */
export function foldGender(norm: string): string {
  const hit = cache.get(norm);
  if (hit !== undefined) return hit;
  let w = norm;
  for (let i = 0; i < 4; i++) {
    const next = foldOnce(w);
    if (next === w) break;
    w = next;
  }
  if (cache.size >= 50_000) cache.clear();
  cache.set(norm, w);
  return w;
}
