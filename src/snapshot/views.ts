import { z } from 'zod';
import { COEUR, FLAG, ITEM_KIND } from './format.js';
import type { Snapshot } from './snapshot.js';

/** One line of `engine.sheets()`. */
export const SheetSummarySchema = z.object({
  code: z.string(),
  title: z.string(),
  domaine: z.string(),
});
export type SheetSummary = z.infer<typeof SheetSummarySchema>;

export const CertificationSummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  level: z.number().int().min(3).max(8).nullable(),
  active: z.boolean().nullable(),
  successor: z.string().nullable(),
});
export type CertificationSummary = z.infer<typeof CertificationSummarySchema>;

export const FicheSkillSchema = z.object({
  /** ROME `code_ogr`. */
  id: z.string(),
  label: z.string(),
  kind: z.enum(['savoir-faire', 'savoir-etre', 'savoir']),
  /** `coeur_metier`: 'principale' (core), 'emergente' (emerging) or null. */
  core: z.enum(['principale', 'emergente']).nullable(),
  /** Macro-compétence label for a compétence; null otherwise. */
  macro: z.string().nullable(),
  category: z.string(),
});
export type FicheSkill = z.infer<typeof FicheSkillSchema>;

/** A ROME 4.0 fiche as plain data. */
export const FicheSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** ROME v3 parent code (the code RNCP uses). */
  parent: z.string(),
  domaine: z.object({ code: z.string(), label: z.string() }),
  grandDomaine: z.object({ code: z.string(), label: z.string() }),
  definition: z.string(),
  access: z.string(),
  flags: z.object({
    transitionNumerique: z.boolean(),
    transitionEcologique: z.boolean(),
    transitionDemographique: z.boolean(),
    emploiCadre: z.boolean(),
    emploiReglemente: z.boolean(),
  }),
  riasec: z.object({ major: z.string().nullable(), minor: z.string().nullable() }),
  /** True when the fiche is one of the 153 digital sheets. */
  digital: z.boolean(),
  appellations: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      short: z.string(),
      masculine: z.string(),
      feminine: z.string(),
      rare: z.boolean(),
    }),
  ),
  skills: z.array(FicheSkillSchema),
  contexts: z.array(z.object({ id: z.string(), label: z.string(), type: z.string() })),
  mobility: z.array(z.object({ code: z.string(), title: z.string(), order: z.number().int().min(1) })),
  certifications: z.array(CertificationSummarySchema),
});
export type Fiche = z.infer<typeof FicheSchema>;

const KIND_NAMES = ['savoir-faire', 'savoir-etre', 'savoir'] as const;

/** Plain summary of fiche `f`. */
export function sheetSummary(s: Snapshot, f: number): SheetSummary {
  const { fiches, domaines } = s.file;
  return { code: fiches.code[f] ?? '', title: fiches.title[f] ?? '', domaine: domaines.code[fiches.domaine[f] ?? -1] ?? '' };
}

/** Plain summary of certification `c`. */
export function certificationSummary(s: Snapshot, c: number): CertificationSummary {
  const cert = s.file.certifications;
  const level = cert.level[c] ?? 0;
  const active = cert.active[c] ?? -1;
  return {
    id: cert.id[c] ?? '',
    title: cert.title[c] || null,
    level: level >= 3 ? level : null,
    active: active < 0 ? null : active === 1,
    successor: cert.successor[c] || null,
  };
}

/** The label of item `i` (compétence, macro-compétence or savoir). */
export function itemLabel(s: Snapshot, i: number): string {
  return s.file.items.label[i] ?? '';
}

