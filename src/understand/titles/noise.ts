/**
 * Words of a job title that say nothing about the fiche: gender marks and inclusive-writing suffixes,
 * seniority, contract and schedule words, dates. All FOLDED.
 */
export const TITLE_NOISE: ReadonlySet<string> = new Set([
  // gender marks: (H/F), (e), inclusive suffixes "développeur·euse", "technicien.ne", "directeur-rice"
  'h', 'f', 'h/f', 'f/h', 'x', 'hf', 'fh', 'e', 'es', 'se', 'ne', 'nne', 'euse', 'euses', 'rice', 'rices', 'trice',
  'ice', 'ere', 'eres', 'iere', 'ieres', 'ive', 'ives', 'eure', 'fe', 'te', 'le', 'ale', 'elle', 'ee', 'ees',
  // seniority and status
  'junior', 'jr', 'senior', 'sr', 'confirme', 'confirmee', 'experimente', 'experimentee', 'debutant', 'debutante',
  'stagiaire', 'stage', 'intern', 'internship', 'alternance', 'alternant', 'alternante', 'apprenti', 'apprentie',
  'apprentissage', 'apprentice', 'trainee', 'freelance', 'free', 'lance', 'independant', 'independante',
  'interim', 'interimaire', 'vacataire', 'contractuel', 'contractuelle', 'titulaire', 'benevole', 'volunteer',
  'saisonnier', 'saisonniere', 'cdi', 'cdd', 'temps', 'plein', 'partiel', 'mi',
  'poste', 'emploi', 'job', 'ex', 'futur', 'future', 'actuel', 'actuelle', 'current', 'n1', 'n2', 'n3',
  'niveau', 'level', 'i', 'ii', 'iii', 'iv',
  // dates
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre',
  'decembre', 'janv', 'fev', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'present', 'aujourd', 'hui', 'depuis', 'now', 'today',
]);

/** Words after which the rest of a title names an employer: "Vendeuse chez Zara", "Dev @ Acme". */
export const TITLE_CUT: ReadonlySet<string> = new Set(['chez', '@']);

/** True for a folded token that carries no fiche information (noise word, number, date-like token). */
export function isTitleNoise(norm: string): boolean {
  return TITLE_NOISE.has(norm) || /^\d+$/.test(norm) || /^\d{1,2}\/\d{2,4}$/.test(norm);
}
