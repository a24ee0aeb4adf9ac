import { expect } from '@open-wc/testing';
import data from '../../data/catalogue.json';
import type { Catalogue } from '../../src/catalogue/schema.js';
import { buildIndex } from '../../src/search/build-index.js';
import { createHighlighter } from '../../src/search/highlight.js';

const index = buildIndex((data as unknown as Catalogue).resources);
const marked = (query: string, text: string) => createHighlighter(index, query)(text).map(([start, end]) => text.slice(start, end));

describe('highlighting', () => {
  it('marks whole words found despite a typo, case or accents', () => {
    expect(marked('peer suport', 'CMHA PEI Peer Support')).to.deep.equal(['Peer Support']);
    expect(marked('THERAPIE', 'Programme de thérapie structurée')).to.deep.equal(['thérapie']);
  });

  it('keeps positions right when the text holds decomposed accents', () => {
    expect(marked('dependance', 'Santé mentale et de\u0301pendance')).to.deep.equal(['de\u0301pendance']);
  });

  it('marks the terms a lay word adds', () => {
    expect(marked('drinking', 'Help with alcohol, tobacco and gambling.')).to.deep.equal(['alcohol']);
  });

  it('marks nothing for an empty query or words that are not there', () => {
    expect(marked('', 'Peer Support')).to.deep.equal([]);
    expect(marked('zzqxvw', 'Peer Support')).to.deep.equal([]);
  });
});
