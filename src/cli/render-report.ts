import type { Report, ReportMatch } from '../analyse/report.js';

const BAR = 20;
/** "████████░░░░" bar for a 0..100 score. */
export function scoreBar(score: number): string {
  const full = Math.round((Math.max(0, Math.min(100, score)) / 100) * BAR);
  return `${'█'.repeat(full)}${'░'.repeat(BAR - full)}`;
}

const months = (m: number | undefined): string => {
  if (m === undefined) return '';
  const y = Math.floor(m / 12);
  const r = m % 12;
  return [y ? `${y} an${y > 1 ? 's' : ''}` : '', r ? `${r} mois` : ''].filter(Boolean).join(' ') || '0 mois';
};

const LINK: Record<string, string> = {
  'same-fiche': 'même métier',
  'same-parent': 'même famille de métiers (code ROME v3)',
  mobility: 'mobilité prévue par le ROME',
  'same-domaine': 'même domaine professionnel',
};

function renderMatch(m: ReportMatch, rank: number, lines: string[]): void {
  lines.push('', `${String(rank).padStart(2)}. ${m.title} (${m.code})`, `    ${scoreBar(m.score)} ${m.score.toFixed(0)}/100`);
  if (m.mobility) {
    const order = m.mobility.order ? ` n°${m.mobility.order}` : '';
    lines.push(`    Passerelle : depuis « ${m.mobility.fromTitle} » (${m.mobility.from}) — ${LINK[m.mobility.link] ?? m.mobility.link}${order}`);
  }
  const held = m.matched.slice(0, 6).map((x) => x.label);
  if (held.length) lines.push(`    Atouts : ${held.join(' · ')}${m.matched.length > 6 ? ` (+${m.matched.length - 6})` : ''}`);
  const gap = m.missing.slice(0, 5).map((x) => x.label);
  if (gap.length) lines.push(`    À acquérir : ${gap.join(' · ')}${m.missing.length > 5 ? ` (+${m.missing.length - 5})` : ''}`);
  for (const t of m.trainings) {
    const level = t.level ? `niveau ${t.level}` : 'niveau ?';
    const why = t.why.reasons[0] ? ` — ${t.why.reasons[0]}` : '';
    lines.push(`    Formation : ${t.id} ${t.title ?? '(intitulé non disponible)'} (${level})${why}`);
  }
}

/** The report as readable French text for a counsellor (no contact details, no CV text). */
export function renderReport(r: Report): string {
  const lines: string[] = [];
  const p = r.profile;
  lines.push('Bilan d’orientation boussole — métiers du numérique', '='.repeat(52));
  lines.push(
    `CV : ${r.cv.format.toUpperCase()}, ${r.cv.pages || 1} page(s), ${r.cv.language === 'fr' ? 'français' : 'anglais'}` +
      ` · ${p.totalMonths ? `${months(p.totalMonths)} d’expérience` : 'pas d’expérience datée'}` +
      (p.educationLevel ? ` · niveau de diplôme ${p.educationLevel}` : ''),
  );
  if (p.occupations.length) {
    lines.push('', 'Parcours (métiers ROME reconnus)');
    for (const o of p.occupations) {
      const dur = o.months !== undefined ? `, ${months(o.months)}` : '';
      lines.push(`  - ${o.title} → ${o.label} (${o.code}${dur}${o.current ? ', en cours' : ''})`);
    }
  }
  if (p.skills.length) {
    const top = [...p.skills].sort((a, b) => b.confidence - a.confidence || a.label.localeCompare(b.label, 'fr')).slice(0, 12);
    lines.push('', `Compétences repérées (${p.skills.length}) : ${top.map((s) => s.label).join(' · ')}`);
  }
  if (p.languages.length) lines.push(`Langues : ${p.languages.map((l) => `${l.name}${l.level ? ` (${l.level === 'native' ? 'langue maternelle' : l.level})` : ''}`).join(', ')}`);
  lines.push('', `Métiers proposés (${r.sheets === 'all' ? 'toutes les fiches ROME' : r.sheets === 'digital' ? '153 fiches du numérique' : 'fiches demandées'})`);
  r.matches.forEach((m, i) => renderMatch(m, i + 1, lines));
  for (const w of r.cv.warnings) lines.push(`Avertissement : ${w.message}`);
  lines.push('', ...r.attributions.map((a) => `  ${a}`));
  return lines.join('\n');
}
