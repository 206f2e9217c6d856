import { fold } from './fold.js';

/** Titres professionnels (Ministère du Travail) common in digital retraining, folded name → level. */
const TITRES: Array<[string, number]> = [
  ['developpeur web et web mobile', 5],
  ['concepteur developpeur d\'applications', 6],
  ['technicien superieur systemes et reseaux', 5],
  ['technicien superieur de support en informatique', 5],
  ['technicien d\'assistance informatique', 4],
  ['technicien reseaux ibe', 4],
  ['installateur depanneur en informatique', 3],
  ['administrateur d\'infrastructures securisees', 6],
  ['administrateur systeme devops', 6],
  ['concepteur designer ui', 6],
  ['designer web', 5],
  ['developpeur logiciel', 5],
  ['gestionnaire de paie', 5],
  ['secretaire assistant', 4],
  ['assistant de direction', 5],
  ['assistant ressources humaines', 5],
  ['comptable assistant', 4],
  ['gestionnaire comptable et fiscal', 5],
  ['negociateur technico-commercial', 5],
  ['conseiller relation client a distance', 4],
  ['vendeur conseil en magasin', 4],
  ['manager d\'unite marchande', 5],
  ['employe commercial en magasin', 3],
  ['preparateur de commandes en entrepot', 3],
  ['agent de restauration', 3],
  ['diplome d\'etat d\'aide-soignant', 4],
  ['diplome d\'etat d\'infirmier', 6],
  ['diplome d\'etat d\'educateur specialise', 6],
  ['diplome d\'etat d\'accompagnant educatif et social', 3],
  ['diplome d\'etat d\'auxiliaire de puericulture', 4],
];

const ROMAN: Record<string, number> = { i: 7, ii: 6, iii: 5, iv: 4, v: 3 };
const BAC_PLUS: Record<string, number> = { '0': 4, '1': 4, '2': 5, '3': 6, '4': 6, '5': 7, '6': 7, '7': 7, '8': 8 };

/** Keyword rules, highest level first; `cased` rules match the original text (acronyms that are also words). */
const RULES: Array<{ re: RegExp; level: number; cased?: boolean }> = [
  { re: /(?<![a-z])(?:doctorat|doctorate|phd|ph\.d|these de doctorat|doctor of philosophy)(?![a-z])/, level: 8 },
  { re: /(?<![a-z])(?:master ?1|m1|maitrise)(?![a-z0-9])/, level: 6 },
  { re: /(?<![a-z])(?:master|masters|master's|mastere|mba|msc|m\.sc|meng|m\.eng|mphil|dess|dea|m2|diplome d'ingenieur|cycle ingenieur|ingenieur|grande ecole)(?![a-z0-9])/, level: 7 },
  { re: /(?<![A-Za-z])(?:MA|MS)(?![A-Za-z])/, level: 7, cased: true },
  { re: /(?<![a-z])(?:licence|license|bachelor|bachelor's|bsc|b\.sc|beng|b\.eng|l3|undergraduate degree)(?![a-z0-9])/, level: 6 },
  { re: /(?<![A-Za-z])(?:BUT|B\.U\.T\.?|BA|BS)(?![A-Za-z])/, level: 6, cased: true },
  { re: /(?<![a-z])(?:bts|dut|deug|deust|associate|associate's|hnd|dma)(?![a-z])/, level: 5 },
  { re: /(?<![a-z])(?:bac pro|baccalaureat|bac|brevet professionnel|brevet de technicien|high school|a-levels?|a levels?|deaes|daeu)(?![a-z])/, level: 4 },
  { re: /(?<![A-Za-z])(?:BP|BT|DEAS)(?![A-Za-z])/, level: 4, cased: true },
  { re: /(?<![A-Za-z])(?:CAP|BEP|CAPA|BEPA)(?![A-Za-z])/, level: 3, cased: true },
];

/**
 * French qualification level (nomenclature 2019, 3..8) of a diploma as written, or undefined.
 * Order: an explicit level ("niveau 5", "RNCP niveau 6", "level 7", old "niveau III" → 5), then "bac+N"
 * (bac+2 = 5, bac+3/4 = 6, bac+5 = 7, bac+8 = 8), then well-known titres professionnels, then keywords:
 * CAP/BEP = 3; bac, bac pro, BP, high school diploma = 4; BTS, DUT, DEUG, associate = 5; licence, BUT,
 * bachelor, master 1 = 6; master, MBA, ingénieur, DESS, DEA, mastère, MSc, MEng = 7; doctorat, PhD = 8.
 * "Brevet des collèges" (level 2) and MOOCs give undefined.
 */
export function qualificationLevel(text: string): number | undefined {
  const f = fold(text);
  const explicit = /(?<![a-z])(?:niveau|level|rncp(?: niveau)?|nivel)\s*:?\s*([3-8]|i{1,3}|iv|v)(?![a-z0-9])/.exec(f);
  if (explicit?.[1]) {
    const v = explicit[1];
    return /\d/.test(v) ? Number(v) : ROMAN[v];
  }
  const bac = /(?<![a-z])bac\s*\+\s*(\d)(?!\d)/.exec(f);
  if (bac?.[1]) return BAC_PLUS[bac[1]];
  if (/brevet des colleges|diplome national du brevet|(?<![a-z])dnb(?![a-z])/.test(f)) return undefined;
  for (const [name, level] of TITRES) if (f.includes(name)) return level;
  for (const r of RULES) if (r.re.test(r.cased ? text : f)) return r.level;
  return undefined;
}
