import { expect } from '@open-wc/testing';
import { createCrisisMatcher, isCrisisQuery } from '../../src/search/crisis.js';

describe('crisis-aware search', () => {
  describe('recognises a search that suggests immediate danger', () => {
    for (const query of [
      'suicide',
      'Suicidal thoughts',
      'I want to kill myself',
      'want to die',
      'how to end my life',
      'overdose',
      'OVERDOSE help',
      'self-harm',
      'self harm support',
      'i hurt myself',
      'je veux mourir',
      'Je veux MOURIR',
      'suicidaire',
      'pensées suicidaires',
      'envie de me tuer',
      'surdose',
      'me faire du mal',
      'mettre fin à mes jours',
      'sucide',
      'overdoses',
    ]) {
      it(`"${query}"`, () => expect(isCrisisQuery(query)).to.be.true);
    }
  });

  describe('stays quiet for ordinary searches', () => {
    for (const query of [
      '',
      'caregiver',
      'sleep',
      'peer support',
      'proches aidants',
      'family',
      'diet',
      'died',
      'overdue bill',
      'suit',
      'sui',
      'harmony',
      'self-help group',
      'teens',
      'tuer le temps',
      'mourir de rire',
      'dépression',
    ]) {
      it(`"${query}"`, () => expect(isCrisisQuery(query)).to.be.false);
    }
  });

  it('matches whole words only, ignoring case, accents and punctuation', () => {
    expect(isCrisisQuery('MÉ FAIRE DU MAL!')).to.be.true;
    expect(isCrisisQuery('suicidepreventionweek')).to.be.false;
  });

  it("adds a catalogue's own crisis terms to the built-in ones", () => {
    const matcher = createCrisisMatcher(['Unalive', 'take the bridge']);
    expect(matcher.test('unalive')).to.be.true;
    expect(matcher.test('I want to take the bridge')).to.be.true;
    expect(matcher.test('suicide')).to.be.true;
    expect(matcher.test('bridge club')).to.be.false;
  });
});
