import { fold } from './fold.js';
import { words } from './words.js';

const FR = new Set(
  (
    'le la les des du de un une et est en au aux pour par sur dans avec sans sous chez que qui ou où ne pas plus ' +
    'mon ma mes son sa ses nos vos leur leurs ce cette ces je j il elle nous vous ils elles été être avoir fait ' +
    "d l qu c s n m t an ans mois depuis aujourd hui jour cours actuellement poste entreprise stage alternance " +
    'expérience expériences professionnelle professionnelles formation formations compétences langues langue ' +
    'diplôme diplômes centres intérêt loisirs profil anglais espagnol allemand français courant maternelle ' +
    'gestion développement mise réalisation suivi clients équipe projet projets missions'
  ).split(' ').map(fold),
);

const EN = new Set(
  (
    'the and of to in for with on at by from as an is was were be been are it its this that these my our ' +
    'i we you he she they have has had not or but into over under years year months month present current ' +
    'now today experience work employment history education skills languages interests hobbies summary profile ' +
    'english spanish german french fluent native proficiency bachelor degree university responsible managed ' +
    'developed led built team customer customers sales company'
  ).split(' '),
);

/** Characters looked at: the first 4,000 are plenty to tell French from English. */
const SAMPLE = 4000;

/**
 * Detects whether a CV is in French or English from stopwords and CV vocabulary. Technical words
 * ("React", "cloud", "DevOps") are in neither list, so a French CV full of English tech words stays French.
 * Ties (including empty text) answer 'fr'. Only the first 4,000 characters are read.
 * @param folded `fold(text)` when the caller has it already (saves folding again)
 */
export function detectLanguage(text: string, folded?: string): 'fr' | 'en' {
  const head = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const sample = folded === undefined ? fold(head) : folded.slice(0, SAMPLE);
  let fr = 0;
  let en = 0;
  for (const { word } of words(sample)) {
    if (FR.has(word)) fr++;
    if (EN.has(word)) en++;
  }
  // Accented letters are a strong French signal that English CVs almost never carry.
  const accents = head.match(/[éèêàùçâîôû]/gi)?.length ?? 0;
  fr += Math.min(accents, 50) * 0.5;
  return en > fr ? 'en' : 'fr';
}
