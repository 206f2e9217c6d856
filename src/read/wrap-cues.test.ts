import { describe, expect, it } from 'vitest';
import { readsOn, startsWithDate } from './wrap-cues.js';

describe('readsOn', () => {
  it.each([
    ["j'utilise Word et", 'Excel au quotidien'],
    ['Responsable de la refonte', 'du site web'],
    ['Cloud & DevOps: AWS, Kubernetes,', 'Argo CD'],
    ['observability', '(Prometheus, Grafana)'],
  ])('%j goes on with %j', (prev, next) => {
    expect(readsOn(prev, next)).toBe(true);
  });
  it.each([
    ['Gestion de 120 serveurs.', 'Automatisation des déploiements'],
    ['Agence Pixelune, Villeurbanne', 'Formulaire de contact'],
  ])('%j does not obviously go on with %j', (prev, next) => {
    expect(readsOn(prev, next)).toBe(false);
  });
});

describe('startsWithDate', () => {
  it.each(['2012 : DEAS', '2019 - 2021', '03/2021 – à ce jour', "sept. 2022 – aujourd'hui", 'Janvier 2013 à octobre 2023'])('%s starts with a date', (t) => {
    expect(startsWithDate(t)).toBe(true);
  });
  it.each(['Développeur web 2020', '20 ans d’expérience', 'Mars et Vénus'])('%s does not', (t) => {
    expect(startsWithDate(t)).toBe(false);
  });
});
