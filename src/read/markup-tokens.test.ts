import { describe, expect, it } from 'vitest';
import { decodeEntities, tokenizeMarkup } from './markup-tokens.js';

describe('tokenizeMarkup', () => {
  it('splits tags, attributes and text, skipping comments, doctype and processing instructions', () => {
    const tokens = tokenizeMarkup('<?xml version="1.0"?><!DOCTYPE x><!-- note --><p class="a" data-x=\'b &amp; c\'>Jean &amp; Cie<br/></p>');
    expect(tokens).toEqual([
      { kind: 'open', name: 'p', attrs: { class: 'a', 'data-x': 'b & c' }, selfClosing: false },
      { kind: 'text', text: 'Jean & Cie' },
      { kind: 'open', name: 'br', attrs: {}, selfClosing: true },
      { kind: 'close', name: 'p' },
    ]);
  });

  it('keeps namespaced names (ODF) and CDATA text', () => {
    expect(tokenizeMarkup('<text:s text:c="3"/><![CDATA[a < b]]>')).toEqual([
      { kind: 'open', name: 'text:s', attrs: { 'text:c': '3' }, selfClosing: true },
      { kind: 'text', text: 'a < b' },
    ]);
  });

  it('treats a stray "<" as text', () => {
    expect(tokenizeMarkup('a < b')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'text', text: '<' },
      { kind: 'text', text: ' b' },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes XML entities and character references, keeps unknown names', () => {
    expect(decodeEntities('&lt;&gt;&quot;&apos;&#233;&#xE9;&nbsp;&eacute;')).toBe('<>"\'éé\u00A0&eacute;');
  });
});
