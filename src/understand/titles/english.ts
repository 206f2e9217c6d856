import { foldGender } from '../text/gender.js';

/**
 * English job-title words and the French words (folded, masculine singular) they stand for, used to
 * read English titles that the reviewed alias list does not hold ("warehouse team leader", "registered
 * nurse"). Keys are English-only words: their presence also marks a title as English.
 */
const RAW: ReadonlyArray<readonly [string, readonly string[]]> = [
  // heads
  ['engineer', ['ingenieur']], ['developer', ['developpeur']], ['programmer', ['programmeur', 'developpeur']],
  ['technician', ['technicien']], ['analyst', ['analyste']], ['officer', ['charge', 'responsable']],
  ['clerk', ['employe', 'agent']], ['worker', ['ouvrier', 'agent']], ['operator', ['operateur', 'conducteur']],
  ['nurse', ['infirmier']], ['teacher', ['professeur', 'enseignant']], ['trainer', ['formateur']],
  ['driver', ['conducteur', 'chauffeur']], ['cook', ['cuisinier']], ['chef', ['chef', 'cuisinier']],
  ['waiter', ['serveur']], ['waitress', ['serveur']], ['cashier', ['caissier']], ['seller', ['vendeur']],
  ['salesman', ['vendeur', 'commercial']], ['salesperson', ['vendeur', 'commercial']],
  ['accountant', ['comptable']], ['bookkeeper', ['comptable']], ['auditor', ['auditeur']],
  ['lawyer', ['avocat', 'juriste']], ['attorney', ['avocat']], ['paralegal', ['juriste', 'assistant']],
  ['director', ['directeur']], ['head', ['responsable', 'chef']], ['leader', ['chef', 'responsable']],
  ['supervisor', ['superviseur', 'chef']], ['foreman', ['chef', 'contremaitre']], ['owner', ['owner', 'gerant']],
  ['builder', ['builder', 'macon']], ['designer', ['designer', 'concepteur']], ['writer', ['redacteur']],
  ['editor', ['redacteur', 'editeur']], ['journalist', ['journaliste']], ['translator', ['traducteur']],
  ['interpreter', ['interprete']], ['receptionist', ['receptionniste', 'hote']], ['housekeeper', ['gouvernant', 'employe']],
  ['cleaner', ['agent', 'nettoyage']], ['janitor', ['agent', 'entretien']], ['caretaker', ['gardien']],
  ['guard', ['agent', 'surveillance']], ['firefighter', ['pompier']], ['policeman', ['policier']],
  ['soldier', ['militaire']], ['pilot', ['pilote']], ['mechanic', ['mecanicien']], ['electrician', ['electricien']],
  ['plumber', ['plombier']], ['carpenter', ['menuisier', 'charpentier']], ['joiner', ['menuisier']],
  ['bricklayer', ['macon']], ['mason', ['macon']], ['painter', ['peintre']], ['welder', ['soudeur']],
  ['machinist', ['usineur', 'operateur']], ['fitter', ['ajusteur', 'monteur']], ['assembler', ['monteur', 'assembleur']],
  ['installer', ['installateur']], ['repairer', ['reparateur']], ['inspector', ['inspecteur', 'controleur']],
  ['controller', ['controleur']], ['planner', ['planificateur']], ['scheduler', ['planificateur']],
  ['buyer', ['acheteur']], ['purchaser', ['acheteur']], ['storekeeper', ['magasinier']],
  ['picker', ['preparateur']], ['packer', ['emballeur']], ['mover', ['demenageur']], ['courier', ['coursier']],
  ['farmer', ['agriculteur', 'exploitant']], ['gardener', ['jardinier']], ['landscaper', ['paysagiste']],
  ['baker', ['boulanger']], ['butcher', ['boucher']], ['pastry', ['patissier']], ['hairdresser', ['coiffeur']],
  ['barber', ['barbier']], ['beautician', ['estheticien']], ['caregiver', ['auxiliaire', 'aide']],
  ['carer', ['auxiliaire', 'aide']], ['midwife', ['sage']], ['pharmacist', ['pharmacien']], ['physician', ['medecin']],
  ['doctor', ['medecin']], ['surgeon', ['chirurgien']], ['dentist', ['dentiste']], ['therapist', ['therapeute']],
  ['psychologist', ['psychologue']], ['physiotherapist', ['kinesitherapeute']], ['counselor', ['conseiller']],
  ['counsellor', ['conseiller']], ['advisor', ['conseiller']], ['adviser', ['conseiller']], ['agent', ['agent']],
  ['broker', ['courtier']], ['banker', ['banquier']], ['teller', ['guichetier']], ['librarian', ['bibliothecaire']],
  ['architect', ['architecte']], ['scientist', ['scientifique', 'chercheur']], ['researcher', ['chercheur']],
  ['tester', ['testeur']], ['administrator', ['administrateur']], ['coordinator', ['coordinateur']],
  ['recruiter', ['recruteur', 'charge']], ['secretary', ['secretaire']], ['steward', ['steward']],
  ['bartender', ['barman']], ['dishwasher', ['plongeur']], ['porter', ['bagagiste', 'porteur']],
  ['concierge', ['concierge']], ['lifeguard', ['surveillant', 'sauveteur']], ['coach', ['entraineur', 'coach']],
  ['instructor', ['moniteur', 'formateur']], ['tutor', ['formateur', 'professeur']], ['educator', ['educateur']],
  ['nanny', ['garde', 'enfant']], ['babysitter', ['garde', 'enfant']], ['photographer', ['photographe']],
  ['musician', ['musicien']], ['actor', ['comedien']], ['dancer', ['danseur']], ['surveyor', ['geometre']],
  ['draughtsman', ['dessinateur']], ['draftsman', ['dessinateur']], ['estimator', ['economiste', 'metreur']],
  ['dispatcher', ['dispatcher', 'regulateur']], ['forklift', ['cariste']], ['sailor', ['marin', 'matelot']],
  ['fisherman', ['pecheur']], ['miner', ['mineur']], ['roofer', ['couvreur']], ['plasterer', ['platrier']],
  ['tiler', ['carreleur']], ['glazier', ['vitrier']], ['locksmith', ['serrurier']], ['tailor', ['tailleur', 'couturier']],
  ['seamstress', ['couturier']], ['jeweler', ['bijoutier']], ['jeweller', ['bijoutier']], ['florist', ['fleuriste']],
  ['optician', ['opticien']], ['veterinarian', ['veterinaire']], ['vet', ['veterinaire']], ['chemist', ['chimiste']],
  ['biologist', ['biologiste']], ['statistician', ['statisticien']], ['economist', ['economiste']],
  ['marketer', ['marketing']], ['strategist', ['strategie']], ['sysadmin', ['administrateur', 'systeme']],
  // domain words
  ['software', ['logiciel']], ['sales', ['vente', 'commercial']], ['warehouse', ['entrepot', 'logistique']],
  ['customer', ['client', 'clientele']], ['support', ['support', 'assistance']], ['helpdesk', ['support', 'assistance']],
  ['desk', ['support']], ['network', ['reseau']], ['security', ['securite']], ['safety', ['securite']],
  ['health', ['sante']], ['care', ['soin']], ['nursing', ['infirmier', 'soin']], ['home', ['domicile']],
  ['kitchen', ['cuisine']], ['restaurant', ['restaurant', 'restauration']], ['hotel', ['hotel', 'hotellerie']],
  ['store', ['magasin']], ['shop', ['magasin', 'boutique']], ['retail', ['vente', 'magasin']], ['stock', ['stock']],
  ['purchasing', ['achat']], ['procurement', ['achat']], ['supply', ['approvisionnement', 'logistique']],
  ['chain', ['logistique']], ['logistics', ['logistique']], ['transport', ['transport']], ['truck', ['poids', 'lourd']],
  ['delivery', ['livreur', 'livraison']], ['maintenance', ['maintenance']], ['building', ['batiment']],
  ['construction', ['construction', 'chantier']], ['site', ['chantier']], ['civil', ['civil']],
  ['mechanical', ['mecanique']], ['electrical', ['electrique', 'electricite']], ['industrial', ['industriel']],
  ['quality', ['qualite']], ['production', ['production']], ['manufacturing', ['fabrication', 'production']],
  ['process', ['procede', 'methode']], ['plant', ['usine']], ['factory', ['usine']], ['line', ['ligne']],
  ['accounting', ['comptable', 'comptabilite']], ['accounts', ['comptable']], ['payable', ['fournisseur']],
  ['receivable', ['client']], ['payroll', ['paie']], ['finance', ['financier', 'finance']], ['financial', ['financier']],
  ['tax', ['fiscal', 'fiscaliste']], ['legal', ['juridique', 'juriste']], ['human', ['humain']],
  ['resources', ['ressource']], ['hr', ['ressource', 'humain']], ['recruitment', ['recrutement']],
  ['training', ['formation']], ['learning', ['formation']], ['teaching', ['enseignement']], ['school', ['ecole', 'scolaire']],
  ['marketing', ['marketing']], ['communication', ['communication']], ['communications', ['communication']],
  ['digital', ['digital', 'numerique']], ['web', ['web']], ['data', ['data', 'donnee']], ['database', ['donnee']],
  ['cloud', ['cloud']], ['systems', ['systeme']], ['system', ['systeme']], ['it', ['informatique']],
  ['computer', ['informatique']], ['technical', ['technique']], ['research', ['recherche']],
  ['development', ['developpement']], ['project', ['projet']], ['product', ['produit']], ['program', ['programme']],
  ['operations', ['exploitation', 'operation']], ['office', ['bureau', 'administratif']], ['administrative', ['administratif']],
  ['executive', ['direction']], ['general', ['general']], ['team', ['equipe']], ['shift', ['equipe', 'poste']],
  ['store', ['magasin']], ['cleaning', ['nettoyage', 'proprete']], ['housekeeping', ['etage', 'proprete']],
  ['room', ['chambre', 'salle']], ['front', ['front', 'reception']], ['bar', ['bar']], ['food', ['alimentaire', 'restauration']],
  ['childcare', ['petite', 'enfance']], ['child', ['enfant']], ['children', ['enfant']], ['elderly', ['personne', 'agee']],
  ['social', ['social']], ['insurance', ['assurance']], ['bank', ['banque', 'bancaire']], ['banking', ['banque', 'bancaire']],
  ['real', ['immobilier']], ['estate', ['immobilier']], ['property', ['immobilier']], ['energy', ['energie']],
  ['environmental', ['environnement']], ['agricultural', ['agricole']], ['farm', ['agricole', 'exploitation']],
  ['graphic', ['graphiste', 'graphique']], ['video', ['video']], ['game', ['jeu']], ['games', ['jeu']],
  ['mobile', ['mobile']], ['embedded', ['embarque']], ['testing', ['test']], ['test', ['test']],
  ['assistant', ['assistant']], ['manager', ['manager', 'responsable']], ['management', ['gestion', 'management']],
  ['call', ['appel']], ['center', ['centre']], ['centre', ['centre']], ['event', ['evenementiel']],
  ['events', ['evenementiel']], ['travel', ['voyage', 'tourisme']], ['tourism', ['tourisme']], ['airport', ['aeroport']],
];

