import { z } from 'zod';

/**
 * The serialised snapshot: columnar, dense integer ids (array positions), string tables, no repeated labels.
 * Every cross-reference is an index into another table. Version 1 of the format.
 *
 * Bump {@link SNAPSHOT_FORMAT_VERSION} on any incompatible change; the loader refuses other versions.
 */
export const SNAPSHOT_FORMAT = 'boussole-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

const ints = z.array(z.number().int());
const strs = z.array(z.string());

/** Compressed sparse rows: the values of row `i` are `values[offsets[i] .. offsets[i+1])`. */
const csr = z.object({ offsets: ints, values: ints });

export const SourceInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  date: z.string(),
  producer: z.string(),
  licence: z.string(),
  attribution: z.string(),
  files: strs,
});
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

export const SnapshotInfoSchema = z.object({
  /** ROME version label, e.g. "ROME 4.0 version 60 - 25M09". */
  rome: z.string(),
  /** RNCP export date (ISO). */
  rncp: z.string(),
  sources: z.array(SourceInfoSchema),
  counts: z.record(z.string(), z.number().int()),
  /** How the snapshot was made (script name). */
  builtBy: z.string(),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>;

/** Bit flags of fiches and appellations. */
export const FLAG = {
  TRANSITION_NUM: 1,
  TRANSITION_ECO: 2,
  TRANSITION_DEMO: 4,
  EMPLOI_CADRE: 8,
  EMPLOI_REGLEMENTE: 16,
  /** appellations only: `peu_usite = O` */
  PEU_USITE: 32,
  /** appellations only: the fiche's main appellation (`classification = PRINCIPALE`) */
  PRINCIPALE: 64,
} as const;

/** Item kinds (ROME rubriques). */
export const ITEM_KIND = { SAVOIR_FAIRE: 0, SAVOIR_ETRE: 1, SAVOIR: 2 } as const;
/** Link weights in a fiche (`coeur_metier`). */
export const COEUR = { NONE: 0, PRINCIPALE: 1, EMERGENTE: 2 } as const;

export const SnapshotFileSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  formatVersion: z.number().int(),
  info: SnapshotInfoSchema,
  grandDomaines: z.object({ code: strs, label: strs }),
  domaines: z.object({ code: strs, label: strs, grandDomaine: ints }),
  fiches: z.object({
    code: strs,
    ogr: ints,
    title: strs,
    /** ROME v3 parent code (RNCP links use these). */
    parent: strs,
    domaine: ints,
    flags: ints,
    /** RIASEC: major letter then optional minor letter, e.g. "IR". */
    riasec: strs,
    definition: strs,
    access: strs,
  }),
  appellations: z.object({
    ogr: ints,
    fiche: ints,
    long: strs,
    /** Short label; "" when equal to the long one. */
    short: strs,
    masculine: strs,
    /** Feminine form; "" when equal to the masculine one. */
    feminine: strs,
    flags: ints,
  }),
  /** Competence hierarchy: domaines → enjeux → objectifs → macro-compétences (macro-compétences are items). */
  hierarchy: z.object({
    domaines: z.object({ code: strs, label: strs }),
    enjeux: z.object({ code: strs, label: strs, domaine: ints }),
    objectifs: z.object({ code: strs, label: strs, enjeu: ints }),
  }),
  items: z.object({
    ogr: ints,
    label: strs,
    kind: ints,
    /** For a compétence: the item index of its macro-compétence; -1 otherwise. */
    macro: ints,
    /** For a macro-compétence: its objectif index; -1 otherwise. */
    objectif: ints,
    /** Index into `categories`. */
    category: ints,
    /** 1 when the item is a macro-compétence. */
    isMacro: ints,
    /** 1 when flagged `transition_num = O`. */
    digital: ints,
  }),
  /** "Savoir-faire / Technique", "Savoirs / Domaines d'expertise / Informatique"… */
  categories: strs,
  contexts: z.object({ ogr: ints, label: strs, type: ints }),
  contextTypes: strs,
  /** Fiche → items (bloc Compétences), sorted by item index; `coeur` parallel to `values`. */
  links: csr.extend({ coeur: ints }),
  /** Fiche → contexts. */
  contextLinks: csr,
  /** Fiche → mobility targets, in the référentiel's order (`numero_ordre`). */
  mobility: csr,
  /** Fiche indices of the default target set (the 153 digital sheets), in code order. */
  digital: ints,
  certifications: z.object({
    id: strs,
    /** "" when unknown. */
    title: strs,
    /** French qualification level 3..8; 0 when unknown. */
    level: ints,
    /** 1 active, 0 inactive, -1 unknown. */
    active: ints,
    /** Successor certification id, "" if none. */
    successor: strs,
    /** Index of each certification's certifiers in `certifiers`. */
    certifiers: csr,
    formacodes: csr,
    nsf: csr,
    /** ROME v3 codes listed by RNCP, as indices into `romeV3`. */
    rome: csr,
  }),
  certifiers: strs,
  formacodes: z.object({ code: ints, label: strs }),
  nsf: z.object({ code: strs, label: strs }),
  /** ROME v3 codes named by RNCP links. */
  romeV3: strs,
});
export type SnapshotFile = z.infer<typeof SnapshotFileSchema>;
