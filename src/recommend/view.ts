import type { Snapshot } from '../snapshot/snapshot.js';
import type { TrainingCode, TrainingRecommendation } from './schema.js';

/** The descriptive part of a recommendation: what the sources say about the certification. */
export type CertificationView = Omit<TrainingRecommendation, 'score' | 'why'>;

/** Rows `offsets[cert] .. offsets[cert+1]` of a CSR column, through `view`. */
function row<T>(offsets: readonly number[], values: readonly number[], cert: number, view: (v: number) => T): T[] {
  const out: T[] = [];
  for (let k = offsets[cert] ?? 0; k < (offsets[cert + 1] ?? 0); k++) out.push(view(values[k] ?? -1));
  return out;
}

/**
 * Certification `c` (dense id) as plain data: id, title (null when the sources give none), level 3..8 or null,
 * active flag or null when unknown, certifier names, Formacode and NSF codes with labels.
 */
export function certificationView(s: Snapshot, c: number): CertificationView {
  const cert = s.file.certifications;
  const level = cert.level[c] ?? 0;
  const active = cert.active[c] ?? -1;
  const { formacodes, nsf } = s.file;
  return {
    id: cert.id[c] ?? '',
    title: cert.title[c] || null,
    level: level >= 3 && level <= 8 ? level : null,
    active: active < 0 ? null : active === 1,
    certifiers: row(cert.certifiers.offsets, cert.certifiers.values, c, (v) => s.file.certifiers[v] ?? ''),
    formacodes: row(cert.formacodes.offsets, cert.formacodes.values, c, (v): TrainingCode => ({
      code: String(formacodes.code[v] ?? ''),
      label: formacodes.label[v] ?? '',
    })),
    nsf: row(cert.nsf.offsets, cert.nsf.values, c, (v): TrainingCode => ({
      code: nsf.code[v] ?? '',
      label: nsf.label[v] ?? '',
    })),
  };
}
