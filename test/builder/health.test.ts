import { expect } from '@open-wc/testing';
import { today } from '../../src/builder/today.js';
import { $, builder, focused, openedWith, root } from './builder-helpers.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

const file = JSON.stringify({
  version: 1,
  resources: [
    { id: 'both', category: 'peer', name: { en: 'Both', fr: 'Les deux' }, description: { en: 'B', fr: 'B' }, lastVerified: today() },
    { id: 'english', category: 'peer', name: 'English Only', description: 'Only English.', lastVerified: '2020-01-01' },
    { id: 'never', category: 'family', name: { en: 'Never', fr: 'Jamais' }, description: { en: 'N', fr: 'J' }, phon: '555-0100' },
  ],
});

describe('<support-finder-builder>: the to-do list (validate’s warnings)', () => {
  it('sums up what to do next, as validate does, each group leading to its entries', async () => {
    const el = await openedWith('health.json', file);
    const groups = [...root(el).querySelectorAll('.health summary')].map((s) => squash(s.textContent));
    expect(groups).to.deep.equal([
      'Missing French: 1 entry',
      'Not verified in the last 12 months: 1 entry',
      'Never verified (no “Last verified” date): 1 entry',
      'Fields the finder does not know (often typos): 1',
    ]);
    expect($(el, '.health').textContent).to.contain('resources[2].phon');
    $<HTMLButtonElement>(el, '.health li:first-child button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(squash($(el, '#edit-heading').textContent)).to.equal('Edit “English Only”');
  });

  it('marks each entry with its count and lists its warnings beside its form, leading to the field', async () => {
    const el = await openedWith('health.json', file);
    const marks = [...root(el).querySelectorAll('.entry-list li')].map((li) => squash(li.querySelector('.entry-todo')?.textContent));
    expect(marks).to.deep.equal(['', '3 to do', '2 to do']);
    root(el).querySelectorAll<HTMLButtonElement>('.entry-list button')[1]!.click();
    await el.updateComplete;
    const todo = $(el, '#todo-summary');
    expect(squash(todo.querySelector('h3')!.textContent)).to.equal('3 things to do for this entry (not errors: the finder shows it)');
    const items = [...todo.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(items).to.deep.equal([
      'Name has no French text (add "fr")',
      'Description has no French text (add "fr")',
      'Last verified is 2020-01-01, more than 12 months ago; check its details again',
    ]);
    todo.querySelector<HTMLAnchorElement>('li:last-child a')!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('f-lastVerified');
    // Not errors: the entry is in the preview and has no problem count.
    expect(root(el).querySelectorAll('.entry-problems')).to.have.length(0);
  });

  it('says so when there is nothing to do', async () => {
    const el = await openedWith('fine.json', JSON.stringify({ version: 1, resources: [JSON.parse(file).resources[0]] }));
    expect($(el, '.health').textContent).to.contain('Nothing to do');
  });

  it('does not call an empty catalogue done: nothing is checked until there are entries', async () => {
    const el = await builder();
    expect($(el, '.health').textContent).to.contain('Nothing to check yet');
    expect($(el, '.health').textContent).to.not.contain('Nothing to do');
    el.startFromBuiltin();
    await el.updateComplete;
    expect($(el, '.health').textContent).to.not.contain('Nothing to check yet');
  });
});
