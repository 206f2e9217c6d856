import { fold } from './fold.js';

/** Word starts that mark a job title (folded), FR and EN. */
const TITLE_STEMS = [
  'developpeu', 'developer', 'programmeu', 'programmer', 'ingenieu', 'engineer', 'technicien', 'technician',
  'assistant', 'chef', 'responsable', 'manager', 'directeu', 'directric', 'director', 'head of', 'consultant',
  'analyste', 'analyst', 'administrat', 'architecte', 'architect', 'stagiaire', 'intern', 'alternant', 'apprenti',
  'vendeu', 'conseill', 'commercial', 'charge', 'employe', 'agent', 'operateu', 'operatric', 'operator', 'officer',
  'coordinat', 'gestionnaire', 'comptable', 'accountant', 'designer', 'graphiste', 'integrateu', 'integratric',
  'webmaster', 'scientist', 'data ', 'lead ', 'product owner', 'scrum master', 'fondat', 'founder', 'co-fondat',
  'co-founder', 'formateu', 'formatric', 'trainer', 'enseignant', 'teacher', 'professeu', 'infirmi', 'caissi',
  'cashier', 'serveu', 'waiter', 'waitress', 'cuisini', 'magasinier', 'preparat', 'livreu', 'chauffeu', 'driver',
  'hote ', 'hotesse', 'secretaire', 'secretary', 'adjoint', 'support', 'helpdesk', 'specialist', 'expert', 'auditeu',
  'auditor', 'juriste', 'acheteu', 'buyer', 'logisticien', 'ouvrier', 'equipier', 'manutention', 'animat', 'educat',
  'aide-', 'aide ', 'auxiliaire', 'superviseu', 'supervisor', 'representant', 'sales ', 'clerk', 'receptionist',
  'receptionniste', 'testeu', 'tester', 'redacteu', 'redactric', 'writer', 'journaliste', 'community manager',
  'business developer', 'account ', 'benevole', 'volunteer', 'president', 'tresorier', 'gerant', 'entrepreneur',
  'employee', 'worker', 'nurse', 'electricien', 'plombier', 'mecanicien', 'soudeu', 'menuisier', 'boulanger(?!ie)',
  'patissier', 'barista', 'barman', 'commis', 'plongeu', 'teleconseill', 'teleprospect', 'televendeu',
  'merchandiser', 'inventoriste', 'surveillant', 'gardien', 'controleu', 'inspecteu', 'recruteu', 'recruiter',
  'talent acquisition', 'sysadmin', 'devops', 'full stack', 'fullstack', 'front-end', 'back-end', 'frontend',
  'backend', 'web designer', 'ux ', 'ui ', 'product manager', 'project manager', 'program manager', 'scrum',
  'pmo', 'cheffe', 'freelance', 'independant', 'auto-entrepreneu', 'associate', 'coach', 'mentor',
  'tuteu', 'moniteu', 'monitric', 'instructeu', 'instructor', 'pilote', 'militaire', 'soldat', 'sergent',
  'caporal', 'lieutenant', 'pompier', 'policier', 'gendarme', 'medecin', 'pharmacien', 'avocat', 'lawyer',
  'traduct', 'translator', 'interprete', 'photographe', 'photographer', 'monteu', 'videaste', 'artiste',
  'musicien', 'comedien', 'chercheu', 'researcher', 'doctorant', 'phd student', 'post-doc', 'postdoc',
  'ambassad', 'delegue', 'attache', 'collaborat', 'opticien', 'esthetici', 'coiffeu', 'fleuriste',
  'boucher(?!ie)', 'poissonnier', 'traiteur', 'veilleu', 'garde', 'nounou', 'baby-sitt', 'babysitt', 'au pair',
  'staff', 'crew', 'team member', 'hotliner', 'hotline',
];
/** Short titles and acronyms matched as whole words. */
const TITLE_WORDS = ['dev', 'po', 'qa', 'ux', 'ui', 'cto', 'ceo', 'cio', 'coo', 'cfo', 'sre', 'dba', 'sdr', 'bdr',
  'rssi', 'dsi', 'drh', 'pdg', 'dg', 'daf', 'ciso', 'lead', 'vp', 'asv', 'atsem'];

const TITLE_RE = new RegExp(
  `(?<![a-z])(?:${TITLE_STEMS.map((s) => s.replace(/[-]/g, '\\-')).join('|')})|(?<![a-z])(?:${TITLE_WORDS.join('|')})(?![a-z])`,
);

