import { expect } from '@open-wc/testing';
import { compilePattern, substringDistance } from '../../src/search/substring-distance.js';
import { maxTypos } from '../../src/search/match-terms.js';

const distance = (typed: string, word: string, max = 5) => substringDistance(compilePattern(typed), word, max);

describe('typo distance between a typed word and a catalogue word', () => {
  it('is 0 when the typed word is anywhere inside', () => {
    expect(distance('therap', 'psychotherapie')).to.equal(0);
    expect(distance('peer', 'peer')).to.equal(0);
  });

  it('counts a missing, extra or wrong letter as one', () => {
    expect(distance('suport', 'support')).to.equal(1);
    expect(distance('councelling', 'counselling')).to.equal(1);
    expect(distance('familly', 'family')).to.equal(1);
  });

  it('counts swapped letters as two, like fuse.js', () => {
    expect(distance('anxeity', 'anxiety')).to.equal(2);
  });

  it('gives up beyond the allowed number', () => {
    expect(distance('zzzz', 'peer', 1)).to.equal(-1);
    expect(distance('abcdefgh', 'abc', 2)).to.equal(-1);
  });

  it('reads letters outside ASCII', () => {
    expect(distance('ᐃᓄᒃ', 'ᐃᓄᒃᑎᑐᑦ')).to.equal(0);
  });

  it('allows more typos in longer words, none in short ones', () => {
    expect([2, 3, 4, 6, 10].map(maxTypos)).to.deep.equal([0, 0, 1, 2, 3]);
  });
});
