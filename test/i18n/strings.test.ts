import { expect } from '@open-wc/testing';
import en from '../../src/i18n/tables/en.json';
import fr from '../../src/i18n/tables/fr.json';
import { checkTable } from '../../src/i18n/check-table.js';
import { englishOrFrench } from '../../src/i18n/language.js';
import { translator } from '../../src/i18n/translate.js';

describe('string tables', () => {
  it('have the same keys and placeholders in English and French, none empty', () => {
    // "plural" would only ask French for the "many" form CLDR gives to millions; "other" says it.
    expect(checkTable(fr, 'fr').filter(({ kind }) => kind !== 'plural')).to.deep.equal([]);
    expect(checkTable(en, 'en')).to.deep.equal([]);
  });
  it('use Canadian French spacing: no-break before colons and inside quotes, no space before ; ? !', () => {
    const t = translator([['fr', fr]]);
    expect(fr.emergency911).to.equal('Urgence\u00a0: 9-1-1');
    expect(fr.crisisIntro).to.contain('suicide?');
    const texts = Object.values(fr).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)));
    texts.push(t('listMore', { count: 3 }), t('filtersToggleChosen', { count: 2 }), t('listAdded', { name: 'X' }));
    expect(texts.length).to.be.greaterThan(130);
    for (const text of texts) {
      expect(text, text).to.not.match(/[^\u00a0]:(?!\/)|\s[;?!]|«(?!\u00a0)|(?<!\u00a0)»/u);
    }
  });
  it('choose English or French, for what exists only in those two, from the finder’s language, then its fallback', () => {
    expect(['fr', 'fr-CA', 'FR', 'en-GB', 'de', ''].map((tag) => englishOrFrench(tag))).to.deep.equal(['fr', 'fr', 'fr', 'en', 'en', 'en']);
    expect(englishOrFrench('pa', 'fr-CA')).to.equal('fr');
  });
});
