import { expect } from '@open-wc/testing';
import { isRightToLeft } from '../../src/i18n/direction.js';

describe('which way a language is written', () => {
  it('says right to left for languages written in Arabic, Hebrew, Thaana and other right-to-left scripts', () => {
    for (const tag of ['ar', 'ar-CA', 'fa', 'fa-IR', 'ur', 'he', 'iw', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ks', 'syr', 'nqo', 'rhg']) {
      expect(isRightToLeft(tag), tag).to.be.true;
    }
  });

  it('follows a script subtag either way', () => {
    for (const tag of ['pa-Arab', 'az-Arab', 'ff-Adlm', 'en-Hebr', 'rhg-Rohg', 'ku-Arab']) expect(isRightToLeft(tag), tag).to.be.true;
    for (const tag of ['ar-Latn', 'ku', 'ku-Latn', 'az']) expect(isRightToLeft(tag), tag).to.be.false;
  });

  it('says left to right for English, French, Punjabi in Gurmukhi, syllabics, Chinese, and for no tag or a tag that is not one', () => {
    for (const tag of ['en', 'fr-CA', 'pa', 'hi', 'iu', 'cr', 'oj', 'zh-Hant', 'tl', 'es', '', null, undefined, 'x-pseudo', '!!']) {
      expect(isRightToLeft(tag), String(tag)).to.be.false;
    }
  });

  it('reads a tag written with an underscore or in capitals', () => {
    expect(isRightToLeft('AR')).to.be.true;
    expect(isRightToLeft('ar_EG')).to.be.true;
  });
});