/** Full plain view of fiche `f`: texts, appellations, skills with core flags, contexts, mobility, certifications. */
export function ficheView(s: Snapshot, f: number): Fiche {
  const { fiches, domaines, grandDomaines, appellations: ap, items, contexts, contextTypes } = s.file;
  const flags = fiches.flags[f] ?? 0;
  const dom = fiches.domaine[f] ?? -1;
  const gd = domaines.grandDomaine[dom] ?? -1;
  const riasec = fiches.riasec[f] ?? '';
  const appellations: Fiche['appellations'] = [];
  for (let a = s.appellationOffsets[f] ?? 0; a < (s.appellationOffsets[f + 1] ?? 0); a++) {
    const long = ap.long[a] ?? '';
    const masculine = ap.masculine[a] ?? long;
    appellations.push({
      id: String(ap.ogr[a]),
      label: long,
      short: ap.short[a] || long,
      masculine,
      feminine: ap.feminine[a] || masculine,
      rare: ((ap.flags[a] ?? 0) & FLAG.PEU_USITE) !== 0,
    });
  }
  const skills: Fiche['skills'] = [];
  for (let k = s.linkOffsets[f] ?? 0; k < (s.linkOffsets[f + 1] ?? 0); k++) {
    const i = s.linkItems[k] ?? 0;
    const coeur = s.linkCoeur[k] ?? COEUR.NONE;
    const macro = items.macro[i] ?? -1;
    skills.push({
      id: String(items.ogr[i]),
      label: items.label[i] ?? '',
      kind: KIND_NAMES[items.kind[i] ?? ITEM_KIND.SAVOIR] ?? 'savoir',
      core: coeur === COEUR.PRINCIPALE ? 'principale' : coeur === COEUR.EMERGENTE ? 'emergente' : null,
      macro: macro >= 0 ? (items.label[macro] ?? null) : null,
      category: s.file.categories[items.category[i] ?? -1] ?? '',
    });
  }
  // core first, then emerging, then the rest; by kind then label within each group (stable, readable)
  const rank = (k: FicheSkill) => (k.core === 'principale' ? 0 : k.core === 'emergente' ? 1 : 2);
  skills.sort((a, b) => rank(a) - rank(b) || KIND_NAMES.indexOf(a.kind) - KIND_NAMES.indexOf(b.kind) || a.label.localeCompare(b.label, 'fr'));
  const ctx: Fiche['contexts'] = [];
  const { offsets: co, values: cv } = s.file.contextLinks;
  for (let k = co[f] ?? 0; k < (co[f + 1] ?? 0); k++) {
    const c = cv[k] ?? 0;
    ctx.push({ id: String(contexts.ogr[c]), label: contexts.label[c] ?? '', type: contextTypes[contexts.type[c] ?? -1] ?? '' });
  }
  const mobility: Fiche['mobility'] = [];
  for (let k = s.mobilityOffsets[f] ?? 0, n = 1; k < (s.mobilityOffsets[f + 1] ?? 0); k++, n++) {
    const t = s.mobilityTargets[k] ?? 0;
    mobility.push({ code: fiches.code[t] ?? '', title: fiches.title[t] ?? '', order: n });
  }
  return {
    code: fiches.code[f] ?? '',
    title: fiches.title[f] ?? '',
    parent: fiches.parent[f] ?? '',
    domaine: { code: domaines.code[dom] ?? '', label: domaines.label[dom] ?? '' },
    grandDomaine: { code: grandDomaines.code[gd] ?? '', label: grandDomaines.label[gd] ?? '' },
    definition: fiches.definition[f] ?? '',
    access: fiches.access[f] ?? '',
    flags: {
      transitionNumerique: (flags & FLAG.TRANSITION_NUM) !== 0,
      transitionEcologique: (flags & FLAG.TRANSITION_ECO) !== 0,
      transitionDemographique: (flags & FLAG.TRANSITION_DEMO) !== 0,
      emploiCadre: (flags & FLAG.EMPLOI_CADRE) !== 0,
      emploiReglemente: (flags & FLAG.EMPLOI_REGLEMENTE) !== 0,
    },
    riasec: { major: riasec[0] ?? null, minor: riasec[1] ?? null },
    digital: s.isDigital(f),
    appellations,
    skills,
    contexts: ctx,
    mobility,
    certifications: s.certificationsOfFiche(f).map((c) => certificationSummary(s, c)),
  };
}
