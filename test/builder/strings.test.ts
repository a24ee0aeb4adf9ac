import { expect } from '@open-wc/testing';
import { builderEn } from '../../src/builder/builder-en.js';
import { builderFr } from '../../src/builder/builder-fr.js';

/** Every string of a table, nested records included, with counts and templates called on sample values. */
function texts(table: object, path = ''): [string, string][] {
  return Object.entries(table).flatMap(([key, value]): [string, string][] => {
    const where = path ? `${path}.${key}` : key;
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 'Sample' : 2));
      // Counts take a number first; names take text. Try both so each branch is worded.
      return [0, 1, 2, 'Sample'].map((first, i) => [`${where}(${i})`, String(value(first, ...args.slice(1)))]);
    }
    if (value && typeof value === 'object') return texts(value, where);
    return [[where, String(value)]];
  });
}

function keys(table: object, path = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) => {
    const where = path ? `${path}.${key}` : key;
    return value && typeof value === 'object' ? keys(value, where) : [`${where}:${typeof value}`];
  });
}

describe('builder string tables', () => {
  it('have the same keys in English and French, nested ones included', () => {
    expect(keys(builderFr).sort()).to.deep.equal(keys(builderEn).sort());
  });

  it('have no empty string in either language', () => {
    for (const table of [builderEn, builderFr]) {
      for (const [where, text] of texts(table)) expect(text.trim(), where).to.not.equal('');
    }
  });

  it('count in each language’s grammar: French treats 0 as singular', () => {
    expect([0, 1, 2].map(builderEn.problemCount)).to.deep.equal(['0 problems', '1 problem', '2 problems']);
    expect([0, 1, 2].map(builderFr.problemCount)).to.deep.equal(['0\u00a0problème', '1\u00a0problème', '2\u00a0problèmes']);
  });

  it('use French typography: a non-breaking space before : ? ! and « » quotes', () => {
    for (const [where, text] of texts(builderFr)) {
      const bare = text.replace(/https?:\/\//g, '');
      expect(bare, where).to.not.match(/[^\u00a0\u202f][:?!]/);
      expect(bare, where).to.not.match(/["“”]/);
    }
    expect(builderFr.goTo('Halte')).to.equal('Modifier «\u00a0Halte\u00a0»');
  });
});
