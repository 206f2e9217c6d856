import { BoussoleError } from '../errors.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Profile } from '../understand/schema.js';
import { commonOptionsKey } from './common-options.js';
import { MatchContext } from './context.js';
import { CreditTable } from './credit-table.js';
import { EvidenceIndex } from './evidence.js';
import { explainIndex, type ExplainIndex } from './explain-index.js';
import { Explainer, explainMobility } from './explain.js';
import { DEFAULT_PARAMS, resolveParams, sheetWeightKey, type ScoringParams } from './params.js';
import { ProfileVectorBuilder, type ProfileVector } from './profile-vector.js';
import { accumulateProximity } from './proximity.js';
import { Ranker } from './ranker.js';
import { batchList, batchResult, singleList, singleResult } from './result-objects.js';
import { round4 } from './rounding.js';
import { MatchOptionsSchema, type MatchOptionsInput, type MatchResult } from './schema.js';
import { accumulateSkills, coreCoverageOf, coverageOf, LANES, SCORE_STEPS, skillsFromCoverage } from './score.js';
import { compileTargetSet, ficheRows, type TargetSet } from './target-set.js';

/** Options after validation, with the compiled target set. */
interface Resolved {
  set: TargetSet;
  limit: number;
  explain: boolean;
  params: Readonly<ScoringParams>;
}

/** {@link commonOptionsKey} of no options: 10 digital sheets, explained. */
const DEFAULT_KEY = 10 * 4 + 1;

/** How many other compiled sets (code lists, non-default sheet weights) are kept, oldest evicted first. */
const SET_CACHE = 32;
/** Keys of the two sets that are never evicted. */
const PINNED = new Set(['digital|default', 'all|default']);

/**
 * Ranks target sheets for profiles. Holds the compiled target sets (built lazily, cached per distinct set and sheet
 * weights) and every reusable buffer: one Float32 score buffer (coverage, core coverage and proximity lanes), the
 * ranker and its heap, the profile-vector records and the credit table, evidence index and scratch of explanations. Calls are synchronous, so they
 * never interleave; use one Matcher per worker thread. Results are plain, fresh, JSON-serialisable objects, except
 * that the matched items of one call citing the same profile skill share one `evidence` object (treat it as read-only).
 */
export class Matcher {
  readonly context: MatchContext;
  private readonly builder: ProfileVectorBuilder;
  private readonly credits: CreditTable;
  private readonly evidence: EvidenceIndex;
  private readonly explainer: Explainer;
  private readonly sets = new Map<string, TargetSet>();
  private buf = new Float32Array(0);
  private readonly ranker = new Ranker();
  private outKeys = new Int32Array(16);
  private outPos = new Int32Array(16);
  /** Resolved forms of the common options (see {@link commonOptionsKey}), by key. */
  private readonly common = new Map<number, Resolved>();

  constructor(snapshot: Snapshot) {
    this.context = new MatchContext(snapshot);
    this.builder = new ProfileVectorBuilder(this.context);
    this.credits = new CreditTable(this.context);
    this.evidence = new EvidenceIndex(this.context);
    this.explainer = new Explainer(this.context);
  }

  /**
   * The best sheets for one profile, best first; ties broken by code ascending. Synchronous, deterministic.
   * @param options `limit` (default 10, 1..1584), `sheets` (`'digital'` default, `'all'`, or ROME codes),
   *   `explain` (default true), `params` (scoring overrides).
   * @throws BoussoleError INVALID_ARGUMENT naming the option, UNKNOWN_CODE for an unknown code in `sheets`.
   */
  match(profile: Profile, options?: MatchOptionsInput): MatchResult[] {
    return this.run(profile, this.resolve(options));
  }

  /** `match` for each profile, options validated once; equal to calling `match` one by one. */
  matchMany(profiles: readonly Profile[], options?: MatchOptionsInput): MatchResult[][] {
    const r = this.resolve(options);
    const out: MatchResult[][] = new Array<MatchResult[]>(profiles.length);
    for (let i = 0; i < profiles.length; i++) out[i] = this.run(profiles[i]!, r, true);
    return out;
  }

  /**
   * The compiled target set for `sheets` under `params` (built on first use, then cached).
   * @throws BoussoleError UNKNOWN_CODE for an unknown code, INVALID_ARGUMENT for an empty list.
   */
  targetSet(sheets: 'digital' | 'all' | readonly string[] = 'digital', params: Readonly<ScoringParams> = resolveParams()): TargetSet {
    const weightKey = params === DEFAULT_PARAMS ? 'default' : sheetWeightKey(params);
    if (sheets === 'digital' || sheets === 'all') {
      const key = `${sheets}|${weightKey}`;
      const set = this.sets.get(key);
      if (set !== undefined) return set;
      const snap = this.context.snapshot;
      const ids = sheets === 'digital' ? Array.from(snap.digital) : Array.from({ length: snap.ficheCount }, (_, i) => i);
      return this.compile(key, ids, params);
    }
    const ids = this.codeList(sheets);
    const key = `list:${ids.join(',')}|${weightKey}`;
    return this.sets.get(key) ?? this.compile(key, ids, params);
  }

