import { describe, expect, it } from 'vitest';
import { descriptionLines } from './description.js';
import { buildDocument } from './document.js';

describe('descriptionLines', () => {
  it('strips bullets, joins wrapped lines and drops bare labels', () => {
    const doc = buildDocument([
      { text: 'Missions :' },
      { text: '• Développement de sites vitrines et d’un espace client en React pour des' },
      { text: 'PME de la région' },
      { text: '• Création d’API REST avec Node.js' },
      { text: 'et Express' },
      { text: 'Environnement technique : React, Node.js' },
      { text: 'Revues de code.', listItem: true },
    ]);
    expect(descriptionLines(doc.lines)).toEqual([
      'Développement de sites vitrines et d’un espace client en React pour des PME de la région',
      'Création d’API REST avec Node.js et Express',
      'Environnement technique : React, Node.js',
      'Revues de code.',
    ]);
  });
});