/** True when the text reads as a job title ("Développeuse web", "Data analyst", "Chef de projet"). */
export function isJobTitle(text: string): boolean {
  return TITLE_RE.test(`${fold(text)} `);
}

const COMPANY_RE =
  /(?<![a-z])(?:sa|sas|sasu|sarl|eurl|snc|sca|scop|inc|ltd|llc|gmbh|plc|corp|group|groupe|company|consulting|technologies|solutions|agency|agence|studio|labs?|holding|industries|services|bank|banque|mairie|hopital|chu|association|cabinet|societe|startup|start-up|ministere|conseil departemental|conseil regional|universite|university|ecole|lycee|college|fondation|foundation|bureau|boutique|magasin|restaurant|hotel|clinique|laboratoire)(?![a-z])/;

/** True when the text holds a company word ("SARL", "Groupe", "Agence", "Inc.", "Mairie de"…). */
export function hasCompanyWord(text: string): boolean {
  return COMPANY_RE.test(fold(text));
}

/** True when the text reads as a company: a company word, or a short name in capitals ("IBM", "ACME SAS"). */
export function isCompanyName(text: string): boolean {
  const t = text.trim();
  return hasCompanyWord(t) || (/^[A-Z0-9&'’ .-]{2,}$/.test(t) && /[A-Z]{2}/.test(t) && t.split(' ').length <= 4);
}

const CONTRACT_WORD =
  "cdi|cdd|stage|stages|internship|alternance|apprentissage|apprenticeship|contrat pro|contrat de professionnalisation|contrat d'apprentissage|contrat etudiant|interim|interimaire|freelance|independant|temps plein|temps partiel|mi-temps|full-time|full time|part-time|part time|saisonnier|seasonal|job d'ete|job etudiant|summer job|benevolat|benevole|volontariat|service civique|vie|v\\.i\\.e|contract|contractor|permanent|cdic|portage salarial|mission|missions|mission d'interim|remplacement";
const CONTRACT_RE = new RegExp(
  `^(?:(?:${CONTRACT_WORD})(?:\\s*(?:puis|then|et|and|/|,|-|de|d'|\\d+|mois|months?|semaines|weeks|ans?|years?|h|heures|hours|par|per|semaine|week)\\s*)*)+(?:\\s(?:pour|for)\\s.*)?$`,
);

/**
 * True when the text only states a contract type ("CDI", "CDD puis CDI", "Stage de 6 mois", "Full-time"),
 * possibly for someone ("Missions d'intérim pour un sous-traitant").
 */
export function isContract(text: string): boolean {
  const f = fold(text.trim()).replace(/[()[\].]/g, ' ').replace(/\s+/g, ' ').trim();
  return f !== '' && CONTRACT_RE.test(f);
}

const TASK_START = new RegExp(
  `^(?:${[
    'gestion', 'suivi', 'mise', 'accueil', 'vente', 'conception', 'creation', 'realisation', 'developpement',
    'participation', 'maintenance', 'redaction', 'animation', 'organisation', 'analyse', 'encadrement', 'preparation',
    'installation', 'administration', 'deploiement', 'integration', 'assistance', 'prospection', 'elaboration',
    'traitement', 'saisie', 'tenue', 'contribution', 'migration', 'refonte', 'pilotage', 'coordination', 'supervision',
    'optimisation', 'automatisation', 'amelioration', 'reporting', 'veille', 'audit', 'recrutement', 'negociation',
    'planification', 'livraison', 'reception', 'encaissement', 'inventaire', 'conseil', 'relation', 'definition',
    'formation', 'accompagnement', 'montage', 'depannage', 'diagnostic', 'configuration', 'tests?',
    'je', "j'[a-z]+", 'nous', 'responsable de', 'charge de',
    '\\w+ed', '\\w+ing', 'built', 'led', 'ran', 'wrote', 'made', 'drove', 'grew', 'taught', 'responsible for', 'in charge of',
  ].join('|')})(?![a-z])`,
);

/** A first word that names an activity: "Raccordement", "Installation", "Maintenance", "Soudure"… */
const ACTIVITY_NOUN = /^[a-z]{3,}(?:ment|tion|sion|ance|ure)(?![a-z])/;

/**
 * True when a line reads as a task ("Gestion des stocks", "Développement…", "Raccordement FTTH…",
 * "Built…", "J'ai…"), not a header.
 */
export function looksLikeTask(text: string): boolean {
  const f = fold(text.trim());
  return TASK_START.test(f) || ACTIVITY_NOUN.test(f);
}
