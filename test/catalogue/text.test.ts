import { expect } from '@open-wc/testing';
import { addressLine, localText, searchLanguages, searchText } from '../../src/catalogue/text.js';

describe('catalogue text in any language', () => {
  it('picks the wanted language', () => {
    expect(localText({ en: 'Hello', fr: 'Bonjour' }, 'fr')).to.deep.equal({ value: 'Bonjour', lang: 'fr' });
  });
  it('falls back to the other language and says which it is', () => {
    expect(localText({ en: 'Hello' }, 'fr')).to.deep.equal({ value: 'Hello', lang: 'en' });
  });
  it('leaves a plain string unmarked', () => {
    expect(localText('211', 'fr')).to.deep.equal({ value: '211' });
    expect(localText(undefined, 'en')).to.equal(undefined);
  });
  it('picks the exact tag, then a shorter form of it, then another form of its language', () => {
    const text = { en: 'Help', 'zh-Hant': '幫助', 'zh-Hans': '帮助', 'fr-CA': 'Aide' };
    expect(localText(text, 'zh-Hans')).to.deep.equal({ value: '帮助', lang: 'zh-Hans' });
    expect(localText(text, 'zh-Hant-TW')).to.deep.equal({ value: '幫助', lang: 'zh-Hant' });
    expect(localText(text, 'FR')).to.deep.equal({ value: 'Aide', lang: 'fr-CA' });
  });
  it('falls back to the page’s fallback language, then English, then French, then any', () => {
    expect(localText({ en: 'Help', es: 'Ayuda' }, 'pa', 'es')).to.deep.equal({ value: 'Ayuda', lang: 'es' });
    expect(localText({ fr: 'Aide', es: 'Ayuda', en: 'Help' }, 'pa')).to.deep.equal({ value: 'Help', lang: 'en' });
    expect(localText({ es: 'Ayuda', fr: 'Aide' }, 'pa')).to.deep.equal({ value: 'Aide', lang: 'fr' });
    expect(localText({ es: 'Ayuda' }, 'pa')).to.deep.equal({ value: 'Ayuda', lang: 'es' });
  });
  it('searches the finder’s language and its fallbacks, or all there is when none of them is there', () => {
    const text = { en: 'Help', fr: 'Aide', pa: 'ਮਦਦ', es: 'Ayuda' };
    expect(searchText(text, searchLanguages('pa'))).to.deep.equal(['Help', 'Aide', 'ਮਦਦ']);
    expect(searchText(text, searchLanguages('en'))).to.deep.equal(['Help', 'Aide']);
    expect(searchText({ es: 'Ayuda' }, searchLanguages('en'))).to.deep.equal(['Ayuda']);
  });
  it('gives every language for search', () => {
    expect(searchText({ en: 'Hello', fr: 'Bonjour' })).to.deep.equal(['Hello', 'Bonjour']);
    expect(searchText('x')).to.deep.equal(['x']);
  });
  it('writes an address on one line, leaving out the parts it lacks', () => {
    expect(addressLine({ street: '54 Wolseley Street', city: 'Toronto', province: 'ON', postalCode: 'M5T 1A5' })).to.equal(
      '54 Wolseley Street, Toronto, ON M5T 1A5',
    );
    expect(addressLine({ city: 'Charlottetown', province: 'PE' })).to.equal('Charlottetown, PE');
    expect(addressLine(undefined)).to.equal('');
  });
});
