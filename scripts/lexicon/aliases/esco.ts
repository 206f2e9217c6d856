/**
 * Names that stand for an ESCO skill when no ROME item carries them (UML, BPMN…). `uri` is the ESCO concept id
 * (the part after http://data.europa.eu/esco/skill/); `label` repeats its preferred label, checked by the test.
 * When the ESCO concept is itself linked to a ROME item, the names map to that item.
 */
export interface EscoAliasGroup {
  readonly uri: string;
  readonly label: string;
  readonly names: readonly string[];
}

export const ESCO_ALIASES: readonly EscoAliasGroup[] = [
  {
    uri: '7193cb6d-8334-494f-86e5-21e6d03a47c3',
    label: 'langage de modélisation unifié',
    names: ['UML', 'diagrammes UML', 'diagramme de classes', 'diagrammes de séquence', 'unified modeling language'],
  },
  {
    uri: '98301d4a-2cc3-439d-8d7f-0b6ac76302bb',
    label: 'modélisation de processus d’entreprise',
    names: ['BPMN', 'modélisation des processus', 'modélisation de processus', 'business process modelling', 'business process modeling', 'cartographie des processus'],
  },
  {
    uri: '6a876489-7ad8-4a13-b09c-c9b8e97a302e',
    label: 'développement en cascade',
    names: ['cycle en V', 'cycle en cascade', 'waterfall', 'méthode en cascade', 'V-model'],
  },
];
