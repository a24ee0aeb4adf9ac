import { expect } from '@open-wc/testing';
import { parsePhone, type Phone } from '../../src/catalogue/phone.js';
import { RULES } from '../../src/catalogue/vocabulary.js';

const read = (value: string) => parsePhone(value) as Phone;
const problem = (value: string) => (parsePhone(value) as { problem?: string }).problem;

describe('reading a phone number', () => {
  describe('as people write one number', () => {
    it('keeps the digits of a North American number and writes it with dashes', () => {
      for (const written of ['1-888-555-0199', '1 888 555 0199', '1.888.555.0199', '1 (888) 555-0199', '18885550199']) {
        expect(read(written), written).to.deep.equal({ dial: '18885550199', shown: '1-888-555-0199' });
      }
      expect(read('(519) 555-0100')).to.deep.equal({ dial: '5195550100', shown: '519-555-0100' });
      expect(read('555-0100')).to.deep.equal({ dial: '5550100', shown: '555-0100' });
    });

    it('keeps short codes and text numbers as they are', () => {
      expect(read('211')).to.deep.equal({ dial: '211', shown: '211' });
      expect(read('535353')).to.deep.equal({ dial: '535353', shown: '535353' });
    });

    it('keeps a leading + in what is dialled and shown', () => {
      expect(read('+1 (866) 277-3553')).to.deep.equal({ dial: '+18662773553', shown: '+1-866-277-3553' });
      expect(read('+33 1 45 45 32 00')).to.deep.equal({ dial: '+33145453200', shown: '+33 1 45 45 32 00' });
    });

    it('dials a vanity number by the keypad and keeps its letters to show beside it', () => {
      expect(read('1-866-APPELLE')).to.deep.equal({ dial: '18662773553', shown: '1-866-277-3553', vanity: '1-866-APPELLE' });
      expect(read('1 866 appelle').dial).to.equal('18662773553');
      expect(read('310-MHSU')).to.deep.equal({ dial: '3106478', shown: '310-6478', vanity: '310-MHSU' });
      // Published with the digits after the letters.
      expect(read('1-866-363-MOOD (6663)')).to.deep.equal({ dial: '18663636663', shown: '1-866-363-6663', vanity: '1-866-363-MOOD' });
    });

    it('reads an extension written x, ext or poste', () => {
      for (const written of [
        '519-555-0150 x204',
        '519-555-0150x204',
        '519-555-0150 ext. 204',
        '519-555-0150, ext 204',
        '519-555-0150 poste 204',
      ]) {
        expect(read(written), written).to.deep.equal({ dial: '5195550150', ext: '204', shown: '519-555-0150' });
      }
    });

    it('folds Arabic-Indic, Persian and full-width digits to the digits they are', () => {
      expect(read('٥١٩-٥٥٥-٠١٠٠')).to.deep.equal({ dial: '5195550100', shown: '519-555-0100' });
      expect(read('۵۱۹-۵۵۵-۰۱۰۰').dial).to.equal('5195550100');
      expect(read('５１９－５５５－０１００')).to.deep.equal({ dial: '5195550100', shown: '519-555-0100' });
      expect(read('519\u00a0555\u20110100').dial).to.equal('5195550100');
    });
  });

  describe('refusing what is not one number, and saying where it goes', () => {
    it('refuses directions such as "press 2"', () => {
      for (const written of ['519-766-4450, press 2', '211 then press 1', '416-535-8501 (Intake)', 'x123', '12']) {
        expect(problem(written), written).to.equal(RULES.phoneWords);
      }
      expect(RULES.phoneWords).to.contain('"hours" or the description');
    });

    it('refuses a second number', () => {
      for (const written of [
        '811 (or 1-844-259-1793)',
        '604-255-7999 or Toll-Free 855-255-7999',
        '519-555-0100 / 519-555-0101',
        '519 555 0100 519 555 0101',
        '204-786-8686; 1-888-322-3019',
      ]) {
        expect(problem(written), written).to.equal(RULES.phoneTwo);
      }
      expect(RULES.phoneTwo).to.contain('"hours" or the description');
    });

    it('refuses letters that do not make a North American number', () => {
      expect(problem('555-0100 toll free')).to.equal(RULES.phoneWords);
      expect(problem('1-866-363-MOOD (1234)')).to.not.equal(undefined);
    });

    it('refuses invisible control characters, which make a number show one way and dial another', () => {
      // A right-to-left override shows "519-555-0100" for the digits 0010-555-915.
      for (const written of [
        '\u202e0010-555-915',
        '519-555-0100\u202c',
        '1\u200b800-555-0199',
        '519\u00ad555\u20600100',
        '\u2067519-555-0100\u2069',
      ]) {
        expect(problem(written), JSON.stringify(written)).to.equal(RULES.phoneControl);
      }
    });

    it('says a number with no digits needs some', () => {
      expect(problem('call us')).to.equal(RULES.phone);
      expect(problem('')).to.equal(RULES.phone);
    });
  });
});
