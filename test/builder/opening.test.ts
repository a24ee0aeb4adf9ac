import { expect } from '@open-wc/testing';
import { builtinCatalogue } from '../../src/catalogue/builtin.js';
import { $, builder, entryNames, errorFor, fixtureText, openedWith, previewReady, previewShows, root } from './builder-helpers.js';

describe('<support-finder-builder>: opening a catalogue', () => {
  describe('from the built-in catalogue', () => {
    it('lists every entry, with no problems, and previews them', async () => {
      const el = await builder();
      $(el, '#start-builtin').click();
      await el.updateComplete;
      expect(entryNames(el)).to.have.length(builtinCatalogue.resources.length);
      expect(root(el).querySelectorAll('.entry-problems')).to.have.length(0);
      expect($(el, '.open-report').textContent).to.contain(`${builtinCatalogue.resources.length} entries`);
      const first = builtinCatalogue.resources[0].name;
      expect(entryNames(el)[0]).to.equal(typeof first === 'string' ? first : first.en);
    });
  });

  describe('from a JSON file chosen in the file input', () => {
    it('shows its entries in the list, the form and the preview', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      expect(entryNames(el)).to.deep.equal(['Peer Warm Line', 'Family Support Group', 'Counselling Clinic']);
      expect($<HTMLInputElement>(el, '#f-name-fr').value).to.equal('Ligne chaleureuse entre pairs');
      expect($<HTMLInputElement>(el, '#f-website').value).to.equal('https://example.org/warm');
      expect($(el, '.open-report').textContent).to.contain('Opened good.json: 3 entries.');
      await previewShows(el, ['Peer Warm Line', 'Family Support Group', 'Counselling Clinic']);
    });

    it('keeps an entry with a problem, so it can be fixed, and leaves it out of the preview', async () => {
      const el = await openedWith('one-bad-entry.json', await fixtureText('one-bad-entry.json'));
      expect(entryNames(el)).to.deep.equal(['Good One', 'Youth Drop-in', 'Good Two']);
      expect($(el, '.open-report').textContent).to.contain('3 entries, 1 with problems');
      await previewShows(el, ['Good One', 'Good Two']);
      $(el, '.entry-list li:nth-child(2) button').click();
      await el.updateComplete;
      expect(errorFor(el, '#f-category')).to.contain('Category must be one of peer, family, clinical; got "therapy"');
    });

    it('shows a problem outside the entries next to its field, lists it for download, and says the finder cannot open it', async () => {
      const json = JSON.stringify({
        version: 1,
        updated: 'last week',
        resources: [{ id: 'one', category: 'peer', name: 'One', description: 'The first.' }],
      });
      const el = await openedWith('dated.json', json);
      const message = 'Last updated must be a date written YYYY-MM-DD; got "last week"';
      // The form folded away by default opens by itself, to show where.
      expect($(el, '#edit-file').getAttribute('aria-expanded')).to.equal('true');
      expect(errorFor(el, '#f-updated')).to.contain(message);
      expect($(el, '.download').textContent).to.contain(message);
      expect($(el, '#preview-refused').textContent).to.contain(message);
    });

    it('lists a problem no control can fix, worded with its path', async () => {
      const json = JSON.stringify({ version: 1, crisis: { terms: 'crisis' }, resources: [] });
      const el = await openedWith('terms.json', json);
      expect($(el, '.download').textContent).to.contain('"crisis.terms" must be a list');
      expect($(el, '#edit-file').getAttribute('aria-expanded')).to.equal('false');
    });

    it('says plainly why a file that is not JSON cannot be opened', async () => {
      const el = await openedWith('broken.json', await fixtureText('broken.json'));
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain('broken.json could not be opened');
      expect(alert.textContent).to.contain('not valid JSON');
      expect(entryNames(el)).to.deep.equal([]);
    });

    it('says plainly why a JSON list is not a catalogue', async () => {
      const el = await openedWith('wrong-root.json', await fixtureText('wrong-root.json'));
      expect($(el, '[role="alert"]').textContent).to.contain('must be a JSON object with "version" and "resources"; got a list');
    });
  });

  describe('from a CSV file', () => {
    const csv = [
      'id,category,name_en,name_fr,description_en,phone,website',
      'warm-line,peer,Peer Warm Line,Ligne chaleureuse,"Talk, listen and share",1-888-555-0199,https://example.org/warm',
      'family-group,Family,Family Group,,A group for families,,',
      'bad-row,therapy,Bad Row,,Wrong category,,',
    ].join('\r\n');

    it('opens every row as an entry, a row with a mistake flagged on its field, and previews the good ones', async () => {
      const el = await openedWith('branch.csv', csv, 'text/csv');
      expect(entryNames(el)).to.deep.equal(['Peer Warm Line', 'Family Group', 'Bad Row']);
      expect($<HTMLTextAreaElement>(el, '#f-description-en').value).to.equal('Talk, listen and share');
      expect($(el, '.open-report').textContent).to.contain('Opened branch.csv: 3 entries, 1 with problems.');
      const bad = root(el).querySelectorAll('.entry-list li')[2]!;
      expect(bad.textContent).to.contain('1 problem');
      bad.querySelector('button')!.click();
      await el.updateComplete;
      expect(errorFor(el, '#f-category')).to.contain('Category must be one of peer, family, clinical; got "therapy"');
      await previewShows(el, ['Peer Warm Line', 'Family Group']);
    });

    it('keeps a schedule or a coordinate it cannot read as typed, flagged, rather than dropping it', async () => {
      const text = ['id,category,name_en,description_en,schedule,lat,lng', 'late,peer,Late Line,Evenings,Mon-Fri 9-5,43.5,west'].join('\n');
      const el = await openedWith('odd.csv', text, 'text/csv');
      expect($<HTMLInputElement>(el, '#f-schedule').value).to.equal('Mon-Fri 9-5');
      expect(errorFor(el, '#f-schedule')).to.contain('"9-5" is not an opening time');
      expect($(el, '#error-summary').textContent).to.contain('"coordinates.lng" must be a number; got "west"');
    });

    it('lists a value that sits past the last named column, by row', async () => {
      const el = await openedWith('extra.csv', 'id,category,name_en,description_en\none,peer,One,First,stray\n', 'text/csv');
      expect(entryNames(el)).to.deep.equal(['One']);
      expect($(el, '.open-report').textContent).to.contain('row 2 (id "one"): has a value in column 5, past the last named column');
    });

    it('reads an Excel file saved as Windows-1252 with its accents, and says so', async () => {
      const text = 'id,category,name_en,name_fr,description_en\r\ncafe,peer,Cafe,Caf\u00e9 des pairs,Coffee and talk\r\n';
      const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
      const el = await builder();
      await el.openFile(new File([bytes], 'excel.csv', { type: 'text/csv' }));
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-name-fr').value).to.equal('Café des pairs');
      expect($(el, '.open-report').textContent).to.contain('read as Windows-1252');
    });

    it('opens through the public openFile method too, naming the downloads after the file', async () => {
      const el = await builder();
      await el.openFile(new File([csv], 'my-branch.csv', { type: 'text/csv' }));
      await el.updateComplete;
      expect(entryNames(el)).to.have.length(3);
      expect($(el, '#download-json').getAttribute('download')).to.equal('my-branch.json');
      expect($(el, '#download-csv').getAttribute('download')).to.equal('my-branch.csv');
    });
  });

  describe('from a file not saved as UTF-8', () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    /** A UTF-8 spreadsheet with accents, and on line 3 one "è" pasted as a single Windows-1252 byte. */
    const strayByte = () => {
      const [head, stray, tail] = [
        'id,category,name_en,name_fr,description_en\ncafe,peer,Cafe,Café des pairs,Coffee\ncafe-2,peer,Café,Cr',
        'è',
        'che,Daycare\n',
      ];
      return Uint8Array.from([...utf8(head), stray.charCodeAt(0), ...utf8(tail)]);
    };

    it('refuses a UTF-8 file with a stray byte, says where it is, and keeps the entries already open', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'));
      await el.openFile(new File([strayByte()], 'accents.csv', { type: 'text/csv' }));
      await el.updateComplete;
      const alert = $(el, '[role="alert"]').textContent!;
      expect(alert).to.contain('accents.csv could not be opened');
      // Column 20 counts "é" as one character, as an editor does.
      expect(alert).to.contain('Line 3, column 20: byte 0xE8 is not UTF-8');
      expect(alert).to.contain('save the file again as UTF-8');
      expect(entryNames(el)).to.deep.equal(['Peer Warm Line', 'Family Support Group', 'Counselling Clinic']);
    });

    it('says where the stray byte is in French too', async () => {
      const el = await openedWith('accents.csv', strayByte(), 'text/csv', 'fr');
      expect($(el, '[role="alert"]').textContent).to.contain('Ligne 3, colonne 20\u00a0: l’octet 0xE8 n’est pas de l’UTF-8');
      expect(entryNames(el)).to.deep.equal([]);
    });

    it('names a UTF-16 file ("Unicode text") as such, with or without a byte-order mark', async () => {
      const text = 'id,category,name_en,description_en\r\ncafe,peer,Café,Coffee\r\n';
      const le = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
      for (const bytes of [Uint8Array.from([0xff, 0xfe, ...le]), le]) {
        const el = await openedWith('unicode.txt', bytes, 'text/plain');
        expect($(el, '[role="alert"]').textContent).to.contain('The file is saved as UTF-16 (“Unicode text”)');
        expect(entryNames(el)).to.deep.equal([]);
      }
    });

    it('still reads a JSON file with no UTF-8 in it as Windows-1252, and says so', async () => {
      const json =
        '{"version":1,"resources":[{"id":"cafe","category":"peer","name":{"en":"Cafe","fr":"Caf\u00e9"},"description":"Talk."}]}';
      const el = await openedWith(
        'ansi.json',
        Uint8Array.from(json, (c) => c.charCodeAt(0)),
      );
      expect(entryNames(el)).to.deep.equal(['Cafe']);
      expect($<HTMLInputElement>(el, '#f-name-fr').value).to.equal('Café');
      expect($(el, '.open-report').textContent).to.contain('read as Windows-1252');
    });
  });

  it('logs nothing to the console while opening, editing and previewing', async () => {
    const logged: unknown[][] = [];
    const { error, warn } = console;
    console.error = (...args: unknown[]) => logged.push(args);
    console.warn = (...args: unknown[]) => logged.push(args);
    try {
      const el = await openedWith('one-bad-entry.json', await fixtureText('one-bad-entry.json'));
      await previewShows(el, ['Good One', 'Good Two']);
      el.startFromBuiltin();
      await el.updateComplete;
      await previewReady(el, builtinCatalogue.resources.length);
    } finally {
      Object.assign(console, { error, warn });
    }
    expect(logged).to.deep.equal([]);
  });
});
