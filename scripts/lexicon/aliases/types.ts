/**
 * A reviewed alias group: surface forms (as people write them in CVs, French or English) that stand for one or more
 * ROME items. `labels` repeats the ROME label of each id, in the same order: the test checks them against the
 * snapshot, so a wrong or retired id fails loudly instead of silently mapping a name to the wrong skill.
 */
export interface AliasGroup {
  /** ROME `code_ogr` of the items the names stand for, most specific first. */
  readonly ids: readonly number[];
  /** ROME label of each id, same order (review aid, checked by the test). */
  readonly labels: readonly string[];
  /** Surface forms that count wherever they appear. */
  readonly names: readonly string[];
  /**
   * Surface forms that are also ordinary words or very short (C, R, Go, Java, Tableau…): they count only in a
   * skills section or list, or when other technical evidence is in the same sentence. Written here with a capital
   * letter, they must also be capitalised in the text ("go" is never the language). Outside the IT list
   * (soft skills, phrasings: "vente", "organisation"), technical evidence does not help: they count only as a whole
   * entry of a skills list.
   */
  readonly ambiguous?: readonly string[];
  /**
   * Surface forms that count outside a list only when written with a capital letter (Excel, Word, React):
   * "Excel" is the spreadsheet, "excel at" is a verb.
   */
  readonly cased?: readonly string[];
}