  /** Fiche ids of a code list, validated, deduplicated, in code order. */
  private codeList(sheets: readonly string[]): number[] {
    const snap = this.context.snapshot;
    if (sheets.length === 0) throw new BoussoleError('INVALID_ARGUMENT', { option: 'sheets', reason: 'empty list' });
    const unique = new Set<number>();
    for (const raw of sheets) {
      const id = typeof raw === 'string' ? snap.ficheId(raw.trim().toUpperCase()) : -1;
      if (id < 0) throw new BoussoleError('UNKNOWN_CODE', { value: String(raw), option: 'sheets' });
      unique.add(id);
    }
    return this.byCode([...unique]);
  }

  private byCode(ids: number[]): number[] {
    const codes = this.context.snapshot.file.fiches.code;
    return ids.sort((a, b) => (codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : 0));
  }

  private compile(key: string, ids: number[], params: Readonly<ScoringParams>): TargetSet {
    const set = compileTargetSet(this.context, ficheRows(this.context, this.byCode(ids)), params);
    const evictable = [...this.sets.keys()].filter((k) => !PINNED.has(k));
    if (!PINNED.has(key) && evictable.length >= SET_CACHE) this.sets.delete(evictable[0]!);
    this.sets.set(key, set);
    return set;
  }

  private resolve(options: MatchOptionsInput | undefined): Resolved {
    const key = options === undefined ? DEFAULT_KEY : commonOptionsKey(options);
    if (key >= 0) {
      let r = this.common.get(key);
      if (r === undefined) {
        r = { set: this.targetSet(key & 2 ? 'all' : 'digital'), limit: key >> 2, explain: (key & 1) === 1, params: DEFAULT_PARAMS };
        this.common.set(key, r);
      }
      return r;
    }
    const parsed = MatchOptionsSchema.safeParse(options);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue ? [...issue.path.map(String), ...(issue.code === 'unrecognized_keys' ? issue.keys : [])] : [];
      const value = path.length === 1 ? (options as Record<string, unknown>)[path[0]!] : undefined;
      throw new BoussoleError('INVALID_ARGUMENT', {
        option: path.join('.') || 'options',
        ...(typeof value === 'number' || typeof value === 'string' ? { value } : {}),
        reason: issue?.message ?? 'invalid options',
      });
    }
    const { limit, sheets, explain, params: input } = parsed.data;
    const params = resolveParams(input);
    return { set: this.targetSet(sheets, params), limit, explain, params };
  }

  private ensureBuffers(size: number, limit: number): void {
    if (this.buf.length < LANES * size) this.buf = new Float32Array(LANES * size);
    if (this.outKeys.length < limit) {
      this.outKeys = new Int32Array(limit);
      this.outPos = new Int32Array(limit);
    }
  }

  private run(profile: Profile, r: Resolved, batch = false): MatchResult[] {
    const { set, params: p } = r;
    const limit = Math.min(r.limit, set.size);
    this.ensureBuffers(set.size, limit);
    const v = this.builder.build(profile, p);
    accumulateSkills(set, v, this.buf);
    accumulateProximity(this.context, set, v, p, this.buf);
    const n = this.ranker.rank(set, this.buf, p, limit, this.outKeys, this.outPos);
    let index: ExplainIndex | null = null;
    if (r.explain) {
      index = explainIndex(this.context, set);
      this.evidence.load(profile, v);
      this.credits.load(v);
    }
    const out = batch ? batchList(n) : singleList(n);
    for (let i = 0; i < n; i++) out[i] = this.result(set, this.outPos[i]!, this.outKeys[i]!, v, p, index, batch);
    return out;
  }

  private result(
    set: TargetSet,
    s: number,
    key: number,
    v: ProfileVector,
    p: Readonly<ScoringParams>,
    index: ExplainIndex | null,
    batch: boolean,
  ): MatchResult {
    const { code, title } = this.context.snapshot.file.fiches;
    const f = set.fiche[s]!;
    const coverage = coverageOf(set, this.buf, s);
    const proximity = this.buf[LANES * s + 2]!;
    const score = key / (SCORE_STEPS / 100);
    const c = round4(coverage);
    const sk = round4(skillsFromCoverage(p, coverage));
    const cc = round4(coreCoverageOf(set, this.buf, s));
    const px = round4(proximity);
    if (index === null) {
      return batch ? batchResult(code[f] ?? '', title[f] ?? '', score, c, sk, cc, px) : singleResult(code[f] ?? '', title[f] ?? '', score, c, sk, cc, px);
    }
    const { matched, missing } = this.explainer.items(set, index, s, this.credits, this.evidence);
    const result: MatchResult = {
      code: code[f] ?? '',
      title: title[f] ?? '',
      score,
      components: { coverage: c, skills: sk, coreCoverage: cc, proximity: px },
      matched,
      missing,
    };
    const mobility = proximity > 0 ? explainMobility(this.context, set, s, v, p) : undefined;
    if (mobility !== undefined) result.mobility = mobility;
    return result;
  }
}
