import { describe, expect, it } from 'vitest';
import { batchList, batchResult, singleList, singleResult } from './result-objects.js';
import { MatchResultSchema } from './schema.js';

describe('singleResult and batchResult', () => {
  it('build the same fresh, schema-valid result (two allocation sites, one shape)', () => {
    const args = ['M1855', 'Développeur / Développeuse web', 66.12, 0.1532, 0.6612, 0.2, 0] as const;
    const a = singleResult(...args);
    const b = batchResult(...args);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(MatchResultSchema.parse(a)).toEqual(a);
    expect(a).toEqual({
      code: 'M1855',
      title: 'Développeur / Développeuse web',
      score: 66.12,
      components: { coverage: 0.1532, skills: 0.6612, coreCoverage: 0.2, proximity: 0 },
      matched: [],
      missing: [],
    });
    const again = singleResult(...args);
    expect(again.matched).not.toBe(a.matched);
    expect(again.components).not.toBe(a.components);
  });

  it('make result arrays of the requested length', () => {
    expect(singleList(3)).toHaveLength(3);
    expect(batchList(0)).toEqual([]);
  });
});
