import { describe, expect, it } from 'vitest';
import { fold, foldChar } from './fold.js';

describe('fold', () => {
  it('lower-cases and strips diacritics', () => {
    expect(fold('Développeuse Réseaux À Noël')).toBe('developpeuse reseaux a noel');
    expect(fold('Maçon ÉLECTRICIEN')).toBe('macon electricien');
  });
  it('unifies apostrophes, dashes and ligatures', () => {
    expect(fold('Chargé d’affaires')).toBe("charge d'affaires");
    expect(fold('l‘usine `x´')).toBe("l'usine 'x'");
    expect(fold('Front–end — back‑end')).toBe('front-end - back-end');
    expect(fold('Cœur, Œuvre, ex æquo')).toBe('coeur, oeuvre, ex aequo');
  });
  it('turns no-break and zero-width spaces into spaces and drops soft hyphens', () => {
    expect(fold('Prix\u00a0:\u202fok\u200bfin')).toBe('prix : ok fin');
    expect(fold('déve\u00adloppeur')).toBe('developpeur');
  });
  it('decomposes PDF ligatures and decomposed accents', () => {
    expect(fold('ingénieur ﬁnance')).toBe('ingenieur finance');
    expect(fold('cafe\u0301')).toBe('cafe');
  });
  it('is the concatenation of per-code-point folds', () => {
    const s = 'Ingénieure Œnologue – Ⅻ ﬂux ÇA’';
    expect([...s].map((c) => foldChar(c.codePointAt(0) ?? 0)).join('')).toBe(fold(s));
  });
});
