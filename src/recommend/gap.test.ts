import { beforeAll, describe, expect, it } from 'vitest';
import { ITEM_KIND } from '../snapshot/format.js';
import { loadSnapshot } from '../snapshot/load.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { CertTerms, certTermsOf, gapItems, itemIdsOfOgr, rankWeight } from './gap.js';
import { certIndex, type CertIndex } from './index-certs.js';

let s: Snapshot;
let idx: CertIndex;
let webApp: number;
beforeAll(async () => {
  s = await loadSnapshot();
  idx = certIndex(s);
  webApp = s.itemId(109846); // « Concevoir une application web »
});

describe('itemIdsOfOgr', () => {
  it('maps ROME code_ogr strings to dense ids and drops the rest', () => {
    expect(itemIdsOfOgr(s, ['109846', 'http://data.europa.eu/esco/skill/abc', '999999999', 'x1'])).toEqual([webApp]);
  });
});

describe('gapItems', () => {
  it('keeps order, drops savoir-être items, duplicates and bad ids', () => {
    const etre = s.file.items.kind.findIndex((k) => k === ITEM_KIND.SAVOIR_ETRE);
    const html = s.itemId(102788); // savoir « HTML »
    const items = gapItems(s, idx, [webApp, etre, webApp, -1, html]);
    expect(items.map((g) => g.item)).toEqual([webApp, html]);
    expect(items[0]?.label).toBe('Concevoir une application web');
    expect(items[0]?.total).toBeGreaterThan(0);
  });
});

describe('CertTerms', () => {
  it('measures how much of a skill label a certification text contains', () => {
    const [item] = gapItems(s, idx, [webApp]);
    if (item === undefined) throw new Error('item expected');
    const terms = new CertTerms(idx);
    terms.load(s.certificationId('RNCP37674')); // DÉVELOPPEUR WEB ET WEB MOBILE, Formacode Développement web
    const web = terms.share(item);
    expect(web).toBeGreaterThan(0.2);
    expect(web).toBeLessThanOrEqual(1);
    terms.load(s.certificationId('RNCP35295')); // TECHNICIEN(NE) RÉSEAUX ET TÉLÉCOMMUNICATIONS D'ENTREPRISE
    expect(terms.share(item)).toBeLessThan(web);
  });

  it('is shared per index', () => {
    expect(certTermsOf(idx)).toBe(certTermsOf(idx));
  });
});

describe('rankWeight', () => {
  it('decreases with the rank', () => {
    expect(rankWeight(0)).toBe(1);
    expect(rankWeight(5)).toBeLessThan(rankWeight(1));
  });
});
