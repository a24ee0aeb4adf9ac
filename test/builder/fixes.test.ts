import { expect } from '@open-wc/testing';
import { $, errorFor, focused, openFileDetails, openedWith, root } from './builder-helpers.js';

/** The buttons that offer a fix, by their visible words. */
const fixButton = (el: Element, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.replace(/[ \t\n\r]+/g, ' ').trim() === name);

const sheet = [
  'id,category,name_en,description_en,website,languages,lastVerified,Organisation',
  'recovery-college,Peer Support,Recovery College,Courses,www.example.org/college,"English, French",Sept 1 2026,CMHA Riverside',
  'family-group,family,Family Group,For families,,,,CMHA Riverside',
].join('\r\n');

describe('<support-finder-builder>: obvious fixes, one press each', () => {
  it('offers each fix beside its field, and a press applies it, clears the problem and keeps focus on the field', async () => {
    const el = await openedWith('riverside.csv', sheet, 'text/csv');
    expect(errorFor(el, '#f-lastVerified')).to.contain('must be a date written YYYY-MM-DD; got "Sept 1 2026"');
    fixButton(el, 'Use 2026-09-01?')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-lastVerified').value).to.equal('2026-09-01');
    expect(errorFor(el, '#f-lastVerified')).to.equal('');
    expect(focused(el)).to.equal($(el, '#f-lastVerified'));

    fixButton(el, 'Add https://?')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-website').value).to.equal('https://www.example.org/college');

    fixButton(el, 'Use en; fr?')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-languages').value).to.equal('en; fr');

    fixButton(el, 'Use Peer support?')!.click();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#f-category').value).to.equal('peer');
    expect(root(el).querySelector('#error-summary')).to.equal(null);
  });

  it('reads a column with a near name as the column it most likely meant, filling only blank fields', async () => {
    const el = await openedWith('riverside.csv', sheet, 'text/csv');
    expect($(el, '.open-report').textContent).to.contain('not catalogue columns and were not read: Organisation');
    const read = fixButton(el, 'Read the column “Organisation” as Organization (English)?')!;
    read.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-organization-en').value).to.equal('CMHA Riverside');
    expect($(el, '[role="status"]').textContent).to.contain('2 entries filled in');
    expect(fixButton(el, 'Read the column “Organisation” as Organization (English)?')).to.equal(undefined);
  });

  it('offers a recognisable date for the file’s own date too', async () => {
    const json = JSON.stringify({ version: 1, updated: 'Dec 6, 2026', resources: [] });
    const el = await openedWith('dated.json', json);
    fixButton(el, 'Use 2026-12-06?')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-updated').value).to.equal('2026-12-06');
    expect(errorFor(el, '#f-updated')).to.equal('');
  });

  it('offers no fix where the intent is not clear', async () => {
    const json = JSON.stringify({
      version: 1,
      resources: [{ id: 'a', category: 'therapy', name: 'A', description: 'B', lastVerified: '03/04/2026' }],
    });
    const el = await openedWith('unclear.json', json);
    expect(root(el).querySelectorAll('button.fix')).to.have.length(0);
  });

  it('words the fixes in French on a French page', async () => {
    const el = await openedWith('riverside.csv', sheet, 'text/csv', 'fr');
    expect(fixButton(el, 'Utiliser 2026-09-01\u202f?')).to.not.equal(undefined);
    expect(fixButton(el, 'Ajouter https://\u202f?')).to.not.equal(undefined);
    expect(fixButton(el, 'Utiliser Soutien par les pairs\u202f?')).to.not.equal(undefined);
    await openFileDetails(el);
    expect(fixButton(el, 'Lire la colonne «\u00a0Organisation\u00a0» comme Organisme (anglais)\u202f?')).to.not.equal(undefined);
  });
});
