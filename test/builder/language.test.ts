import { expect, fixture, html } from '@open-wc/testing';
import type { SupportFinderBuilder } from '../../src/builder/index.js';
import { $, errorFor, fixtureText, openFileDetails, openedWith, previewReady, retype, root } from './builder-helpers.js';

// Collapses the template's white space but keeps French non-breaking spaces, which are under test.
const squash = (s: string | null) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const text = (el: Element, selector: string) => squash($(el, selector).textContent);
const legends = (el: Element) => [...root(el).querySelectorAll('legend')].map((l) => squash(l.textContent));
const headings = (el: Element) => [...root(el).querySelectorAll('h2')].map((h) => squash(h.textContent));

describe('<support-finder-builder>: language', () => {
  describe('in French', () => {
    it('shows French words when the page around it is in French, and previews in French', async () => {
      const page = await fixture(html`<div lang="fr-CA"><support-finder-builder></support-finder-builder></div>`);
      const el = page.querySelector<SupportFinderBuilder>('support-finder-builder')!;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['Commencer', 'Titre, date et lignes de crise', 'Fiches (0)', 'À faire', 'Aperçu', 'Télécharger']);
      expect(text(el, 'label[for="file"]')).to.equal('Ouvrir un fichier JSON ou CSV');
      expect(text(el, '#start-builtin')).to.equal('Partir du catalogue intégré');
      expect($(el, '.builder').getAttribute('lang')).to.equal('fr');
      expect($<HTMLInputElement>(el, '#preview-fr').checked).to.equal(true);
    });

    it('labels the entry form in French and reports the opened file in French', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'), 'application/json', 'fr');
      expect(text(el, '.open-report')).to.equal('Fichier ouvert\u00a0: good.json, 3\u00a0fiches.');
      expect(legends(el)).to.include.members(['Nom (obligatoire)', 'Description (obligatoire)', 'Adresse', 'Pour qui']);
      expect(text(el, 'label[for="f-id"]')).to.equal('Identifiant (obligatoire)');
      expect(text(el, 'label[for="f-website"]')).to.equal('Site Web');
      expect(text(el, '#edit-heading')).to.equal('Modifier «\u00a0Peer Warm Line\u00a0»');
      expect(text(el, '#download-json')).to.equal('Télécharger good.json (pour l’outil de recherche)');
      await previewReady(el, 3);
      expect($(el, 'support-finder').getAttribute('lang')).to.equal('fr');
    });

    it('labels the title, date and crisis lines in French', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'), 'application/json', 'fr');
      await openFileDetails(el);
      expect(legends(el)).to.include.members([
        'Titre',
        'Ligne de crise 1\u00a0: Test Distress Line',
        'Nom (obligatoire)',
        'Numéro de téléphone ou de texto (obligatoire)',
      ]);
      expect(text(el, 'label[for="f-updated"]')).to.equal('Dernière mise à jour');
      expect(text(el, '#add-line')).to.equal('Ajouter une ligne de crise');
    });

    it('words every problem in French, after a French field name', async () => {
      const el = await openedWith('good.json', await fixtureText('good.json'), 'application/json', 'fr');
      await retype(el, '#f-website', 'javascript:x');
      expect(errorFor(el, '#f-website')).to.contain(
        'Erreur\u00a0: Site Web\u00a0: doit être une adresse Web commençant par https:// ou http://\u202f; valeur donnée\u00a0: «\u00a0javascript:x\u00a0»',
      );
      // In the page's language, so nothing in it is marked as English.
      expect(root(el).querySelector('#f-website-error [lang="en"]')).to.equal(null);
      await retype(el, '#f-name-en', '');
      await retype(el, '#f-name-fr', '');
      expect(errorFor(el, '#f-name-en')).to.contain('Entrez le nom en anglais, en français ou dans les deux langues');
      await retype(el, '#f-schedule', 'lun-ven 9-5');
      expect(errorFor(el, '#f-schedule')).to.contain('«\u00a09-5\u00a0» n’est pas une heure d’ouverture');
    });

    it('words a spreadsheet’s problems, the to-do list and a new entry’s id in French', async () => {
      const csv = 'id,category,name_en,description_en,lastVerified\none,peer,One,Only English,2020-01-01\n';
      const el = await openedWith('feuille.csv', csv, 'text/csv', 'fr');
      expect(squash($(el, '#todo-summary').textContent)).to.contain('Nom\u00a0: n’a pas de texte en français (ajoutez «\u00a0fr\u00a0»)');
      expect(squash($(el, '.health').textContent)).to.contain('Français manquant\u00a0: 1\u00a0fiche');
      $(el, '#add-entry').click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#f-id').value).to.equal('nouvelle-ressource');
      expect(text(el, '#edit-heading')).to.equal('Modifier «\u00a0nouvelle-ressource\u00a0»');
    });
  });

  it('speaks English when nothing says otherwise, and when the page’s language is neither', async () => {
    const page = await fixture(html`<div lang="de"><support-finder-builder></support-finder-builder></div>`);
    const el = page.querySelector<SupportFinderBuilder>('support-finder-builder')!;
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Start');
    expect($(el, '.builder').getAttribute('lang')).to.equal('en');
    expect($<HTMLInputElement>(el, '#preview-en').checked).to.equal(true);
  });

  it('follows a change of language at run time, keeping what was typed', async () => {
    const el = await openedWith('good.json', await fixtureText('good.json'));
    await retype(el, '#f-name-en', 'Peer Warm Line (evenings)');
    el.lang = 'fr';
    await el.updateComplete;
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Commencer');
    expect(text(el, '.open-report')).to.equal('Fichier ouvert\u00a0: good.json, 3\u00a0fiches.');
    expect($<HTMLInputElement>(el, '#f-name-en').value).to.equal('Peer Warm Line (evenings)');
    el.removeAttribute('lang');
    await el.updateComplete;
    await el.updateComplete;
    expect(headings(el)[0]).to.equal('Start');
  });
});
