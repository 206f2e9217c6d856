import type { TitleModel } from './compile.js';
import { invert } from './postings.js';

/**
 * The labels side of the title index, built from a compiled model: postings term → labels and term → fiches
 * (with the statistics the scorer needs), label masses, exact signatures, definition postings. Read-only.
 */
export class LabelIndex {
  readonly docFiche: Int32Array;
  readonly docApp: Int32Array;
  /** Term id of each label's head noun. */
  readonly docHead: Int32Array;
  /** Prior of each label in −1..1. */
  readonly docPrior: Int8Array;
  /** IDF mass of each label (head noun × `head`). */
  readonly docMass: Float64Array;
  /** Term → labels. */
  readonly postOffsets: Uint32Array;
  readonly postDocs: Uint32Array;
  /** Term → fiches holding it in a label, with per-posting statistics (parallel arrays). */
  readonly ficheOffsets: Uint32Array;
  readonly ficheList: Uint32Array;
  /** n / (n + ficheK), n = labels of the fiche holding the term. */
  readonly ficheSat: Float64Array;
  /** log(1 + n / (μ × p(term))): query-likelihood gain of the term in the fiche. */
  readonly ficheLik: Float64Array;
  /** n / (labels holding the term): share of the term's occurrences that are the fiche's. */
  readonly ficheShare: Float64Array;
  /** Term → fiches whose definition holds it. */
  readonly ctxOffsets: Uint32Array;
  readonly ctxFiches: Uint32Array;
  /** Label IDF over fiches. */
  readonly idf: Float64Array;
  /** Query weight of each term: its label IDF, or half its definition IDF when no label holds it. */
  readonly termWeight: Float64Array;
  /** Labels holding each term. */
  readonly labelCount: Uint32Array;
  /** Labels of each fiche. */
  readonly ficheDocs: Float64Array;
  /** Per fiche: log(μ / (label words + μ)), the smoothing mass of the query likelihood. */
  readonly ficheSmooth: Float64Array;
  /** Comma-joined term ids of a label → its labels (one per fiche). */
  readonly exact: Map<string, number[]>;

  /**
   * @param head weight multiplier of head nouns in label masses.
   * @param ficheK saturation constant of the fiche-level term frequency.
   */
  constructor(model: TitleModel, nFiches: number, head: number, ficheK: number) {
    const { docs } = model;
    const nDocs = docs.fiche.length;
    const nTerms = model.terms.length;
    this.docFiche = Int32Array.from(docs.fiche);
    this.docApp = Int32Array.from(docs.app);
    this.docHead = Int32Array.from(docs.head);
    this.docPrior = Int8Array.from(docs.prior);
    const post = invert(docs.offsets, docs.terms, nTerms);
    this.postOffsets = post.offsets;
    this.postDocs = post.values;

    // fiche-level term frequency: IDF over fiches, pooled postings with their statistics
    const ficheTf = new Uint32Array(nFiches);
    const fichesOfTerm: number[] = [];
    const tfOfTerm: number[] = [];
    this.ficheOffsets = new Uint32Array(nTerms + 1);
    this.idf = new Float64Array(nTerms);
    for (let t = 0; t < nTerms; t++) {
      const start = fichesOfTerm.length;
      for (let p = this.postOffsets[t] ?? 0; p < (this.postOffsets[t + 1] ?? 0); p++) {
        const f = this.docFiche[this.postDocs[p] ?? 0] ?? 0;
        if (ficheTf[f] === 0) fichesOfTerm.push(f);
        ficheTf[f] = (ficheTf[f] ?? 0) + 1;
      }
      for (let i = start; i < fichesOfTerm.length; i++) {
        const f = fichesOfTerm[i] ?? 0;
        tfOfTerm.push(ficheTf[f] ?? 0);
        ficheTf[f] = 0;
      }
      const df = fichesOfTerm.length - start;
      this.idf[t] = Math.log(1 + (nFiches - df + 0.5) / (df + 0.5));
      this.ficheOffsets[t + 1] = fichesOfTerm.length;
    }
    this.ficheList = Uint32Array.from(fichesOfTerm);
    this.ficheSat = Float64Array.from(tfOfTerm, (n) => n / (n + ficheK));
    // query likelihood: a fiche's "document" is the words of its labels, Dirichlet prior μ = mean length
    const ficheLen = new Float64Array(nFiches);
    fichesOfTerm.forEach((f, p) => (ficheLen[f] = (ficheLen[f] ?? 0) + (tfOfTerm[p] ?? 0)));
    const total = tfOfTerm.reduce((x, y) => x + y, 0) || 1;
    const mu = total / nFiches;
    this.ficheSmooth = ficheLen.map((len) => Math.log(mu / (len + mu)));
    this.ficheLik = new Float64Array(fichesOfTerm.length);
    this.ficheShare = new Float64Array(fichesOfTerm.length);
    for (let t = 0; t < nTerms; t++) {
      const lo = this.ficheOffsets[t] ?? 0;
      const hi = this.ficheOffsets[t + 1] ?? 0;
      let cf = 0;
      for (let p = lo; p < hi; p++) cf += tfOfTerm[p] ?? 0;
      for (let p = lo; p < hi; p++) {
        const n = tfOfTerm[p] ?? 0;
        this.ficheLik[p] = Math.log(1 + n / ((mu * cf) / total));
        this.ficheShare[p] = n / (cf || 1);
      }
    }

    const ctx = invert(model.context.offsets, model.context.terms, nTerms);
    this.ctxOffsets = ctx.offsets;
    this.ctxFiches = ctx.values;
    this.labelCount = new Uint32Array(nTerms);
    this.termWeight = new Float64Array(nTerms);
    for (let t = 0; t < nTerms; t++) {
      this.labelCount[t] = (this.postOffsets[t + 1] ?? 0) - (this.postOffsets[t] ?? 0);
      const n = (ctx.offsets[t + 1] ?? 0) - (ctx.offsets[t] ?? 0);
      this.termWeight[t] = (this.labelCount[t] ?? 0) > 0 ? (this.idf[t] ?? 0) : Math.log(1 + (nFiches - n + 0.5) / (n + 0.5)) * 0.5;
    }

    // label masses and exact signatures
    this.docMass = new Float64Array(nDocs);
    this.exact = new Map();
    this.ficheDocs = new Float64Array(nFiches);
    const seenInDoc = new Int32Array(nTerms).fill(-1);
    for (let d = 0; d < nDocs; d++) {
      const h = this.docHead[d] ?? -1;
      let mass = 0;
      let sig = '';
      for (let k = docs.offsets[d] ?? 0; k < (docs.offsets[d + 1] ?? 0); k++) {
        const t = docs.terms[k] ?? 0;
        sig += k === docs.offsets[d] ? String(t) : `,${t}`;
        if (seenInDoc[t] === d) continue;
        seenInDoc[t] = d;
        mass += (this.idf[t] ?? 0) * (t === h ? head : 1);
      }
      this.docMass[d] = mass;
      const f = this.docFiche[d] ?? 0;
      this.ficheDocs[f] = (this.ficheDocs[f] ?? 0) + 1;
      const list = this.exact.get(sig);
      if (list === undefined) this.exact.set(sig, [d]);
      else if (!list.some((o) => this.docFiche[o] === f)) list.push(d);
    }
  }
}
