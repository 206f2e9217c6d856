import { describe, expect, it } from 'vitest';
import { cuePositions, isNegated, proficiencyNear } from './context.js';
import { tokenStream } from './token-stream.js';

const at = (text: string, word: string) => {
  const ts = tokenStream(text, () => 0);
  const i = ts.tokens.findIndex((t) => t.norm === word);
  return { ts, i };
};
const negated = (text: string, word: string) => {
  const { ts, i } = at(text, word);
  return isNegated(ts, cuePositions(ts), i);
};
const level = (text: string, word: string) => {
  const { ts, i } = at(text, word);
  return proficiencyNear(ts, i, i + 1);
};

describe('isNegated', () => {
  it('sees negations and wishes before the skill', () => {
    expect(negated("Je n'ai pas de connaissances en programmation", 'programmation')).toBe(true);
    expect(negated('Aucune connaissance en Java', 'java')).toBe(true);
    expect(negated('Je souhaite apprendre Kubernetes', 'kubernetes')).toBe(true);
    expect(negated("J'aimerais me former à la cybersécurité", 'cybersecurite')).toBe(true);
    expect(negated('No experience with Docker', 'docker')).toBe(true);
    expect(negated('I would like to learn React', 'react')).toBe(true);
  });

  it('stops at a contrast, a sentence end, or after the skill', () => {
    expect(negated("Pas d'expérience en Java, mais une bonne maîtrise de Python", 'python')).toBe(false);
    expect(negated('Pas de Java. Python au quotidien', 'python')).toBe(false);
    expect(negated('Python : je ne souhaite pas changer', 'python')).toBe(false);
    expect(negated('Développement Java et Python', 'java')).toBe(false);
  });
});

describe('proficiencyNear', () => {
  it('reads level words next to the skill, across a colon or parentheses', () => {
    expect(level('Espagnol : notions', 'espagnol')).toBe('notions');
    expect(level('Python (avancé), SQL', 'python')).toBe('advanced');
    expect(level('Anglais courant', 'anglais')).toBe('advanced');
    expect(level('Expert Kubernetes', 'kubernetes')).toBe('expert');
    expect(level('Excel : niveau intermédiaire', 'excel')).toBe('intermediate');
  });

  it('keeps each list entry its own level and ignores "bases de données"', () => {
    expect(level('Python (avancé), SQL', 'sql')).toBeUndefined();
    expect(level('Bases de données MySQL', 'mysql')).toBeUndefined();
    expect(level('Excel (bases : tableaux)', 'excel')).toBe('notions');
  });
});
