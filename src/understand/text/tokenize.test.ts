import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';
import { tokenize } from './tokenize.js';

const norms = (s: string): string[] => tokenize(s).map((t) => t.norm);

describe('tokenize', () => {
  it('keeps meaningful tech symbols', () => {
    expect(norms('C++, C#, F# et .NET / ASP.NET')).toEqual(['c++', 'c#', 'f#', 'et', '.net', 'asp.net']);
    expect(norms('Node.js, Vue.js; socket.io')).toEqual(['node.js', 'vue.js', 'socket.io']);
    expect(norms('CI/CD, TCP/IP, PL/SQL')).toEqual(['ci/cd', 'tcp/ip', 'pl/sql']);
    expect(norms('Niveau A+ — 3D, S3, x86, K8s')).toEqual(['niveau', 'a+', '3d', 's3', 'x86', 'k8s']);
    expect(norms('R&D, Q&A')).toEqual(['r&d', 'q&a']);
    expect(norms('Python 3.10 ou v2.0')).toEqual(['python', '3.10', 'ou', 'v2.0']);
  });
  it('glues e-/m- prefixes and splits other hyphens and slashes', () => {
    expect(norms('E-commerce, e-mail')).toEqual(['ecommerce', 'email']);
    expect(norms('Vendeuse prêt-à-porter')).toEqual(['vendeuse', 'pret', 'a', 'porter']);
    expect(norms('UI/UX front-end')).toEqual(['ui', 'ux', 'front', 'end']);
    expect(norms('Vendeur/Vendeuse (H/F)')).toEqual(['vendeur', 'vendeuse', 'h/f']);
  });
  it('splits on ordinary punctuation, drops nothing else', () => {
    expect(norms("Chargée d'affaires. Fin.")).toEqual(['chargee', 'd', 'affaires', 'fin']);
    expect(norms('hash #tag, a+b')).toEqual(['hash', 'tag', 'a', 'b']);
  });
  it('reports offsets into the original string, even when folding changes length', () => {
    const s = 'Œnologue — Développeuse\u0301 C++ (e-commerce)';
    const toks = tokenize(s);
    expect(toks.map((t) => s.slice(t.start, t.end))).toEqual(['Œnologue', 'Développeuse\u0301', 'C++', 'e-commerce']);
    expect(toks.map((t) => t.norm)).toEqual(['oenologue', 'developpeuse', 'c++', 'ecommerce']);
  });
  it('handles astral characters and empty input', () => {
    expect(tokenize('')).toEqual([]);
    const s = '😀 dev 𝐑𝐞𝐚𝐜𝐭';
    const toks = tokenize(s);
    expect(toks.map((t) => t.norm)).toEqual(['dev', 'react']);
    expect(s.slice(toks[1]?.start, toks[1]?.end)).toBe('𝐑𝐞𝐚𝐜𝐭');
  });
});

describe('tokenize (properties)', () => {
  it('yields ordered, non-overlapping spans whose folded text is the token', async () => {
    const fc = await import('fast-check');
    const alphabet = fc.constantFrom(...'aZé É œ’-./+#&_,;:()\u00a0\u0301ﬁ3x😀'.split(''), 'c++', 'node.js', 'e-mail', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        let last = 0;
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          const folded = fold(s.slice(t.start, t.end)).replace(/^([em])-/, '$1');
          expect(folded).toBe(t.norm);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps offsets and tokens across a byte-order mark, an unpaired surrogate and an emoji', () => {
    const s = '\ufeffDéveloppeuse \ud800 Node.js 🚀 Élodie\udc00Café';
    expect(tokenize(s).map((t) => [t.norm, s.slice(t.start, t.end)])).toEqual([
      ['developpeuse', 'Développeuse'],
      ['node.js', 'Node.js'],
      ['elodie', 'Élodie'],
      ['cafe', 'Café'],
    ]);
  });
});
