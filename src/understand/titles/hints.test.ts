import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { TECH_HINTS } from './hints.js';

describe('TECH_HINTS', () => {
  it('points web technologies to web and cloud tools to cloud', () => {
    expect(TECH_HINTS.get('react')).toEqual(['web']);
    expect(TECH_HINTS.get('node.js')).toEqual(['web']);
    expect(TECH_HINTS.get('k8s')).toEqual(['cloud']);
    expect(TECH_HINTS.get('c#')).toContain('informatique');
  });
  it('is keyed by tokens exactly as the tokenizer writes them', () => {
    for (const key of TECH_HINTS.keys()) expect(tokenize(key).map((t) => t.norm)).toEqual([key]);
  });
});
