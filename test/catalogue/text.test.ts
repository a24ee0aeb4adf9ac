import { expect } from '@open-wc/testing';
import { addressLine, allText, localText } from '../../src/catalogue/text.js';

describe('catalogue text in two languages', () => {
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
  it('gives every language for search', () => {
    expect(allText({ en: 'Hello', fr: 'Bonjour' })).to.deep.equal(['Hello', 'Bonjour']);
    expect(allText('x')).to.deep.equal(['x']);
  });
  it('writes an address on one line, leaving out the parts it lacks', () => {
    expect(addressLine({ street: '54 Wolseley Street', city: 'Toronto', province: 'ON', postalCode: 'M5T 1A5' })).to.equal(
      '54 Wolseley Street, Toronto, ON M5T 1A5',
    );
    expect(addressLine({ city: 'Charlottetown', province: 'PE' })).to.equal('Charlottetown, PE');
    expect(addressLine(undefined)).to.equal('');
  });
});
