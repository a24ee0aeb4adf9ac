import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { toLanguage } from '../../src/i18n/language.js';

describe('string tables', () => {
  it('have the same keys in English and French, none empty', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    for (const table of [en, fr]) {
      for (const [key, value] of Object.entries(table)) {
        if (typeof value === 'string' && key !== 'listSeparator') expect(value.trim(), key).to.not.equal('');
      }
    }
  });
  it('count in each language’s grammar', () => {
    expect([0, 1, 2].map(en.resultCount)).to.deep.equal(['0 supports found', '1 support found', '2 supports found']);
    expect([0, 1, 2].map(fr.resultCount)).to.deep.equal(['0 ressource trouvée', '1 ressource trouvée', '2 ressources trouvées']);
  });
  it('write times of day as each language does', () => {
    expect([0, 540, 570, 720, 1020, 1439, 1440].map(en.clock)).to.deep.equal([
      'midnight',
      '9 am',
      '9:30 am',
      'noon',
      '5 pm',
      '11:59 pm',
      'midnight',
    ]);
    expect([0, 540, 570, 720, 1020, 1440].map(fr.clock)).to.deep.equal([
      'minuit',
      '9\u00a0h',
      '9\u00a0h\u00a030',
      '12\u00a0h',
      '17\u00a0h',
      'minuit',
    ]);
    expect(en.opensAt(en.clock(540), en.weekdays[0])).to.equal('opens Monday 9 am');
    expect(fr.closesAt(fr.clock(1440))).to.equal('ferme à minuit');
  });
  it('use Canadian French spacing: no-break before colons and inside quotes, no space before ; ? !', () => {
    expect(fr.emergency911).to.equal('Urgence\u00a0: 9-1-1');
    expect(fr.crisisIntro).to.contain('suicide?');
    const texts: string[] = [];
    for (const value of Object.values(fr)) {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'object' && !Array.isArray(value)) texts.push(...Object.values(value as Record<string, string>));
    }
    texts.push(fr.listMore(3), fr.filtersToggle(2), fr.listAdded('X'));
    for (const text of texts) {
      expect(text, text).to.not.match(/[^\u00a0]:(?!\/)|\s[;?!]|«(?!\u00a0)|(?<!\u00a0)»/u);
    }
  });
  it('map language tags to the two supported languages', () => {
    expect(['fr', 'fr-CA', 'FR', 'en-GB', 'de', '', null].map(toLanguage)).to.deep.equal([
      'fr',
      'fr',
      'fr',
      'en',
      undefined,
      undefined,
      undefined,
    ]);
  });
});
