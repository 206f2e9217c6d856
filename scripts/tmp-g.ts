import { loadSnapshot } from '../src/snapshot/load.js';
import { tokenize } from '../src/understand/text/tokenize.js';
import { foldGender } from '../src/understand/text/gender.js';
const s = await loadSnapshot();
const a = s.file.appellations;
const g = (x: string) => tokenize(x).map((t) => foldGender(t.norm)).join(' ');
let bad = 0, n = 0;
const diffs = new Map<string, number>();
for (let i = 0; i < a.long.length; i++) {
  const f = a.feminine[i]!; if (!f) continue; n++;
  const m = a.masculine[i]!;
  const gm = g(m).split(' '), gf = g(f).split(' ');
  if (gm.join(' ') !== gf.join(' ')) { bad++; 
    for (let k = 0; k < Math.max(gm.length, gf.length); k++) if (gm[k] !== gf[k]) { const key = `${gm[k]} <> ${gf[k]}`; diffs.set(key, (diffs.get(key) ?? 0) + 1); }
  }
}
console.log(bad, n);
console.log([...diffs].sort((x, y) => y[1] - x[1]).slice(0, 80).map(([k, v]) => `${v} ${k}`).join('\n'));
// idempotency
const vocab = new Set<string>();
for (const arr of [a.long, a.masculine, a.feminine, a.short]) for (const x of arr) for (const t of tokenize(x)) vocab.add(t.norm);
let nonid = 0; for (const w of vocab) { const f1 = foldGender(w); if (foldGender(f1) !== f1) { nonid++; if (nonid < 20) console.log('nonidem', w, f1, foldGender(f1)); } }
console.log('vocab', vocab.size, 'nonidem', nonid);
