import { describe, expect, it } from 'vitest';
import { LineBuilder } from './line-builder.js';

describe('LineBuilder', () => {
  it('emits one line per block with its marks, and empty blocks as breaks', () => {
    const b = new LineBuilder();
    b.startBlock({ heading: true });
    b.text('Expérience');
    b.endBlock();
    b.startBlock({ listItem: true });
    b.text('Support  N1');
    b.lineBreak();
    b.text('et N2');
    b.endBlock();
    b.startBlock();
    b.endBlock();
    b.startBlock();
    b.text('- tiret tapé');
    b.endBlock();
    expect(b.finish()).toEqual([
      { text: 'Expérience', heading: true },
      { text: 'Support N1', listItem: true },
      { text: 'et N2' },
      { text: 'tiret tapé', listItem: true, breakBefore: true },
    ]);
  });

  it('marks boundaries (table cells, frames) as breaks', () => {
    const b = new LineBuilder();
    b.startBlock();
    b.text('A');
    b.boundary();
    b.startBlock();
    b.text('B');
    expect(b.finish()).toEqual([{ text: 'A' }, { text: 'B', breakBefore: true }]);
  });

  it('adds a link target hidden behind a label, not a visible one', () => {
    const b = new LineBuilder();
    b.startBlock();
    b.openLink('https://github.com/jdoe');
    b.text('Mon GitHub');
    b.closeLink();
    b.text(' · ');
    b.openLink('mailto:j@doe.fr');
    b.text('j@doe.fr');
    b.closeLink();
    b.endBlock();
    expect(b.finish()).toEqual([{ text: 'Mon GitHub (https://github.com/jdoe) · j@doe.fr' }]);
  });

  it('appends lines read elsewhere as their own block', () => {
    const b = new LineBuilder();
    b.startBlock();
    b.text('Paul Durand');
    b.append([{ text: 'Contact', heading: true }, { text: 'Permis B' }]);
    b.startBlock();
    b.text('Expérience');
    expect(b.finish()).toEqual([
      { text: 'Paul Durand' },
      { text: 'Contact', heading: true, breakBefore: true },
      { text: 'Permis B' },
      { text: 'Expérience', breakBefore: true },
    ]);
  });
});
