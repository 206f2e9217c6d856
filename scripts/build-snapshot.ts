/**
 * Builds models/rome-snapshot.json from ../shared/data (ROME 4.0 v460, the 153 digital sheets, RNCP 2026-02-01 and
 * its title tables). Deterministic: same inputs, byte-identical output (no timestamps, stable orders).
 *
 *   npm run snapshot [-- --data ../shared/data --out models]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCsv } from './lib/csv.js';
import { genderForms } from './lib/gender-forms.js';
import {
  COEUR,
  FLAG,
  ITEM_KIND,
  SNAPSHOT_FORMAT,
  SNAPSHOT_FORMAT_VERSION,
  SnapshotFileSchema,
  type SnapshotFile,
  type SourceInfo,
} from '../src/snapshot/format.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const DATA = resolve(arg('data', join(import.meta.dirname, '..', '..', 'shared', 'data')));
const OUT = resolve(arg('out', join(import.meta.dirname, '..', 'models')));
const ROME = join(DATA, 'rome-4.0', 'v460');
const rome = (name: string) => readCsv(join(ROME, `unix_${name}_v460_utf8.csv`));
const rncp = (name: string) =>
  readCsv(join(DATA, 'rncp', '2026-02-01', `export_fiches_CSV_${name}_2026_02_01.csv`), ';');

const byCode = <T>(a: T[], key: (t: T) => string): T[] => [...a].sort((x, y) => cmp(key(x), key(y)));
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/** RNCP ids sort numerically ("RNCP2" < "RNCP10"); other prefixes after. */
function cmpCert(a: string, b: string): number {
  const na = /^RNCP(\d+)$/.exec(a);
  const nb = /^RNCP(\d+)$/.exec(b);
  if (na && nb) return Number(na[1]) - Number(nb[1]);
  if (na) return -1;
  if (nb) return 1;
  return cmp(a, b);
}
const clean = (s: string) => s.replace(/''/g, "'").replace(/\s+/g, ' ').trim();

