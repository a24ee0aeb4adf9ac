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

  describe('hears how people type', () => {
    const cases: [string, string[], string[]][] = [
      ['full-width letters and invisible format characters', ['ｓｕｉｃｉｄｅ', 'sui\u200bcide', 'sui\u00adcide', 'kill\u200d myself'], []],
      ['repeated letters', ['suiciiiide', 'i want to dieeee', 'je veux mourrrir'], []],
      [
        'words split or joined',
        ['kill my self', 'killmyself', 'self harm', 'selfharm', 'wanttodie', 'dont want to live'],
        ['my self esteem'],
      ],
      ['verb forms and plurals', ['overdosed', 'overdosing', 'overdoses', 'se suicider', 'suicidé', 'idée noire'], []],
      ['one slip in a word of six letters or more', ['sucide', 'suicdie', 'overdsoe', 'sucidaire'], ['suit', 'enfant surdoué']],
      [
        'abbreviations, slang and digits for letters',
        ['kms', 'unalive', 'sewer slide', 'su1c1de', 'OD on pills', 'j’ai fait une OD'],
        ['od', 'outside diameter'],
      ],
      ['someone else', ['my son wants to die', 'she wants to kill herself', 'mon fils veut se suicider', 'il veut mourir'], []],
      ['Québec', ['s’enlever la vie', 'j’ai pu le goût de vivre', 'me foutre en l’air'], []],
      [
        '"en finir" alone, not "en finir avec" something else',
        ['en finir', 'je veux en finir', 'en finir avec la vie'],
        ['en finir avec le tabac', 'en finir avec les dettes'],
      ],
    ];
    for (const [what, fire, quiet] of cases) {
      it(what, () => {
        for (const q of fire) expect(isCrisisQuery(q), q).to.be.true;
        for (const q of quiet) expect(isCrisisQuery(q), q).to.be.false;
      });
    }
  });

  it("adds a catalogue's own crisis terms to the built-in ones", () => {
    const matcher = createCrisisMatcher(['Unalive', 'take the bridge']);
    expect(matcher.test('unalive')).to.be.true;
    expect(matcher.test('I want to take the bridge')).to.be.true;
    expect(matcher.test('suicide')).to.be.true;
    expect(matcher.test('bridge club')).to.be.false;
  });
});
