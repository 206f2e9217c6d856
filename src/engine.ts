import { BoussoleError } from './errors.js';
import type { SnapshotFile, SnapshotInfo } from './snapshot/format.js';
import { loadSnapshot } from './snapshot/load.js';
import type { Snapshot } from './snapshot/snapshot.js';
import { ficheView, sheetSummary, type Fiche, type SheetSummary } from './snapshot/views.js';

/** Options of {@link createEngine}. */
export interface EngineOptions {
  /**
   * The snapshot to load: a path to a `rome-snapshot.json` file, or an already-parsed snapshot object.
   * Default: the snapshot bundled in the package's `models/` folder.
   */
  snapshot?: string | SnapshotFile;
}

/**
 * The boussole engine: the loaded ROME 4.0 / RNCP snapshot and every operation on it. Create it once with
 * {@link createEngine} and reuse it; it is read-only and safe to share.
 */
export class Engine {
  /** The loaded snapshot (tables and indexes). `snapshot.info` holds versions, sources and attributions. */
  readonly snapshot: Snapshot;

  /** @internal use {@link createEngine}. */
  constructor(snapshot: Snapshot) {
    this.snapshot = snapshot;
  }

  /** Versions, sources, licences and attributions of the loaded data. */
  get info(): SnapshotInfo {
    return this.snapshot.info;
  }

  /** The default target set: the 153 digital job sheets, in code order. */
  sheets(): SheetSummary[] {
    return Array.from(this.snapshot.digital, (f) => sheetSummary(this.snapshot, f));
  }

  /**
   * One of the 153 digital sheets, in full. Throws `UNKNOWN_CODE` for a code that is not a digital sheet
   * (use {@link Engine.fiche} for any of the 1,584 ROME fiches).
   */
  sheet(code: string): Fiche {
    const f = this.ficheId(code);
    if (!this.snapshot.isDigital(f)) {
      throw new BoussoleError('UNKNOWN_CODE', { value: code, reason: 'not one of the 153 digital sheets' });
    }
    return ficheView(this.snapshot, f);
  }

  /** Any of the 1,584 ROME 4.0 fiches, in full. Throws `UNKNOWN_CODE` for an unknown code. */
  fiche(code: string): Fiche {
    return ficheView(this.snapshot, this.ficheId(code));
  }

  /** Dense id of a fiche code (case and surrounding spaces ignored); `UNKNOWN_CODE` when absent. */
  private ficheId(code: string): number {
    const f = typeof code === 'string' ? this.snapshot.ficheId(code.trim().toUpperCase()) : -1;
    if (f < 0) throw new BoussoleError('UNKNOWN_CODE', { value: String(code) });
    return f;
  }
}

/**
 * Loads the snapshot and returns a ready engine.
 *
 * @example
 * const engine = await createEngine();
 * engine.sheet('M1855').title; // "Développeur / Développeuse web"
 * @throws BoussoleError `SNAPSHOT_NOT_FOUND`, `SNAPSHOT_CORRUPT` or `SNAPSHOT_VERSION`.
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  return new Engine(await loadSnapshot(options.snapshot));
}
