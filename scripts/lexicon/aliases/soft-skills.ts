import type { AliasGroup } from './types.js';

/**
 * Soft skills as CVs write them (French nouns and adjectives, masculine and feminine, and English), mapped to the
 * 16 ROME savoir-être professionnels and to the transverse macro-compétences for communication.
 * Adjectives alone ("rigoureux", "autonome") are listed: in a CV they describe the person.
 */
export const SOFT_SKILL_ALIASES: readonly AliasGroup[] = [
  {
    ids: [300465],
    labels: ["Avoir l'esprit d'équipe"],
    names: [
      "esprit d'équipe", 'travail en équipe', 'travailler en équipe', "sens de l'équipe", 'sens du collectif', 'esprit collaboratif',
      'esprit de collaboration', 'collaboratif', 'collaborative', "goût du travail en équipe", 'teamwork', 'team work', 'team player',
      'team spirit', 'working in a team',
    ],
    ambiguous: ['collaboration'],
  },
  {
    ids: [300460],
    labels: ["Faire preuve d'autonomie"],
    names: ['autonomie', 'autonome', 'autonomous', 'autonomy', 'independent', 'self-starter', 'self-motivated', 'works independently', 'travail en autonomie'],
  },
  {
    ids: [300490],
    labels: ['Faire preuve de rigueur et de précision'],
    names: [
      'rigueur', 'rigoureux', 'rigoureuse', 'précision', 'minutieux', 'minutieuse', 'méticuleux',
      'méticuleuse', 'sens du détail', 'souci du détail', 'rigorous', 'rigour', 'rigor', 'attention to detail', 'detail-oriented',
      'detail oriented', 'meticulous', 'thorough',
    ],
  },
  {
    ids: [300483],
    labels: ['Organiser son travail selon les priorités et les objectifs'],
    names: [
      'organisé', 'organisée', "sens de l'organisation", "capacité d'organisation", "esprit d'organisation",
      'gestion des priorités', 'gestion du temps', 'priorisation', 'organized', 'organised', 'organisational skills',
      'organizational skills', 'time management', 'prioritization', 'prioritisation',
    ],
    ambiguous: ['organisation'],
  },
  {
    ids: [300412],
    labels: ["Etre à l'écoute, faire preuve d'empathie"],
    names: [
      'écoute', "à l'écoute", "sens de l'écoute", "qualités d'écoute", 'écoute active', 'empathie', 'empathique', 'bienveillance',
      'bienveillant', 'bienveillante', 'patience', 'active listening', 'empathy', 'empathetic', 'good listener',
    ],
  },
  {
    ids: [300497],
    labels: ["Faire preuve de créativité, d'inventivité"],
    names: ['créativité', 'créatif', 'créative', 'inventivité', 'inventif', 'inventive', "esprit créatif", 'imagination', 'creativity'],
  },
  {
    ids: [300493],
    labels: ["Faire preuve de curiosité, d'ouverture d'esprit"],
    names: ['curiosité', 'curieux', 'curieuse', "ouverture d'esprit", "esprit d'ouverture", 'curiosity', 'curious', 'open-minded', 'open minded', 'open-mindedness', "soif d'apprendre", "envie d'apprendre", 'eager to learn'],
  },
  {
    ids: [300473],
    labels: ['Faire preuve de réactivité'],
    names: ['réactivité', 'réactif', 'réactive', 'reactivity', 'responsiveness'],
  },
  {
    ids: [300467],
    labels: ['Etre force de proposition'],
    names: ['force de proposition', "esprit d'initiative", "prise d'initiative", "prise d'initiatives", "sens de l'initiative", 'proactif', 'proactive', 'proactivité', 'proactivity', 'self-driven'],
    ambiguous: ['initiative'],
  },
  {
    ids: [300489],
    labels: ['Faire preuve de leadership'],
    names: ['leadership', "capacité à fédérer", 'fédérateur', 'fédératrice', 'charisme'],
  },
  {
    ids: [300479],
    labels: ['Etre ouvert aux changements'],
    names: [
      'adaptabilité', "capacité d'adaptation", "capacités d'adaptation", "faculté d'adaptation", "sens de l'adaptation", 'flexibilité',
      'flexible', 'polyvalence', 'polyvalent', 'polyvalente', 'adaptable', 'adaptability', 'versatile', 'versatility', 'flexibility',
      'ouverture au changement', 'open to change',
    ],
  },
  {
    ids: [300461],
    labels: ['Faire preuve de sens des responsabilités'],
    names: ['sens des responsabilités', 'fiabilité', 'fiable', 'sérieux', 'sérieuse', 'conscience professionnelle', 'reliable', 'reliability', 'sense of responsibility', 'accountability', 'dependable'],
  },
  {
    ids: [300478],
    labels: ['Faire preuve de contrôle de soi'],
    names: ['maîtrise de soi', 'contrôle de soi', 'sang-froid', 'gestion du stress', 'résistance au stress', 'résistance à la pression', 'stress management', 'composure', 'works well under pressure', 'self-control'],
    ambiguous: ['calme'],
  },
  {
    ids: [300485],
    labels: ['Faire preuve de persévérance'],
    names: ['persévérance', 'persévérant', 'persévérante', 'ténacité', 'tenace', 'détermination', 'déterminé', 'déterminée', 'persistence', 'tenacity', 'resilience'],
  },
  {
    ids: [399999],
    labels: ['Avoir le sens du service'],
    names: ['sens du service', 'sens du service client', 'orientation client', 'esprit de service', 'customer focus', 'customer-oriented', 'service-minded', 'customer oriented'],
  },
  {
    ids: [404865],
    labels: ["Faire preuve de sens commercial et d'aisance relationnelle"],
    names: [
      'sens du contact', 'aisance relationnelle', 'relationnel', 'bon relationnel', 'qualités relationnelles', 'sens relationnel',
      'sens commercial', 'fibre commerciale', 'interpersonal skills', 'people skills', 'sociable', 'contact facile',
    ],
  },
  {
    ids: [300410],
    labels: ['Communiquer à l\'oral en milieu professionnel'],
    names: ["aisance à l'oral", 'aisance orale', 'communication orale', 'prise de parole', 'prise de parole en public', 'communication skills', 'oral communication', 'public speaking'],
    ambiguous: ['communication'],
  },
  {
    ids: [300405],
    labels: ["Communiquer à l'écrit de façon appropriée"],
    names: ['communication écrite', 'qualités rédactionnelles', 'aisance rédactionnelle', 'capacités rédactionnelles', 'written communication', 'writing skills'],
    ambiguous: ['rédaction'],
  },
];
