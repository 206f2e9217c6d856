import type { Engine } from '../../engine.js';
import type { TrainingRecommendation } from '../../recommend/schema.js';
import type { Fiche } from '../../snapshot/views.js';
import { printJson, type CliIo } from '../io.js';

const LEVEL = (n: number | null) => (n === null ? 'niveau ?' : `niveau ${n}`);

/** Readable French rendering of a fiche; `best` are the linked certifications that fit it best. */
export function renderFiche(f: Fiche, best: readonly TrainingRecommendation[]): string {
  const lines: string[] = [];
  const h = (t: string) => lines.push('', t, '-'.repeat(t.length));
  lines.push(`${f.code} — ${f.title}`, `${f.domaine.code} ${f.domaine.label} · ${f.grandDomaine.label}`);
  const flags = [
    f.flags.transitionNumerique && 'transition numérique',
    f.flags.transitionEcologique && 'transition écologique',
    f.flags.emploiCadre && 'emploi cadre',
    f.flags.emploiReglemente && 'emploi réglementé',
  ].filter(Boolean);
  if (flags.length) lines.push(`(${flags.join(', ')})`);
  h('Définition');
  lines.push(f.definition);
  h('Accès au métier');
  lines.push(f.access);
  h(`Appellations (${f.appellations.length})`);
  for (const a of f.appellations) lines.push(`  - ${a.label}${a.rare ? ' (peu usité)' : ''}`);
  const core = f.skills.filter((s) => s.core === 'principale');
  h(`Compétences cœur de métier (${core.length})`);
  for (const s of core.filter((x) => x.kind !== 'savoir')) lines.push(`  - ${s.label}`);
  const savoirs = f.skills.filter((s) => s.kind === 'savoir');
  h(`Savoirs (${savoirs.length})`);
  for (const s of savoirs) lines.push(`  - ${s.label}${s.core === 'principale' ? ' *' : ''}`);
  const others = f.skills.filter((s) => s.core !== 'principale' && s.kind !== 'savoir');
  h(`Autres compétences (${others.length})`);
  for (const s of others) lines.push(`  - ${s.label}${s.core === 'emergente' ? ' (émergente)' : ''}`);
  if (f.contexts.length) {
    h('Contextes de travail');
    for (const c of f.contexts) lines.push(`  - ${c.label} (${c.type})`);
  }
  h('Mobilité professionnelle');
  for (const m of f.mobility) lines.push(`  ${String(m.order).padStart(2)}. ${m.code} ${m.title}`);
  h(`Certifications RNCP liées (${f.certifications.length}, via le code ROME v3 ${f.parent}) : les plus proches du métier`);
  for (const c of best) {
    lines.push(`  - ${c.id} ${c.title ?? '(intitulé non disponible)'} — ${LEVEL(c.level)}${c.active === false ? ', inactive' : ''}`);
  }
  if (f.certifications.length > best.length) lines.push(`  … et ${f.certifications.length - best.length} autres (--json pour la liste complète)`);
  return lines.join('\n');
}

/** `boussole sheet <CODE> [--json]`: one fiche in full. Any of the 1,584 ROME codes is accepted. */
export function sheetCommand(engine: Engine, io: CliIo, code: string, json: boolean): number {
  const fiche = engine.fiche(code);
  if (json) printJson(io, fiche);
  else io.out(renderFiche(fiche, engine.recommendTrainings({ educationLevel: null, skills: [] }, code, { limit: 10 })));
  return 0;
}
