import type { AliasGroup } from './types.js';

/**
 * How CVs usually name ROME compétences: short nominal phrases ("gestion des stocks", "accueil client") rather
 * than the référentiel's verbal labels ("Gérer les stocks"). Mapped, where one fits, to the macro-compétence that
 * fiches link; English equivalents included. Function words are ignored when matching ("gestion de stock" =
 * "gestion des stocks"), and plurals and gender forms are folded by the stemmer.
 */
export const PHRASING_ALIASES: readonly AliasGroup[] = [
  // ---- sales, customers, shop
  {
    ids: [104174],
    labels: ['Accueillir, orienter et renseigner un client'],
    names: ['accueil client', 'accueil clientèle', 'accueil de la clientèle', 'accueil des clients', 'accueil physique', 'accueil du public', 'accueil et orientation', 'customer reception', 'welcoming customers', 'greeting customers'],
    ambiguous: ['accueil'],
  },
  {
    ids: [104090],
    labels: ['Assurer un accueil téléphonique'],
    names: ['accueil téléphonique', 'standard téléphonique', 'gestion du standard', 'permanence téléphonique', 'phone reception', 'switchboard'],
  },
  {
    ids: [300366],
    labels: ['Recueillir et analyser les besoins client'],
    names: ['conseil client', 'conseil clientèle', 'conseil aux clients', 'conseil à la clientèle', 'analyse des besoins', 'recueil des besoins', 'besoins clients', 'expression des besoins', 'requirements gathering', 'customer advice', 'needs analysis'],
    ambiguous: ['conseil'],
  },
  {
    ids: [300368],
    labels: ['Vendre ou louer des produits ou des services'],
    names: ['techniques de vente', 'vente conseil', 'vente en magasin', 'vente additionnelle', 'conseil et vente', 'retail sales'],
    ambiguous: ['vente', 'sales', 'selling'],
  },
  {
    ids: [300379],
    labels: ['Développer et fidéliser la relation client'],
    names: ['fidélisation', 'fidélisation client', 'fidélisation de la clientèle', 'relation client', 'relation clientèle', 'gestion de la relation client', 'suivi clientèle', 'customer relationship', 'customer relations', 'customer loyalty', 'customer retention', 'client relationship'],
  },
  { ids: [121250], labels: ['Merchandising / Marchandisage'], names: ['merchandising', 'marchandisage', 'visual merchandising', 'mise en valeur des produits'] },
  { ids: [117468], labels: ['Réaliser la mise en rayon'], names: ['mise en rayon', 'mise en rayons', 'réassort', 'réassortiment', 'remplissage des rayons', 'shelf stocking'] },
  { ids: [300260], labels: ['Gérer les stocks'], names: ['gestion des stocks', 'gestion de stock', 'suivi des stocks', 'gestion des approvisionnements', 'stock management', 'inventory management'] },
  { ids: [119508], labels: ["Gestion de l'inventaire"], names: ['inventaire', 'inventaires', 'inventory'] },
  { ids: [300303], labels: ["Procéder à l'encaissement"], names: ['encaissement', 'encaissements', 'tenue de caisse', 'clôture de caisse', 'gestion de caisse', 'cash handling', 'cashier'], ambiguous: ['caisse'] },
  {
    ids: [119859],
    labels: ['Assurer le suivi des commandes et des livraisons'],
    names: ['suivi des commandes', 'suivi de commandes', 'gestion des commandes', 'traitement des commandes', 'saisie des commandes', 'order tracking', 'order management', 'order processing'],
  },
  { ids: [104324], labels: ['Prendre une commande client'], names: ['prise de commande', 'prise de commandes', 'taking orders', 'order taking'] },
  { ids: [124963], labels: ['Réaliser un service en salle'], names: ['service en salle', 'service à table', 'table service', 'waiting tables'] },
  {
    ids: [403551],
    labels: ['Gérer les réclamations ainsi que les litiges commerciaux'],
    names: ['gestion des litiges', 'gestion des réclamations', 'traitement des réclamations', 'réclamations clients', 'litiges clients', 'complaint handling', 'handling complaints'],
  },
  { ids: [300363], labels: ['Identifier, traiter une demande client'], names: ['service client', 'service clients', 'service après-vente', 'SAV', 'customer service', 'customer support', 'support client'] },
  { ids: [117243], labels: ['Etablir un devis'], names: ['devis', 'établissement de devis', 'préparation des devis', 'chiffrage', 'quotes', 'quotations'] },
  { ids: [489835], labels: ['Réaliser la facturation'], names: ['facturation', 'invoicing', 'billing'] },
  { ids: [122552], labels: ['Prospection commerciale'], names: ['prospection', 'prospection commerciale', 'phoning', 'prospecting', 'lead generation', 'business development', 'développement commercial'] },
  { ids: [300415], labels: ['Convaincre, négocier'], names: ['négociation', 'négociation commerciale', 'negotiation', 'negotiating', 'persuasion'] },
  { ids: [115519], labels: ['E-commerce'], names: ['e-commerce', 'ecommerce', 'commerce en ligne', 'vente en ligne', 'online sales', 'e-business'] },

  // ---- management, organisation, office
  {
    ids: [300440],
    labels: ['Animer, coordonner une équipe'],
    names: ["management d'équipe", "encadrement d'équipe", "animation d'équipe", 'manager une équipe', 'encadrer une équipe', 'team management', 'team leadership', 'managing a team', 'people management', "gestion d'équipe"],
    ambiguous: ['management', 'encadrement'],
  },
  {
    ids: [300021],
    labels: ['Transmettre une technique, un savoir-faire'],
    names: ['formation des nouveaux', 'formation des nouveaux arrivants', 'tutrice', 'tuteur', 'formation des nouveaux collaborateurs', 'tutorat', 'mentorat', 'mentoring', 'onboarding', 'training new staff', 'training new employees'],
    ambiguous: ['coaching'],
  },
  { ids: [484475], labels: ['Former les utilisateurs aux nouvelles technologies'], names: ['formation des utilisateurs', 'formation utilisateurs', 'user training', 'training users'] },
  { ids: [120246], labels: ['Gestion de projet'], names: ['gestion de projet', 'gestion de projets', 'conduite de projet', 'pilotage de projet', 'management de projet', 'project management', 'managing projects'] },
  { ids: [300323], labels: ['Elaborer, suivre et piloter un budget'], names: ['gestion budgétaire', 'suivi budgétaire', 'gestion de budget', 'gestion du budget', 'pilotage du budget', 'pilotage budgétaire', 'suivi du budget', 'budget management', 'budgeting'], ambiguous: ['budget'] },
  { ids: [118990], labels: ['Elaborer des tableaux de bord'], names: ['tableaux de bord', 'tableau de bord', 'reporting', 'dashboards', 'suivi des KPI', 'KPI', 'indicateurs de performance'] },
  { ids: [300408], labels: ["Rédiger un rapport, un compte rendu d'activité"], names: ['rédaction de rapports', 'comptes rendus', 'compte rendu', 'rédaction de comptes rendus', 'report writing'] },
  { ids: [300469], labels: ['Préparer et animer une réunion, un groupe de travail, un atelier'], names: ['animation de réunions', "animation d'ateliers", 'animation de réunion', 'facilitation', 'facilitating workshops', 'running meetings'] },
  { ids: [300431], labels: ['Mettre à jour un dossier, une base de données'], names: ['saisie de données', 'saisie informatique', 'data entry', 'mise à jour de bases de données', 'mise à jour des fiches produits', 'fiches produits', 'fiche produit', 'product listings'] },
  { ids: [300067], labels: ['Analyser, exploiter, structurer des données'], names: ['analyse de données', 'analyse des données', 'exploitation de données', 'traitement de données', 'data analysis', 'data analytics', 'analyse statistique', 'statistical analysis'] },
  { ids: [123213], labels: ['Veille technologique'], names: ['veille technologique', 'veille techno', 'technology watch', 'tech watch', 'veille technique'] },

  // ---- IT activities
  {
    ids: [300199],
    labels: ["Développer un logiciel, un système d'informations, une application"],
    names: ['développement web', "développement d'applications", 'développement logiciel', "développement d'application", 'développement de sites', 'développement de sites web', 'software development', 'web development', 'application development', 'programming', 'coding', 'codage'],
    ambiguous: ['programmation'],
  },
  { ids: [478668], labels: ['Développement front-end'], names: ['front-end', 'frontend', 'front end', 'développement front', 'intégration web', 'intégration HTML', 'intégration de maquettes', 'intégration des maquettes', 'full stack', 'fullstack', 'full-stack'] },
  { ids: [478669], labels: ['Développement back-end'], names: ['back-end', 'backend', 'back end', 'développement back', 'full stack', 'fullstack', 'full-stack'] },
  { ids: [119711], labels: ["Développement d'applications mobiles"], names: ['développement mobile', 'applications mobiles', 'mobile development', 'mobile apps', 'iOS', 'application mobile'] },
  { ids: [300202], labels: ["Déployer, intégrer un logiciel, un système d'informations, une application"], names: ['mise en production', "déploiement d'applications", 'mises en production', 'mise en ligne'], ambiguous: ['déploiement', 'deployment'] },
  { ids: [300204], labels: ["Administrer un système d'informations"], names: ['administration système', 'administration systèmes', 'administration systèmes et réseaux', 'administration réseau', 'administration réseaux', 'sysadmin', 'system administration', 'network administration'] },
  { ids: [300203], labels: ['Gérer une base de données numériques'], names: ['gestion de bases de données', 'administration de bases de données', 'database management', 'database administration', 'bases de données', 'base de données', 'databases', 'database'] },
  { ids: [300188], labels: ['Rédiger un cahier des charges, des spécifications techniques'], names: ['cahier des charges', 'cahiers des charges', 'spécifications fonctionnelles', 'spécifications techniques', 'user stories', 'functional specifications', 'specifications'] },
  { ids: [300126], labels: ['Créer une documentation technique'], names: ['documentation technique', 'rédaction de documentation', 'technical documentation', 'technical writing'] },
  { ids: [478670], labels: ['Test et validation de logiciels'], names: ['recette fonctionnelle', 'tests fonctionnels', 'tests de non-régression', 'tests de recette', 'software testing', 'QA', 'assurance qualité logicielle', 'quality assurance'], ambiguous: ['recette'] },
  { ids: [478770], labels: ['Analyse et résolution de bugs'], names: ['débogage', 'debugging', 'débugage', 'correction de bugs', 'corrections de bugs', 'résolution de bugs', 'bug fixing', 'troubleshooting', 'diagnostic de pannes'] },
  { ids: [484489], labels: ['Améliorer la qualité du code par des revues systématiques'], names: ['revue de code', 'revues de code', 'code review', 'code reviews', 'relecture de code', 'pair programming'] },
  { ids: [113831], labels: ['Gérer un parc informatique'], names: ['gérer un parc informatique', 'gestion de parc informatique'] },
  { ids: [106858], labels: ['Réaliser une configuration standard sur un poste de travail'], names: ['installation de postes', 'installation de postes de travail', 'configuration de postes', 'masterisation', 'déploiement de postes', 'workstation setup'] },

  // ---- project management
  { ids: [300488], labels: ['Concevoir et gérer un projet'], names: ['cadrage de projet', 'cadrage des projets', 'project scoping', 'conception de projet'], ambiguous: ['cadrage'] },
  { ids: [121066], labels: ['Gestion des risques (Risk Management)'], names: ['gestion des risques', 'analyse des risques', 'risk management', 'management des risques'] },
  { ids: [118943], labels: ['Défendre un projet devant un comité de pilotage, des collaborateurs ou des partenaires'], names: ['comité de pilotage', 'comités de pilotage', 'COPIL', 'steering committee', 'comité de direction'] },
  { ids: [510969], labels: ['Rédiger, prioriser et maintenir le backlog produit'], names: ['backlog', 'backlog produit', 'gestion du backlog', 'product backlog', 'roadmap', 'roadmap produit', 'feuille de route', 'product roadmap'] },
  { ids: [121149], labels: ['Accompagner le changement auprès des collaborateurs'], names: ['conduite du changement', 'accompagnement du changement', 'accompagnement au changement', 'change management', 'gestion du changement'] },
  { ids: [300579], labels: ['Communiquer auprès de ses interlocuteurs internes et externes'], names: ['stakeholder communication', 'stakeholder management', 'communication avec les parties prenantes', 'gestion des parties prenantes', 'relation avec les parties prenantes'] },
  { ids: [300068], labels: ['Réaliser une analyse ou modélisation statistique de données'], names: ['statistics', 'statistiques', 'modélisation statistique', 'statistical modelling', 'statistical modeling', 'régression', 'séries temporelles', 'time series', 'time-series forecasting', 'forecasting', 'prévisions', 'A/B testing', 'tests A/B'] },
  { ids: [493940], labels: ['Développement de pipelines de données'], names: ['Airflow', 'Apache Airflow', 'pipelines de données', 'data pipelines', 'data engineering', 'ingestion de données'] },
  { ids: [400407], labels: ['Faire preuve de pédagogie pour faciliter la compréhension'], names: ['pédagogie', 'pédagogue', 'sens pédagogique', 'qualités pédagogiques', 'teaching skills', 'patient explanations'] },

  // ---- care, logistics (frequent in career changes)
  { ids: [107740], labels: ["Réaliser ou contrôler les soins d'hygiène, de confort et apporter une aide au patient"], names: ["soins d'hygiène et de confort", "soins d'hygiène", 'soins de confort', 'soins de nursing', 'aide à la toilette'], ambiguous: ['toilettes'] },
  { ids: [489902], labels: ['Accompagner le patient ou le résident pendant ses repas selon les besoins ou la prescription médicale'], names: ['aide aux repas', 'aide à la prise des repas', 'aide au repas', 'accompagnement aux repas'] },
  { ids: [483082], labels: ["Surveiller l'état de santé général de la personne"], names: ["surveillance de l'état de santé", 'surveillance des constantes', 'prise des constantes', 'paramètres vitaux'] },
  { ids: [115845], labels: ['Rechercher, traiter et transmettre les informations pour assurer la continuité des soins et des activités'], names: ['transmissions écrites', 'transmissions orales', 'transmissions', 'dossier de soins'] },
  { ids: [482241], labels: ['Communiquer avec les patients et leurs familles'], names: ['accueil des familles', 'relation avec les familles', 'relations avec les familles', 'accueil des patients'] },
  { ids: [300014], labels: ['Conseiller, accompagner une personne'], names: ['accompagnement des personnes âgées', 'accompagnement des résidents', 'accompagnement des personnes', 'accompagnement de personnes âgées', 'accompagnement social'] },
  { ids: [300446], labels: ['Respecter les règles de Qualité, Hygiène, Sécurité, Santé et Environnement (QHSSE)'], names: ["règles d'hygiène et de sécurité", "règles d'hygiène", "protocoles d'hygiène", "normes d'hygiène", 'hygiène et sécurité', 'HSE', 'QHSE', 'health and safety'] },
  { ids: [300645], labels: ['Préparer les commandes en suivant les procédures'], names: ['préparation de commandes', 'préparation des commandes', 'order picking', 'picking'] },
  { ids: [300264], labels: ["Manipuler un engin de manutention ou de chantier"], names: ['conduite de chariot', 'conduite de chariot élévateur', 'chariot élévateur', 'chariots élévateurs', 'CACES', 'CACES R489', 'transpalette', 'gerbeur', 'cariste', 'forklift'] },
  { ids: [300265], labels: ['Charger, décharger, manutentionner des produits'], names: ['réception des marchandises', 'réception de marchandises', 'manutention', 'chargement et déchargement', 'goods receiving'] },
  { ids: [400772], labels: ['Adapter les méthodes de travail au niveau de risques des travaux en hauteur'], names: ['travail en hauteur', 'travaux en hauteur', 'working at height'] },
  { ids: [403123], labels: ['Maîtrise des outils informatiques (Internet, messagerie électronique) et bureautiques (Word, Excel, PowerPoint)'], names: ['messagerie électronique', 'messagerie', 'internet', 'outils informatiques', 'e-mails', 'courrier électronique'] },

  // ---- marketing and content
  { ids: [120568], labels: ['Rédiger du contenu web'], names: ['rédaction web', 'rédaction de contenus', 'création de contenu', 'création de contenus', 'content writing', 'content creation', 'copywriting', 'blog', 'articles de blog'] },
  { ids: [115701], labels: ["Mener une campagne d'e-mailing"], names: ['emailing', 'e-mailing', 'newsletter', 'newsletters', 'email marketing', 'campagnes emailing', 'Mailchimp', 'Brevo', 'Sendinblue'] },
  { ids: [115917], labels: ['Techniques de marketing digital'], names: ['marketing digital', 'marketing numérique', 'webmarketing', 'web marketing', 'digital marketing', 'e-marketing', 'growth hacking', 'inbound marketing'] },
];
