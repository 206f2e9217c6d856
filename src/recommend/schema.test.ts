import { describe, expect, it } from 'vitest';
import { TrainingOptionsSchema, TrainingRecommendationSchema } from './schema.js';

describe('TrainingOptionsSchema', () => {
  it('applies the documented defaults', () => {
    expect(TrainingOptionsSchema.parse({})).toEqual({ limit: 5, activeOnly: true });
  });

  it('keeps valid values', () => {
    const o = TrainingOptionsSchema.parse({ limit: 50, activeOnly: false, maxLevel: 6, gap: ['109846'] });
    expect(o).toEqual({ limit: 50, activeOnly: false, maxLevel: 6, gap: ['109846'] });
  });

  const bad = [{ limit: 0 }, { limit: 51 }, { limit: 2.5 }, { maxLevel: 2 }, { maxLevel: 9 }, { activeOnly: 'yes' }, { gap: [1] }];
  it.each(bad)('rejects %j', (b) => {
    expect(TrainingOptionsSchema.safeParse(b).success).toBe(false);
  });
});

describe('TrainingRecommendationSchema', () => {
  const ok = {
    id: 'RNCP37674',
    title: 'DEVELOPPEUR WEB ET WEB MOBILE (TP)',
    level: 5,
    active: true,
    certifiers: ['MINISTERE DU TRAVAIL'],
    formacodes: [{ code: '31054', label: 'Développement web' }],
    nsf: [{ code: '326t', label: 'Programmation, mise en place de logiciels' }],
    score: 79.3,
    why: {
      titleFit: 0.9,
      formacodeFit: 0.8,
      gapCoverage: 0.2,
      levelFit: 1,
      status: 1,
      replaces: 'RNCP31114',
      reasons: ['Niveau 5 : un niveau au-dessus de votre diplôme'],
    },
  };

  it('accepts a complete recommendation and unknown title, level and status', () => {
    expect(TrainingRecommendationSchema.parse(ok)).toEqual(ok);
    expect(TrainingRecommendationSchema.safeParse({ ...ok, title: null, level: null, active: null }).success).toBe(true);
  });

  it('rejects ids that are not RNCP ids, levels outside 3..8 and scores outside 0..100', () => {
    expect(TrainingRecommendationSchema.safeParse({ ...ok, id: 'RS1234' }).success).toBe(false);
    expect(TrainingRecommendationSchema.safeParse({ ...ok, level: 2 }).success).toBe(false);
    expect(TrainingRecommendationSchema.safeParse({ ...ok, score: 101 }).success).toBe(false);
    expect(TrainingRecommendationSchema.safeParse({ ...ok, why: { ...ok.why, levelFit: 1.5 } }).success).toBe(false);
  });
});
