/** "Développeur / Développeuse web" → ["Développeur web", "Développeuse web"]. */
export function genderForms(label: string): [string, string] {
  const i = label.indexOf(' / ');
  if (i < 0) return [label, label];
  const left = label.slice(0, i);
  const right = label.slice(i + 3);
  const leftWords = left.split(' ');
  const rightWords = right.split(' ');
  if (rightWords.length < leftWords.length) return [label, label];
  const fem = rightWords.slice(0, leftWords.length).join(' ');
  const tail = rightWords.slice(leftWords.length).join(' ');
  const t = tail ? ` ${tail}` : '';
  return [`${left}${t}`, `${fem}${t}`];
}