/** English word (gender/number-folded like index words) → French words (same form). */
export const EN_TO_FR: ReadonlyMap<string, readonly string[]> = new Map(
  RAW.map(([en, fr]) => [foldGender(en), fr.map(foldGender)] as const),
);

/** English-only words that mark a title as English even when they are not in {@link EN_TO_FR}. */
const EN_MARKERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'with']);
/** Words in the map that are also ordinary French title words: they do not mark a title as English. */
const SHARED: ReadonlySet<string> = new Set([
  'agent', 'chef', 'concierge', 'coach', 'steward', 'support', 'transport', 'maintenance', 'production', 'marketing',
  'communication', 'digital', 'web', 'data', 'cloud', 'finance', 'mobile', 'test', 'assistant', 'manager', 'designer',
  'restaurant', 'hotel', 'bar', 'video', 'social', 'civil', 'construction', 'process', 'stock', 'management',
  'general', 'front', 'centre', 'site', 'plant', 'line', 'program', 'store', 'vet',
  // French words that fold to the same key: prêt-à-porter, pilote, assembler, légal, opération, office…
  'it', 'porter', 'pilot', 'assembler', 'legal', 'operation', 'office', 'administratif', 'executif', 'dispatcher', 'miner',
]);

/** True when a folded token only makes sense in English (marks the whole title as English). */
export function isEnglishMarker(norm: string): boolean {
  if (EN_MARKERS.has(norm)) return true;
  const w = foldGender(norm);
  return EN_TO_FR.has(w) && !SHARED.has(w);
}
