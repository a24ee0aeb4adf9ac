import { expect } from '@open-wc/testing';
import data from '../../data/catalogue.json';
import fixtures from '../fixtures/lay-words.json';
import type { Catalogue, Resource } from '../../src/catalogue/schema.js';
import { buildIndex } from '../../src/search/build-index.js';
import { search } from '../../src/search/query.js';
import { createThesaurus, expandQuery } from '../../src/search/thesaurus.js';
import { wordsOf } from '../../src/search/words.js';
import { normaliseQuery } from '../../src/search/query.js';

const builtin = (data as unknown as Catalogue).resources;
const ids = (items: readonly Resource[]) => items.map((r) => r.id);
const expand = (query: string) => expandQuery(createThesaurus(), wordsOf(normaliseQuery(query)));

describe('lay words on the built-in catalogue', () => {
  const index = buildIndex(builtin);
  for (const lang of ['en', 'fr'] as const) {
    describe(`in ${lang === 'en' ? 'English' : 'French'}`, () => {
      for (const [query, wanted, within] of fixtures[lang] as [string, string, number][]) {
        it(`finds ${wanted} in the top ${within} for "${query}"`, () => {
          const rank = ids(search(index, query).items).indexOf(wanted);
          expect(
            rank,
            `rank of ${wanted}: ${ids(search(index, query).items)
              .slice(0, within + 2)
              .join(', ')}`,
          ).to.be.within(0, within - 1);
        });
      }
    });
  }
});

describe('the thesaurus', () => {
  it('matches lay phrases as whole words, whatever the case, accents and apostrophe', () => {
    expect(expand("Can't sleep")).to.include('insomnia');
    expect(expand('cant sleep')).to.include('insomnia');
    expect(expand('can’t  SLEEP')).to.include('insomnia');
    expect(expand('DEPRIME')).to.deep.equal(expand('déprimé'));
    expect(expand('déprimé')).to.include('depression');
    expect(expand('psychology')).to.deep.equal([]);
    expect(expand('son')).to.deep.equal([]);
  });

  it('reads "burn-out" as one lay word, though the hyphen splits it', () => {
    expect(expand('burn-out')).to.include('stress');
    expect(expand('burnt out')).to.include('stress');
    expect(expand('je suis au bout du rouleau, surmenée')).to.include('stress');
  });

  it('knows conjugated and third-person forms: someone searching for a person close to them', () => {
    expect(expand("j'entends des voix")).to.include('psychosis');
    expect(expand('il entend des voix')).to.include('psychosis');
    expect(expand('il boit trop')).to.include('alcohol');
    expect(expand('il consomme')).to.include('substance use');
  });

  it('knows Québécois words', () => {
    expect(expand('mon chum')).to.include('family');
    expect(expand('ma blonde')).to.include('family');
    expect(expand('du pot')).to.include('substance use');
  });

  it('matches lay words in the plural as in the singular', () => {
    expect(expand('drogues')).to.deep.equal(expand('drogue'));
    expect(expand('opioïdes')).to.include('substance use');
    expect(expand('hallucination')).to.deep.equal(expand('hallucinations'));
  });

  it('adds nothing for words the catalogue already uses', () => {
    for (const query of ['anxiety', 'peer support', 'caregiver', 'proches aidants', 'drugs', 'ligne d’écoute']) {
      expect(expand(query), query).to.deep.equal([]);
    }
  });

  it('adds a catalogue’s own groups to the built-in ones, each phrase of a group finding the others', () => {
    const thesaurus = createThesaurus([
      ['Mauvaise passe', 'Détresse'],
      ['drinking', 'sobriety'],
    ]);
    expect(expandQuery(thesaurus, ['mauvaise', 'passe'])).to.deep.equal(['detresse']);
    expect(expandQuery(thesaurus, ['detresse'])).to.deep.equal(['mauvaise passe']);
    expect(expandQuery(thesaurus, ['drinking'])).to.include.members(['alcohol', 'sobriety']);
    expect(expand('mauvaise passe')).to.deep.equal([]);
  });
});

describe('a search with lay words', () => {
  const entry = (id: string, description: string): Resource => ({ id, category: 'peer', name: { en: 'Help' }, description });
  const index = buildIndex([
    entry('synonym-only', 'Support for alcohol problems.'),
    entry('own-words', 'Support for drinking problems.'),
    entry('both', 'Support for drinking and alcohol problems.'),
    entry('neither', 'Support for grief.'),
  ]);

  it('keeps an entry holding what was typed above one holding only a synonym, and one holding both first', () => {
    expect(ids(search(index, 'drinking').items)).to.deep.equal(['both', 'own-words', 'synonym-only']);
  });

  it('counts the entries the added terms find', () => {
    expect(search(index, 'drinking').matches.length).to.equal(3);
  });
});
