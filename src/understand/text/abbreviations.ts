import type { Token } from './tokenize.js';

/**
 * Abbreviations people write in job titles, keyed by FOLDED token (dév. → "dev", ingé → "inge").
 * `head` is used when the token is the title's head (its first word after seniority words), `other`
 * elsewhere: "dev front" → développeur front, but "business dev" → business développement.
 */
interface Expansion {
  head: string;
  other: string;
}

const both = (s: string): Expansion => ({ head: s, other: s });

export const TITLE_ABBREVIATIONS: ReadonlyMap<string, Expansion> = new Map<string, Expansion>([
  ['dev', { head: 'developpeur', other: 'developpement' }],
  ['devs', { head: 'developpeur', other: 'developpement' }],
  ['tech', { head: 'technicien', other: 'technique' }],
  ['techn', { head: 'technicien', other: 'technique' }],
  ['admin', { head: 'administrateur', other: 'administratif' }],
  ['adm', { head: 'administrateur', other: 'administratif' }],
  ['adj', { head: 'adjoint', other: 'adjoint' }],
  ['ing', both('ingenieur')],
  ['inge', both('ingenieur')],
  ['ingenieu', both('ingenieur')],
  ['resp', both('responsable')],
  ['respo', both('responsable')],
  ['assist', both('assistant')],
  ['asst', both('assistant')],
  ['ass', both('assistant')],
  ['dir', both('directeur')],
  ['dirco', both('directeur commercial')],
  ['dircom', both('directeur de la communication')],
  ['cdp', both('chef de projet')],
  ['cp', both('chef de projet')],
  ['sys', both('systeme')],
  ['sr', both('senior')],
  ['jr', both('junior')],
  ['mgr', both('manager')],
  ['mngr', both('manager')],
  ['eng', both('engineer')],
  ['cial', both('commercial')],
  ['ccial', both('commercial')],
  ['comm', { head: 'commercial', other: 'communication' }],
  ['com', { head: 'commercial', other: 'communication' }],
  ['compta', both('comptable')],
  ['secr', both('secretaire')],
  ['coord', both('coordinateur')],
  ['coordo', both('coordinateur')],
  ['gest', both('gestionnaire')],
  ['prepa', both('preparateur')],
  ['prep', both('preparateur')],
  ['mag', both('magasinier')],
  ['cond', both('conducteur')],
  ['chge', both('charge')],
  ['chg', both('charge')],
  ['collab', both('collaborateur')],
  ['info', both('informatique')],
  ['log', both('logistique')],
  ['maint', both('maintenance')],
  ['prod', both('production')],
  ['mkt', both('marketing')],
  ['mktg', both('marketing')],
  ['appro', both('approvisionnement')],
  ['elec', both('electricien')],
  ['rh', both('ressources humaines')],
  ['grh', both('gestion des ressources humaines')],
  ['drh', both('directeur des ressources humaines')],
  ['rrh', both('responsable des ressources humaines')],
  ['daf', both('directeur administratif et financier')],
  ['raf', both('responsable administratif et financier')],
  ['dsi', both('directeur des systemes d information')],
  ['rssi', both('responsable de la securite des systemes d information')],
  ['dpo', both('delegue a la protection des donnees')],
  ['pdg', both('president directeur general')],
  ['dg', both('directeur general')],
  ['ceo', both('directeur general')],
  ['cfo', both('directeur financier')],
  ['cto', both('directeur technique')],
  ['cmo', both('directeur marketing')],
  ['ide', both('infirmier diplome d etat')],
  ['ash', both('agent de service hospitalier')],
  ['avs', both('auxiliaire de vie sociale')],
  ['aes', both('accompagnant educatif et social')],
  ['sav', both('service apres vente')],
  ['adv', both('administration des ventes')],
  ['qhse', both('qualite hygiene securite environnement')],
  ['hse', both('hygiene securite environnement')],
  ['moa', both('maitrise d ouvrage')],
  ['amoa', both('assistance a maitrise d ouvrage')],
  ['moe', both('maitrise d oeuvre')],
  ['po', both('product owner')],
  ['ba', both('business analyst')],
  ['dba', both('administrateur de base de donnees')],
  ['cvc', both('chauffage ventilation climatisation')],
  ['ia', both('intelligence artificielle')],
  ['bi', both('business intelligence')],
  ['ml', both('machine learning')],
  ['vdi', both('vendeur a domicile independant')],
  ['btp', both('batiment travaux publics')],
  ['it', both('informatique')],
  ['si', both('systemes d information')],
  ['pl', both('poids lourd')],
  ['spl', both('super poids lourd')],
  ['vl', both('vehicule leger')],
  ['mecano', both('mecanicien')],
  ['auto', { head: 'automobile', other: 'automobile' }],
  ['kine', both('kinesitherapeute')],
  ['infirm', both('infirmier')],
  ['educ', both('educateur')],
  ['aux', { head: 'auxiliaire', other: 'aux' }],
]);

/** Words skipped when looking for a title's head (they precede it in "Senior dev", "Lead tech"). */
const BEFORE_HEAD: ReadonlySet<string> = new Set([
  'senior', 'sr', 'junior', 'jr', 'lead', 'confirme', 'confirmee', 'experimente', 'experimentee', 'stagiaire',
  'alternant', 'alternante', 'apprenti', 'apprentie', 'freelance', 'independant', 'independante', 'principal',
  'ex', 'futur', 'future',
]);

/**
 * Replaces title abbreviations by their expansion (one token per word of the expansion, each carrying the
 * offsets of the abbreviation). The head, i.e. the first token not in a seniority/status list, gets the head
 * expansion ("dev" → developpeur); later tokens get the other one ("dev" → developpement).
 */
export function expandTitleAbbreviations(tokens: readonly Token[]): Token[] {
  const headIndex = tokens.findIndex((t) => !BEFORE_HEAD.has(t.norm));
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    const exp = TITLE_ABBREVIATIONS.get(t.norm);
    if (exp === undefined) {
      out.push(t);
      return;
    }
    const words = (i === headIndex ? exp.head : exp.other).split(' ');
    for (const w of words) out.push({ norm: w, start: t.start, end: t.end });
  });
  return out;
}
