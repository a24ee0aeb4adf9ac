import { expect, oneEvent } from '@open-wc/testing';
import { expectNoViolations } from '../axe.js';
import { finder, resultIds, root } from '../helpers.js';
import type { SupportFinder } from '../../src/index.js';

/** A weekday (in UTC) three days from now: an entry open only then is closed today, whenever the test runs. */
const laterDay = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][(new Date().getUTCDay() + 3) % 7];
const entry = (id: string, category: string, extra: object) => ({ id, category, name: id, description: 'Fictional test entry.', ...extra });
const catalogue = {
  version: 1,
  resources: [
    entry('always-open', 'peer', { schedule: '24/7', audiences: ['youth'] }),
    entry('closed-today', 'family', {
      schedule: [{ days: [laterDay], opens: '09:00', closes: '17:00' }],
      timeZone: 'UTC',
      audiences: ['youth'],
    }),
    entry('no-hours', 'clinical', { audiences: ['adults'] }),
  ],
};

function openNow(el: SupportFinder) {
  const label = [...root(el).querySelectorAll('.option')].find((o) => o.textContent!.includes('Open now'))!;
  return { input: label.querySelector('input')!, text: label.textContent!.replace(/\s+/g, ' ').trim() };
}

describe('the "Open now" filter', () => {
  let src = '';
  before(() => (src = URL.createObjectURL(new Blob([JSON.stringify(catalogue)], { type: 'application/json' }))));
  after(() => URL.revokeObjectURL(src));

  it('keeps only supports open at this moment, leaving out those with no known hours, and says so', async () => {
    const el = await finder({ src });
    expect(openNow(el).text).to.equal('Open now (1)');
    const hint = root(el).querySelector(`#${openNow(el).input.getAttribute('aria-describedby')}`)!;
    expect(hint.textContent).to.equal('Only supports with known hours.');
    const event = oneEvent(el, 'support-finder-filter');
    openNow(el).input.click();
    expect((await event).detail.filters).to.deep.equal({ open: ['now'] });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['always-open']);
    // Other facets count with "Open now" applied.
    const adults = [...root(el).querySelectorAll('.option')].find((o) => o.textContent!.includes('Adults'))!;
    expect(adults.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Adults (0)');
    await expectNoViolations(el);
    root(el).querySelector<HTMLButtonElement>('.clear-filters')!.click();
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(3);
  });

  it('speaks French', async () => {
    const el = await finder({ src, lang: 'fr' });
    const label = [...root(el).querySelectorAll('.option')].find((o) => o.textContent!.includes('Ouvert maintenant'))!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ouvert maintenant (1)');
    expect(root(el).querySelector('#open-hint')!.textContent).to.equal('Seulement les ressources dont l’horaire est connu.');
    await expectNoViolations(el);
  });
});