class StringTable {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

function csrFrom(rows: number[][]): { offsets: number[]; values: number[] } {
  const offsets = [0];
  const values: number[] = [];
  for (const r of rows) {
    values.push(...r);
    offsets.push(values.length);
  }
  return { offsets, values };
}

function flagsOf(r: Record<string, string>): number {
  let f = 0;
  if (r.transition_num === 'O') f |= FLAG.TRANSITION_NUM;
  const eco = r.transition_eco ?? '';
  if (eco !== '' && eco !== 'Emploi Blanc') f |= FLAG.TRANSITION_ECO;
  if (r.transition_demo === 'O') f |= FLAG.TRANSITION_DEMO;
  if (r.emploi_cadre === 'O') f |= FLAG.EMPLOI_CADRE;
  if (r.emploi_reglemente === 'O') f |= FLAG.EMPLOI_REGLEMENTE;
  if (r.peu_usite === 'O') f |= FLAG.PEU_USITE;
  if (r.classification === 'PRINCIPALE') f |= FLAG.PRINCIPALE;
  return f;
}

interface HierarchyJson {
  arborescence_competence: {
    domaine_competence: {
      libelle_domaine_competence: string;
      code_fonctionnel_domaine_competence: string;
      liste_enjeux: {
        libelle_enjeu: string;
        code_fonctionnel_enjeu: string;
        liste_objectifs: {
          libelle_objectif: string;
          code_fonctionnel_objectif: string;
          liste_macro_competences: { code_ogr_macro_competence: number; code_fonctionnel_macro_competence: string }[];
        }[];
      }[];
    }[];
  };
}

function build(): SnapshotFile {
  // ---- domaines and fiches
  const grandDomRows = byCode(rome('grand_domaine'), (r) => r.code_grand_domaine ?? '');
  const gdIndex = new Map(grandDomRows.map((r, i) => [r.code_grand_domaine ?? '', i]));
  const domRows = byCode(rome('domaine_professionnel'), (r) => r.code_domaine_professionnel ?? '');
  const domIndex = new Map(domRows.map((r, i) => [r.code_domaine_professionnel ?? '', i]));

  const ficheRows = byCode(rome('referentiel_code_rome'), (r) => r.code_rome ?? '');
  const ficheIndex = new Map(ficheRows.map((r, i) => [r.code_rome ?? '', i]));
  const fi = (code: string): number => {
    const i = ficheIndex.get(code);
    if (i === undefined) throw new Error(`unknown fiche ${code}`);
    return i;
  };
  const riasec = new Map(rome('referentiel_code_rome_riasec').map((r) => [r.code_rome ?? '', `${r.riasec_majeur ?? ''}${r.riasec_mineur ?? ''}`]));
  const texts = new Map<string, { definition: [number, string][]; access: [number, string][] }>();
  for (const r of rome('texte')) {
    const t = texts.get(r.code_rome ?? '') ?? { definition: [], access: [] };
    texts.set(r.code_rome ?? '', t);
    const entry: [number, string] = [Number(r.position_phrase), (r.libelle_texte ?? '').replace(/''/g, "'").trim()];
    if (r.libelle_type_texte === 'definition') t.definition.push(entry);
    else t.access.push(entry);
  }
  const joinText = (a: [number, string][] | undefined) =>
    (a ?? []).sort((x, y) => x[0] - y[0]).map((x) => x[1]).join('\n');

  const fiches: SnapshotFile['fiches'] = {
    code: [], ogr: [], title: [], parent: [], domaine: [], flags: [], riasec: [], definition: [], access: [],
  };
  for (const r of ficheRows) {
    const code = r.code_rome ?? '';
    fiches.code.push(code);
    fiches.ogr.push(Number(r.code_ogr));
    fiches.title.push(clean(r.libelle_rome ?? ''));
    fiches.parent.push(r.code_rome_parent ?? code);
    const d = domIndex.get(code.slice(0, 3));
    if (d === undefined) throw new Error(`no domaine for ${code}`);
    fiches.domaine.push(d);
    fiches.flags.push(flagsOf(r));
    fiches.riasec.push(riasec.get(code) ?? '');
    const t = texts.get(code);
    fiches.definition.push(joinText(t?.definition));
    fiches.access.push(joinText(t?.access));
  }

  // ---- appellations
  const appRows = [...rome('referentiel_appellation')].sort(
    (a, b) => fi(a.code_rome ?? '') - fi(b.code_rome ?? '') || Number(a.code_ogr) - Number(b.code_ogr),
  );
  const appellations: SnapshotFile['appellations'] = { ogr: [], fiche: [], long: [], short: [], masculine: [], feminine: [], flags: [] };
  for (const r of appRows) {
    const long = clean(r.libelle_appellation_long ?? '');
    const short = clean(r.libelle_appellation_court ?? '');
    const [m, f] = genderForms(long);
    appellations.ogr.push(Number(r.code_ogr));
    appellations.fiche.push(fi(r.code_rome ?? ''));
    appellations.long.push(long);
    appellations.short.push(short === long ? '' : short);
    appellations.masculine.push(m);
    appellations.feminine.push(f === m ? '' : f);
    appellations.flags.push(flagsOf(r));
  }

  // ---- competence hierarchy
  const h = JSON.parse(readFileSync(join(ROME, 'unix_arborescence_competence_v460.json'), 'utf8')) as HierarchyJson;
  const hierarchy: SnapshotFile['hierarchy'] = {
    domaines: { code: [], label: [] },
    enjeux: { code: [], label: [], domaine: [] },
    objectifs: { code: [], label: [], enjeu: [] },
  };
  const macroObjectif = new Map<number, number>();
  for (const d of h.arborescence_competence.domaine_competence) {
    const di = hierarchy.domaines.code.length;
    hierarchy.domaines.code.push(d.code_fonctionnel_domaine_competence);
    hierarchy.domaines.label.push(clean(d.libelle_domaine_competence));
    for (const e of d.liste_enjeux) {
      const ei = hierarchy.enjeux.code.length;
      hierarchy.enjeux.code.push(e.code_fonctionnel_enjeu);
      hierarchy.enjeux.label.push(clean(e.libelle_enjeu));
      hierarchy.enjeux.domaine.push(di);
      for (const o of e.liste_objectifs) {
        const oi = hierarchy.objectifs.code.length;
        hierarchy.objectifs.code.push(o.code_fonctionnel_objectif);
        hierarchy.objectifs.label.push(clean(o.libelle_objectif));
        hierarchy.objectifs.enjeu.push(ei);
        for (const m of o.liste_macro_competences) macroObjectif.set(m.code_ogr_macro_competence, oi);
      }
    }
  }

  // ---- items: compétences (incl. macro) then savoirs, each by code_ogr
  const categories = new StringTable();
  type ItemRow = { ogr: number; label: string; kind: number; macroOgr: number; category: number; isMacro: number; digital: number };
  const itemRows: ItemRow[] = [];
  for (const r of rome('referentiel_competence')) {
    const isMacro = r.nature === 'Macro-compétence' ? 1 : 0;
    const kind = r.cat_comp === 'Savoir-être professionnel' ? ITEM_KIND.SAVOIR_ETRE : ITEM_KIND.SAVOIR_FAIRE;
    itemRows.push({
      ogr: Number(r.code_ogr),
      label: clean(r.libelle_competence ?? ''),
      kind,
      macroOgr: isMacro ? -1 : Number(r.code_ogr_macro_comp || -1),
      category: categories.id([r.cat_comp, r.sous_cat_comp].filter(Boolean).join(' / ')),
      isMacro,
      digital: r.transition_num === 'O' ? 1 : 0,
    });
  }
  for (const r of rome('referentiel_savoir')) {
    itemRows.push({
      ogr: Number(r.code_ogr_savoir),
      label: clean(r.libelle_savoir ?? ''),
      kind: ITEM_KIND.SAVOIR,
      macroOgr: -1,
      category: categories.id(['Savoirs', r.categorie_savoir, r.sous_categorie_savoir].filter(Boolean).join(' / ')),
      isMacro: 0,
      digital: r.transition_num === 'O' ? 1 : 0,
    });
  }
  itemRows.sort((a, b) => a.kind - b.kind || a.ogr - b.ogr);
  const itemIndex = new Map(itemRows.map((r, i) => [r.ogr, i]));
  const items: SnapshotFile['items'] = { ogr: [], label: [], kind: [], macro: [], objectif: [], category: [], isMacro: [], digital: [] };
  for (const r of itemRows) {
    items.ogr.push(r.ogr);
    items.label.push(r.label);
    items.kind.push(r.kind);
    items.macro.push(r.macroOgr >= 0 ? (itemIndex.get(r.macroOgr) ?? -1) : -1);
    items.objectif.push(r.isMacro ? (macroObjectif.get(r.ogr) ?? -1) : -1);
    items.category.push(r.category);
    items.isMacro.push(r.isMacro);
    items.digital.push(r.digital);
  }

  // ---- contexts
  const ctxTypes = new StringTable();
  const ctxRows = [...rome('referentiel_contexte_travail')].sort((a, b) => Number(a.code_ogr) - Number(b.code_ogr));
  const ctxIndex = new Map(ctxRows.map((r, i) => [Number(r.code_ogr), i]));
  const contexts: SnapshotFile['contexts'] = { ogr: [], label: [], type: [] };
  for (const r of ctxRows) {
    contexts.ogr.push(Number(r.code_ogr));
    contexts.label.push(clean(r.libelle_cont_travail ?? ''));
    contexts.type.push(ctxTypes.id(clean(r.libelle_type_cont_trav ?? '')));
  }

  // ---- fiche ↔ items links, with coeur_metier
  const coeur = new Map<string, number>();
  for (const r of rome('coherence_item')) {
    const c = r.coeur_metier === 'Principale' ? COEUR.PRINCIPALE : r.coeur_metier === 'Émergente' ? COEUR.EMERGENTE : COEUR.NONE;
    coeur.set(`${r.code_rome}|${r.code_ogr}`, c);
  }
  const itemLinks: [number, number][][] = fiches.code.map(() => []);
  const ctxLinks: number[][] = fiches.code.map(() => []);
  let unknownLinks = 0;
  for (const r of rome('liens_rome_referentiels')) {
    const f = fi(r.code_rome ?? '');
    const ogr = Number(r.code_ogr);
    if (r.code_compo_bloc === '5') {
      const it = itemIndex.get(ogr);
      if (it === undefined) {
        unknownLinks++;
        continue;
      }
      itemLinks[f]?.push([it, coeur.get(`${r.code_rome}|${r.code_ogr}`) ?? COEUR.NONE]);
    } else if (r.code_compo_bloc === '6') {
      const c = ctxIndex.get(ogr);
      if (c === undefined) {
        unknownLinks++;
        continue;
      }
      ctxLinks[f]?.push(c);
    }
  }
  if (unknownLinks > 0) throw new Error(`${unknownLinks} links point to unknown items`);
  const links = { offsets: [0], values: [] as number[], coeur: [] as number[] };
  for (const l of itemLinks) {
    const uniq = new Map<number, number>();
    for (const [it, c] of l) uniq.set(it, Math.max(uniq.get(it) ?? 0, c));
    for (const [it, c] of [...uniq].sort((a, b) => a[0] - b[0])) {
      links.values.push(it);
      links.coeur.push(c);
    }
    links.offsets.push(links.values.length);
  }
  const contextLinks = csrFrom(ctxLinks.map((l) => [...new Set(l)].sort((a, b) => a - b)));

  // ---- mobility
  const mob: [number, number][][] = fiches.code.map(() => []);
  for (const r of rome('rubrique_mobilite')) mob[fi(r.code_rome ?? '')]?.push([Number(r.numero_ordre), fi(r.code_rome_cible ?? '')]);
  const mobility = csrFrom(mob.map((l) => l.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[1])));

