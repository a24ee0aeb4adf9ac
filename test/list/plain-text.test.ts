import { expect } from '@open-wc/testing';
import type { Catalogue, CrisisLine } from '../../src/catalogue/schema.js';
import enTable from '../../src/i18n/tables/en.json';
import frTable from '../../src/i18n/tables/fr.json';
import { translator } from '../../src/i18n/translate.js';
import { listBlocks, listMailto, listText, MAILTO_LIMIT } from '../../src/list/plain-text.js';

const en = translator([['en', enTable]]);
const fr = translator([['fr', frTable]]);
let catalogue: Catalogue;
let lines: CrisisLine[];
const pick = (...ids: string[]) => ids.map((id) => catalogue.resources.find((r) => r.id === id)!);

// Fetched, not imported: the browser would cache a JSON module where other tests fetch the file.
before(async () => {
  catalogue = await (await fetch('/test/fixtures/good.json')).json();
  lines = catalogue.crisis!.lines!;
});

describe('my list as plain text', () => {
  it('starts with the crisis lines, then each support with its numbers, web address in full, address and hours', () => {
    const withAddress = { ...pick('therapy-clinic')[0], address: { street: '1 Main Street', city: 'Guelph', province: 'ON' } };
    const text = listText(listBlocks([...pick('warm-line', 'family-group'), withAddress], lines, en, 'en'));
    expect(text).to.equal(
      [
        'In crisis or thinking about suicide? Help is here, any time.',
        'Call or text 9-8-8',
        'Emergency: 9-1-1',
        'Test Distress Line · 24/7 · Call 555-0100',
        '',
        'Peer Warm Line',
        'Call 1-888-555-0199',
        'Text 555-0198',
        'Website https://example.org/warm',
        '',
        'Family Support Group',
        'Email family@example.org',
        '',
        'Counselling Clinic',
        'Address: 1 Main Street, Guelph, ON',
        'Hours: Mon–Fri 9:00–17:00',
      ].join('\n'),
    );
  });

  it('is written in French, with French spacing before colons', () => {
    const text = listText(listBlocks(pick('warm-line', 'therapy-clinic'), lines, fr, 'fr'));
    expect(text).to.equal(
      [
        'Vous êtes en crise ou vous pensez au suicide? Quelqu’un peut vous aider, en tout temps.',
        'Appelez ou textez le 9-8-8',
        'Urgence\u00a0: 9-1-1',
        'Ligne de détresse test · 24/7 · Appeler 555-0100',
        '',
        'Ligne chaleureuse entre pairs',
        'Appeler 1-888-555-0199',
        'Texter 555-0198',
        'Site Web https://example.org/warm',
        '',
        'Clinique de thérapie',
        'Heures d’ouverture\u00a0: lun.–ven. 9 h–17 h',
      ].join('\n'),
    );
  });

  it('always has the 9-8-8 and 9-1-1 lines, even for a catalogue without its own', () => {
    expect(listBlocks([], [], en, 'en')).to.deep.equal([
      'In crisis or thinking about suicide? Help is here, any time.\nCall or text 9-8-8\nEmergency: 9-1-1',
    ]);
  });

  it('leaves out a web address that is not https or http, and an email that is not an address', () => {
    const hostile = { ...pick('warm-line')[0], website: 'javascript:alert(1)', email: 'not an address' };
    const text = listText(listBlocks([hostile], [], en, 'en'));
    expect(text).to.not.contain('javascript');
    expect(text).to.not.contain('Email');
  });
});

describe('my list as an email link', () => {
  it('puts a localised subject and the text in the body, with CRLF line breaks', () => {
    const blocks = listBlocks([{ ...pick('warm-line')[0], name: 'Pairs & familles #1 ?' }], lines, fr, 'fr');
    const href = listMailto(blocks, fr);
    expect(href.startsWith('mailto:?subject=Ressources%20en%20sant%C3%A9%20mentale&body=')).to.be.true;
    // One & between subject and body: the text's own & # ? are encoded.
    expect(href.split('&')).to.have.length(2);
    expect(href).to.not.contain('#');
    const body = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
    expect(body).to.equal(listText(blocks).replace(/\n/g, '\r\n'));
  });

  it('keeps a long list under the mailto length limit, with whole supports and a pointer to Copy', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...pick('warm-line')[0], id: `s${i}`, name: `Support number ${i}` }));
    const blocks = listBlocks(many, lines, en, 'en');
    const href = listMailto(blocks, en);
    expect(href.length).to.be.at.most(MAILTO_LIMIT);
    const body = decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
    expect(body.startsWith('In crisis')).to.be.true;
    const kept = body.match(/Support number \d+/g)!.length;
    expect(kept).to.be.greaterThan(3);
    expect(body.endsWith(`${40 - kept} more supports: use Copy for the whole list.`)).to.be.true;
    expect(body).to.contain(`Support number ${kept - 1}\r\nCall`);
  });
});

describe('my list as plain text in a right-to-left language', () => {
  const LRM = '\u200e';

  it('puts a left-to-right mark before each number, email and web address, and nothing inside them', async () => {
    // A test fixture, not a translation: it only puts Arabic words around the numbers.
    const { '@note': _note, ...arabic } = await (await fetch('/test/fixtures/translations/ar.json')).json();
    const t = translator([
      ['ar', arabic],
      ['en', enTable],
    ]);
    const resource = { ...pick('warm-line')[0], name: 'خط الدعم', email: 'peer988@example.org' };
    const text = listText(listBlocks([resource], lines, t, 'ar'));
    expect(text).to.contain(`${arabic.callOrText988.replace('9-8-8', `${LRM}9-8-8`)}`);
    expect(text).to.contain(`${LRM}9-1-1`);
    expect(text).to.contain(`${arabic.call} ${LRM}1-888-555-0199`);
    expect(text).to.contain(`${LRM}peer988@example.org\n`);
    expect(text).to.contain(`${LRM}https://example.org/warm`);
    expect(
      text
        .split(LRM)
        .map((part) => part.replace(/\s.*/s, ''))
        .slice(1),
    ).to.not.include('');
    expect(text.replaceAll(LRM, '')).to.equal(listText(listBlocks([resource], lines, t, 'en')));
  });

  it('leaves English and French text without marks', () => {
    for (const [t, lang] of [
      [en, 'en'],
      [fr, 'fr'],
    ] as const) {
      expect(listText(listBlocks(pick('warm-line', 'family-group'), lines, t, lang))).to.not.contain(LRM);
    }
  });
});
