import { describe, expect, it } from 'vitest';
import { TokenTrie } from './trie.js';

// phrases over a 5-token alphabet: 0 = [1], 1 = [1, 2], 2 = [1, 2, 3], 3 = [4, 2]
const starts = [0, 1, 3, 6, 8];
const tokens = [1, 1, 2, 1, 2, 3, 4, 2];
const trie = new TokenTrie(5, starts, tokens);

describe('TokenTrie', () => {
  it('returns the longest phrase at a position', () => {
    expect(trie.longest([1, 2, 3, 0], 0, 4)).toEqual({ phrase: 2, length: 3 });
    expect(trie.longest([1, 2, 0], 0, 3)).toEqual({ phrase: 1, length: 2 });
    expect(trie.longest([1, 4], 0, 2)).toEqual({ phrase: 0, length: 1 });
  });

  it('falls back to a shorter phrase when the longer one is cut', () => {
    expect(trie.longest([1, 2, 3], 0, 2)).toEqual({ phrase: 1, length: 2 });
  });

  it('stops at unknown tokens and at prefixes that are not phrases', () => {
    expect(trie.longest([4, -1, 2], 0, 3)).toBeNull();
    expect(trie.longest([4], 0, 1)).toBeNull();
    expect(trie.longest([3, 1], 0, 2)).toBeNull();
  });

  it('starts anywhere in the stream', () => {
    expect(trie.longest([0, 4, 2], 1, 3)).toEqual({ phrase: 3, length: 2 });
  });

  it('counts its nodes', () => {
    // root, [1], [1,2], [1,2,3], [4], [4,2]
    expect(trie.size).toBe(6);
  });
});