  // ---- digital sheets
  const digitalRows = readCsv(join(DATA, 'rome-4.0', 'digital-sheets-153.csv'));
  const digital = [...new Set(digitalRows.map((r) => fi(r.code_rome ?? '')))].sort((a, b) => a - b);
  if (digital.length !== 153) throw new Error(`expected 153 digital sheets, got ${digital.length}`);

  // ---- RNCP certifications reaching a digital sheet through its v3 parent
  const digitalParents = new Set(digital.map((i) => fiches.parent[i] ?? ''));
  const romeLinks = rncp('Rome');
  const certIds = [...new Set(romeLinks.filter((r) => digitalParents.has(r.Codes_Rome_Code ?? '')).map((r) => r.Numero_Fiche ?? ''))].sort(cmpCert);
  const certSet = new Set(certIds);
  const group = (rows: Record<string, string>[]): Map<string, Record<string, string>[]> => {
    const m = new Map<string, Record<string, string>[]>();
    for (const r of rows) {
      const id = r.Numero_Fiche ?? '';
      if (!certSet.has(id)) continue;
      const l = m.get(id) ?? [];
      l.push(r);
      m.set(id, l);
    }
    return m;
  };
  const romeBy = group(romeLinks);
  const formBy = group(rncp('Formacode'));
  const nsfBy = group(rncp('Nsf'));
  const certifBy = group(rncp('Certificateurs'));
  const successor = new Map<string, string>();
  for (const r of rncp('Ancienne_Nouvelle_Certification')) if (r.Nouvelle_Certification) successor.set(r.Numero_Fiche ?? '', r.Nouvelle_Certification);
  const info2021 = new Map(readCsv(join(DATA, 'rncp', 'titles', 'rncp_info.v1.4.csv'), ';').map((r) => [r.Numero_Fiche ?? '', r]));
  const kit = new Map(readCsv(join(DATA, 'rncp', 'titles', 'Kit_apprentissage_20231218.csv'), ';').map((r) => [r.Code_RNCP ?? '', r]));
  const RNCP_DATE = '2026-02-01';
  const isoFromDmy = (s: string | undefined): string => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((s ?? '').trim());
    return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : '';
  };
  const isoFromMdy = (s: string | undefined): string => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec((s ?? '').trim());
    return m ? `20${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}` : '';
  };

  const certifiers = new StringTable();
  const romeV3 = new StringTable();
  const formacodeLabel = new Map<number, string>();
  const nsfLabel = new Map<string, string>();
  const certifications: SnapshotFile['certifications'] = {
    id: [], title: [], level: [], active: [], successor: [],
    certifiers: { offsets: [0], values: [] }, formacodes: { offsets: [0], values: [] }, nsf: { offsets: [0], values: [] }, rome: { offsets: [0], values: [] },
  };
  const nsfRows: string[][] = [];
  const formRows: number[][] = [];
  for (const id of certIds) {
    const i21 = info2021.get(id);
    const k = kit.get(id);
    certifications.id.push(id);
    certifications.title.push(clean(i21?.Intitule ?? k?.['Intitulé diplôme (DEPP)'] ?? ''));
    const lvl = /(\d)/.exec(k?.['Niveau fiche RNCP'] ?? i21?.Nomenclature_Europe_Intitule ?? '');
    certifications.level.push(lvl ? Number(lvl[1]) : 0);
    const succ = successor.get(id) ?? '';
    certifications.successor.push(succ);
    // Active: retired when replaced; else the latest known end date against the RNCP export date; else unknown.
    const end = isoFromDmy(k?.["Date d'échéance de la fiche RNCP"]) || isoFromMdy(i21?.Date_Fin_Enregistrement);
    let active = -1;
    if (succ) active = 0;
    else if (end) active = end >= RNCP_DATE ? 1 : 0;
    else if (k) active = k['Fiche ACTIVE/INACTIVE'] === 'ACTIVE' ? -1 : 0;
    else if (i21?.Actif === 'INACTIVE') active = 0;
    certifications.active.push(active);
    const cs = [...new Set((certifBy.get(id) ?? []).map((r) => clean(r.Nom_Certificateur ?? '')).filter(Boolean))].sort();
    for (const c of cs) certifications.certifiers.values.push(certifiers.id(c));
    certifications.certifiers.offsets.push(certifications.certifiers.values.length);
    const fcs = [...new Set((formBy.get(id) ?? []).map((r) => {
      const c = Number(r.Formacode_Code);
      if (!formacodeLabel.has(c)) formacodeLabel.set(c, clean(r.Formacode_Libelle ?? ''));
      return c;
    }))].filter((c) => Number.isFinite(c)).sort((a, b) => a - b);
    formRows.push(fcs);
    const ns = [...new Set((nsfBy.get(id) ?? []).map((r) => {
      const c = (r.Nsf_Code ?? '').trim();
      if (!nsfLabel.has(c)) nsfLabel.set(c, clean((r.Nsf_Intitule ?? '').replace(/^[^:]*:\s*/, '')));
      return c;
    }))].filter(Boolean).sort();
    nsfRows.push(ns);
    const rs = [...new Set((romeBy.get(id) ?? []).map((r) => r.Codes_Rome_Code ?? ''))].sort();
    for (const r of rs) certifications.rome.values.push(romeV3.id(r));
    certifications.rome.offsets.push(certifications.rome.values.length);
  }
  // Formacode and NSF tables in code order; certifications refer to them by index.
  const formCodes = [...formacodeLabel.keys()].sort((a, b) => a - b);
  const formIdx = new Map(formCodes.map((c, i) => [c, i]));
  const nsfSorted = [...nsfLabel.keys()].sort();
  const nsfIdx = new Map(nsfSorted.map((c, i) => [c, i]));
  for (let c = 0; c < certIds.length; c++) {
    for (const f of formRows[c] ?? []) certifications.formacodes.values.push(formIdx.get(f) ?? -1);
    certifications.formacodes.offsets.push(certifications.formacodes.values.length);
    for (const n of nsfRows[c] ?? []) certifications.nsf.values.push(nsfIdx.get(n) ?? -1);
    certifications.nsf.offsets.push(certifications.nsf.values.length);
  }

  const sources: SourceInfo[] = [
    {
      id: 'rome',
      name: 'ROME 4.0 (Répertoire Opérationnel des Métiers et des Emplois), open-data CSV export',
      version: '60 (25M09)',
      date: '2025-09-18',
      producer: 'France Travail',
      licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      attribution: 'Source : France Travail, ROME 4.0 version 60 (18/09/2025)',
      files: ['rome-4.0/v460/unix_*_v460_utf8.csv', 'rome-4.0/v460/unix_arborescence_competence_v460.json'],
    },
    {
      id: 'digital-sheets',
      name: 'The 153 digital job sheets (M18 and transition numérique fiches, less non-digital ones)',
      version: '1',
      date: '2025-09-18',
      producer: 'boussole, from France Travail ROME 4.0',
      licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      attribution: 'Sélection boussole sur ROME 4.0 (France Travail)',
      files: ['rome-4.0/digital-sheets-153.csv'],
    },
    {
      id: 'rncp',
      name: 'RNCP/RS open-data export: certification → ROME, Formacode, NSF, certifiers, successors',
      version: '2026-02-01',
      date: '2026-02-01',
      producer: 'France Compétences',
      licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      attribution: 'Source : France Compétences, Répertoire national des certifications professionnelles (export du 01/02/2026)',
      files: ['rncp/2026-02-01/export_fiches_CSV_{Rome,Formacode,Nsf,Certificateurs,Ancienne_Nouvelle_Certification}_2026_02_01.csv'],
    },
    {
      id: 'rncp-titles',
      name: 'RNCP titles and levels: RNCP export of January 2021 and the apprenticeship kit of 18/12/2023',
      version: '2021-01 / 2023-12-18',
      date: '2023-12-18',
      producer: 'France Compétences; Mission Apprentissage (tables-correspondances, MIT)',
      licence: 'Licence Ouverte / Open Licence 2.0 (Etalab); MIT',
      attribution: 'Source : France Compétences (RNCP, 2021), Mission Apprentissage (kit apprentissage, 2023)',
      files: ['rncp/titles/rncp_info.v1.4.csv', 'rncp/titles/Kit_apprentissage_20231218.csv'],
    },
    {
      id: 'esco',
      name: 'ESCO skills, French labels (used in the lexicon)',
      version: '1.2.1',
      date: '2024-05-15',
      producer: 'European Commission',
      licence: 'European Commission reuse policy (CC BY 4.0 compatible)',
      attribution: 'ESCO, European Commission',
      files: ['esco/skills_fr_v1.2.1.csv'],
    },
  ];

  const file: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    info: {
      rome: 'ROME 4.0 version 60 - 25M09',
      rncp: RNCP_DATE,
      sources,
      counts: {
        fiches: fiches.code.length,
        appellations: appellations.ogr.length,
        items: items.ogr.length,
        contexts: contexts.ogr.length,
        links: links.values.length,
        mobility: mobility.values.length,
        digital: digital.length,
        certifications: certifications.id.length,
      },
      builtBy: 'scripts/build-snapshot.ts',
    },
    grandDomaines: {
      code: grandDomRows.map((r) => r.code_grand_domaine ?? ''),
      label: grandDomRows.map((r) => clean(r.libelle_grand_domaine ?? '')),
    },
    domaines: {
      code: domRows.map((r) => r.code_domaine_professionnel ?? ''),
      label: domRows.map((r) => clean(r.libelle_domaine_professionnel ?? '')),
      grandDomaine: domRows.map((r) => gdIndex.get((r.code_domaine_professionnel ?? '').slice(0, 1)) ?? -1),
    },
    fiches,
    appellations,
    hierarchy,
    items,
    categories: categories.values,
    contexts,
    contextTypes: ctxTypes.values,
    links,
    contextLinks,
    mobility,
    digital,
    certifications,
    certifiers: certifiers.values,
    formacodes: { code: formCodes, label: formCodes.map((c) => formacodeLabel.get(c) ?? '') },
    nsf: { code: nsfSorted, label: nsfSorted.map((c) => nsfLabel.get(c) ?? '') },
    romeV3: romeV3.values,
  };
  return SnapshotFileSchema.parse(file);
}

