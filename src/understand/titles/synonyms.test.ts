import { describe, expect, it } from 'vitest';
import { TITLE_SYNONYMS } from './synonyms.js';

describe('TITLE_SYNONYMS', () => {
  it('maps folded words to the words ROME titles use instead, in the same folded form', () => {
    expect(TITLE_SYNONYMS.get('porc')).toEqual(['porcin']);
    expect(TITLE_SYNONYMS.get('prison')).toEqual(['penitentiaire']);
    expect(TITLE_SYNONYMS.get('camion')).toEqual(['poids', 'lourd']);
    expect(TITLE_SYNONYMS.get('vetement')).toContain('habillement');
  });
  it('is keyed by gender- and number-folded words', () => {
    expect(TITLE_SYNONYMS.has('chevre')).toBe(true);
    expect(TITLE_SYNONYMS.has('chèvre')).toBe(false);
  });
});
