/**
 * Technologies and tools often written in IT job titles ("dev React", "Ingénieur Java") and the ROME
 * domain words they point to. A hint adds a low-credit alternative; it never replaces the word.
 */
const RAW: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['react', 'reactjs', 'react.js', 'angular', 'angularjs', 'vue', 'vuejs', 'vue.js', 'javascript', 'js', 'typescript', 'ts',
    'html', 'css', 'php', 'symfony', 'laravel', 'wordpress', 'drupal', 'node', 'nodejs', 'node.js', 'nextjs', 'next.js',
    'nuxt', 'svelte', 'jquery', 'frontend', 'backend', 'fullstack', 'front', 'back', 'ruby', 'rails', 'django', 'flask'],
  ['web']],
  [['ios', 'android', 'swift', 'kotlin', 'flutter', 'xamarin'], ['mobile', 'web']],
  [['java', 'jee', 'j2ee', 'spring', 'c#', '.net', 'dotnet', 'c++', 'python', 'golang', 'scala', 'cobol', 'rust'],
  ['informatique', 'logiciel']],
  [['sql', 'oracle', 'postgresql', 'postgres', 'mysql', 'mongodb', 'nosql'], ['donnee']],
  [['aws', 'azure', 'gcp', 'kubernetes', 'k8s', 'docker', 'terraform'], ['cloud']],
  [['linux', 'unix', 'windows', 'vmware'], ['systeme']],
  [['cisco', 'lan', 'wan', 'tcp/ip'], ['reseau']],
  [['sap', 'erp', 'salesforce', 'crm'], ['fonctionnel']],
  [['powerbi', 'tableau', 'qlik', 'looker'], ['decisionnel', 'data']],
  [['unity', 'unreal'], ['jeu', 'video']],
  [['figma', 'sketch'], ['ux', 'designer']],
  [['embarque', 'embedded', 'firmware'], ['embarque']],
];

/** Folded token → ROME words (folded, gender-folded) it hints at. */
export const TECH_HINTS: ReadonlyMap<string, readonly string[]> = new Map(
  RAW.flatMap(([tokens, words]) => tokens.map((t) => [t, words] as const)),
);