const snapshot = build();
mkdirSync(OUT, { recursive: true });
const json = `${JSON.stringify(snapshot)}\n`;
writeFileSync(join(OUT, 'rome-snapshot.json'), json);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`models/rome-snapshot.json: ${kb(Buffer.byteLength(json))} (${kb(gzipSync(json, { level: 9 }).length)} gzipped)`);
console.log(JSON.stringify(snapshot.info.counts));

// ---- skills lexicon (scripts/lexicon/build-lexicon.ts): compiled against this snapshot, validated, written
const { buildLexicon } = await import('./lexicon/build-lexicon.js');
const { LEXICON_FILE, LexiconFileSchema } = await import('../src/understand/skills/lexicon-format.js');
const lexicon = LexiconFileSchema.parse(buildLexicon(snapshot, DATA));
const lexiconJson = `${JSON.stringify(lexicon)}\n`;
writeFileSync(join(OUT, LEXICON_FILE), lexiconJson);
console.log(`models/${LEXICON_FILE}: ${kb(Buffer.byteLength(lexiconJson))} (${kb(gzipSync(lexiconJson, { level: 9 }).length)} gzipped)`);
console.log(JSON.stringify(lexicon.counts));

// ---- job-title index (scripts/lexicon/build-titles.ts): compiled against this snapshot
const { buildTitles, titlesJson } = await import('./lexicon/build-titles.js');
const titles = titlesJson(buildTitles(snapshot));
writeFileSync(join(OUT, 'titles.json'), titles);
console.log(`models/titles.json: ${kb(Buffer.byteLength(titles))} (${kb(gzipSync(titles, { level: 9 }).length)} gzipped)`);

// ---- certification term lists (scripts/lexicon/build-trainings.ts): precomputed for the training recommender
const { buildTrainings, trainingsJson } = await import('./lexicon/build-trainings.js');
const trainings = trainingsJson(buildTrainings(snapshot));
writeFileSync(join(OUT, 'trainings.json'), trainings);
console.log(`models/trainings.json: ${kb(Buffer.byteLength(trainings))} (${kb(gzipSync(trainings, { level: 9 }).length)} gzipped)`);
