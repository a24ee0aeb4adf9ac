/**
 * Crisis phrases in scripts without case and with combining marks. The
 * phrases here are TEST DATA: everyday stand-in words ("heart", "library"),
 * not crisis wording, which only a reviewed translation may bring (as a
 * catalogue's `crisis.terms`); none of them ships.
 */
import { expect } from '@open-wc/testing';
import { createCrisisMatcher } from '../../src/search/crisis.js';

/** Whether each query fires a matcher that knows only the built-in phrases and `phrase`. */
function hears(phrase: string, queries: string[]) {
  const matcher = createCrisisMatcher([phrase]);
  return Object.fromEntries(queries.map((q) => [q, matcher.test(q)]));
}

describe('crisis phrases in any script', () => {
  describe('Arabic', () => {
    it('finds a phrase with or without its short vowels, stretched, or in presentation forms', () => {
      const queries = ['مكتبة', 'مَكْتَبَة', 'مكتـــبة', 'أين المكتبة مكتبة', '\ufee3\ufedc\ufe98\ufe92\ufe94', 'مكتبببة'];
      expect(hears('مكتبة', queries)).to.deep.equal(Object.fromEntries(queries.map((q) => [q, true])));
    });

    it('hears the letters that keyboards write two ways as one', () => {
      // Hamza on alef, teh marbuta as heh, alef maksura as yeh, Persian kaf and yeh.
      expect(hears('أمل', ['امل', 'إمل'])).to.deep.equal({ امل: true, إمل: true });
      expect(hears('مكتبة', ['مكتبه'])).to.deep.equal({ مكتبه: true });
      expect(hears('على', ['علي'])).to.deep.equal({ علي: true });
      expect(hears('كتاب', ['کتاب'])).to.deep.equal({ کتاب: true });
    });

    it('keeps other words apart', () => {
      expect(hears('كتاب', ['كتب', 'كاتب', 'مكتب'])).to.deep.equal({ كتب: false, كاتب: false, مكتب: false });
    });
  });

  describe('Devanagari', () => {
    it('keeps the vowel signs that make other words', () => {
      expect(hears('दिल', ['दिल', 'दल', 'मेरा दिल'])).to.deep.equal({ दिल: true, दल: false, 'मेरा दिल': true });
      expect(hears('काम', ['कम', 'काम'])).to.deep.equal({ कम: false, काम: true });
    });

    it('reads a letter with nukta the same whether typed as one character or two', () => {
      const oneCharacter = '\u095b\u093f\u0902\u0926\u0917\u0940';
      const twoCharacters = '\u091c\u093c\u093f\u0902\u0926\u0917\u0940';
      expect(hears(oneCharacter, [twoCharacters])).to.deep.equal({ [twoCharacters]: true });
    });

    it('hears a nukta left out of a long word as one slip, and keeps short words with and without it apart', () => {
      expect(hears('\u095b\u093f\u0902\u0926\u0917\u0940', ['\u091c\u093f\u0902\u0926\u0917\u0940'])).to.deep.equal({
        '\u091c\u093f\u0902\u0926\u0917\u0940': true,
      });
      // राज़ (secret) and राज (rule).
      expect(hears('\u0930\u093e\u091c\u093c', ['\u0930\u093e\u091c'])).to.deep.equal({ '\u0930\u093e\u091c': false });
    });
  });

  describe('Gurmukhi', () => {
    it('keeps vowel signs, tippi and addak', () => {
      expect(hears('ਦਿਲ', ['ਦਿਲ', 'ਦਲ'])).to.deep.equal({ ਦਿਲ: true, ਦਲ: false });
      expect(hears('ਕੰਮ', ['ਕਮ', 'ਕੰਮ', 'ਮੈਨੂੰ ਕੰਮ'])).to.deep.equal({ ਕਮ: false, ਕੰਮ: true, 'ਮੈਨੂੰ ਕੰਮ': true });
      expect(hears('ਪੱਕਾ', ['ਪਕਾ'])).to.deep.equal({ ਪਕਾ: false });
    });

    it('reads a letter with nukta the same whether typed as one character or two', () => {
      expect(hears('\u0a36\u0a39\u0a3f\u0a30', ['\u0a38\u0a3c\u0a39\u0a3f\u0a30'])).to.deep.equal({
        '\u0a38\u0a3c\u0a39\u0a3f\u0a30': true,
      });
    });
  });

  describe('Canadian Syllabics', () => {
    it('finds a word as a whole word, in a sentence', () => {
      expect(hears('ᐃᓕᓐᓂᐊᕐᕕᒃ', ['ᐃᓕᓐᓂᐊᕐᕕᒃ', 'ᐅᕙᖓ ᐃᓕᓐᓂᐊᕐᕕᒃ', 'ᐃᓕᓐᓂᐊᕐᕕᒃᑯᑦ ᐊᐃᑉᐸ'])).to.deep.equal({
        ᐃᓕᓐᓂᐊᕐᕕᒃ: true,
        'ᐅᕙᖓ ᐃᓕᓐᓂᐊᕐᕕᒃ': true,
        'ᐃᓕᓐᓂᐊᕐᕕᒃᑯᑦ ᐊᐃᑉᐸ': false,
      });
    });

    it('keeps doubled syllabics and long-vowel dots apart from single ones', () => {
      expect(hears('ᐱᐱᑦ', ['ᐱᑦ', 'ᐲᑦ', 'ᐱᐱᑦ', 'ᐱᐱᐱᐱᑦ'])).to.deep.equal({ ᐱᑦ: false, ᐲᑦ: false, ᐱᐱᑦ: true, ᐱᐱᐱᐱᑦ: false });
      expect(hears('ᐃᓄᒃ', ['ᐃᓄᐃᑦ', 'ᐃᓄ'])).to.deep.equal({ ᐃᓄᐃᑦ: false, ᐃᓄ: false });
    });
  });

  it('still folds Latin accents and case as before', () => {
    expect(hears('Thérapie', ['THERAPIE', 'thérapie', 'the\u0301rapie'])).to.deep.equal({
      THERAPIE: true,
      thérapie: true,
      'the\u0301rapie': true,
    });
  });
});
