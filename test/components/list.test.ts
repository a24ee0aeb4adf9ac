import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { allByRole, byRole, finder, resultIds, root, typeQuery } from '../helpers.js';

const focused = (el: Element) => root(el).activeElement as HTMLElement | null;
const text = (node: Element | null) => node?.textContent!.replace(/[ \n]+/g, ' ').trim() ?? '';
/** What a screen reader announces for a control named with `aria-label`. */
const nameOf = (node: Element) => node.getAttribute('aria-label');

/** Presses Tab until the focused control's text starts with `label`. */
async function tabTo(el: Element, label: string) {
  for (let i = 0; i < 40; i++) {
    await sendKeys({ press: 'Tab' });
    if (text(focused(el)).startsWith(label)) return focused(el)!;
  }
  throw new Error(`never reached "${label}" with Tab`);
}

const listButton = (el: Element) => byRole(el, 'button', /^(My list|Ma liste) \(\d+\)$/);
const listHeading = (el: Element) => byRole(el, 'heading', /^(My list|Ma liste) \(\d+\)$/);
const addButtons = (el: Element) => allByRole(el, 'button', /^(Add to my list|Ajouter à ma liste), /);

const listStatus = (el: Element) => text(root(el).querySelectorAll('[role="status"]')[1]);

describe('my list', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is built, opened, trimmed and closed with the keyboard only', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    expect(listButton(el)).to.equal(null);
    root(el).querySelector('input')!.focus();

    const add = await tabTo(el, 'Add to my list');
    expect(add.closest('.result')!.getAttribute('data-id')).to.equal('warm-line');
    expect(nameOf(add)).to.equal('Add to my list, Peer Warm Line');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal(add);
    expect(nameOf(add)).to.equal('Remove from my list, Peer Warm Line');
    expect(listStatus(el)).to.equal('Added to your list: Peer Warm Line. My list (1)');

    await tabTo(el, 'Add to my list');
    await sendKeys({ press: 'Space' });
    await tabTo(el, 'Add to my list');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(listButton(el))).to.equal('My list (3)');

    // Take the family group out again from the results.
    await sendKeys({ down: 'Shift' });
    await tabTo(el, 'Remove from my list');
    await sendKeys({ up: 'Shift' });
    expect(focused(el)!.closest('.result')!.getAttribute('data-id')).to.equal('family-group');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listStatus(el)).to.equal('Removed from your list: Family Support Group. My list (2)');

    root(el).querySelector('input')!.focus();
    await tabTo(el, 'My list (2)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('list-title');
    expect(text(focused(el))).to.equal('My list (2)');
    expect(root(el).querySelector('#count')).to.equal(null);
    expect(resultIds(el)).to.deep.equal(['warm-line', 'therapy-clinic']);

    // Removing a support in the list moves focus on to the next one.
    await tabTo(el, 'Remove from my list');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['therapy-clinic']);
    expect(nameOf(focused(el)!)).to.equal('Remove from my list, Counselling Clinic');
    expect(text(listHeading(el))).to.equal('My list (1)');

    listHeading(el)!.focus();
    await tabTo(el, 'Back to results');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(3);
    expect(text(focused(el))).to.equal('My list (1)');
  });

  it('on a phone, offers the list it names beside the support just added, not only above the results', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await finder();
    const add = addButtons(el)[6]!;
    add.focus();
    add.scrollIntoView({ block: 'center' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listStatus(el)).to.match(/^Added to your list: .+\. My list \(1\)$/);
    // The one above the results is off screen by now.
    const [top, beside] = allByRole(el, 'button', 'My list (1)');
    expect(top!.getBoundingClientRect().bottom).to.be.below(0);
    expect(beside!.closest('.result')).to.equal(add.closest('.result'));
    const box = beside!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(667);
    await expectNoViolations(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(beside);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(focused(el))).to.equal('My list (1)');
    expect(focused(el)!.id).to.equal('list-title');
    // A support not in the list offers none.
    await tabTo(el, 'Back to results');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(allByRole(el, 'button', 'My list (1)')).to.have.length(2);
  });

  it('clears the list, and says how to fill an empty one', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    addButtons(el)[0]!.click();
    await el.updateComplete;
    listButton(el)!.click();
    await el.updateComplete;
    root(el).querySelector('input')!.focus();
    await tabTo(el, 'Clear my list');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)!.id).to.equal('list-title');
    expect(text(focused(el))).to.equal('My list (0)');
    expect(text(listHeading(el)!.parentElement)).to.contain('Your list is empty.');
    await tabTo(el, 'Back to results');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listButton(el)).to.equal(null);
    expect(focused(el)!.id).to.equal('count');
  });

  it('goes back to the results when the person searches or filters', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    addButtons(el)[0]!.click();
    await el.updateComplete;
    listButton(el)!.click();
    await el.updateComplete;
    await typeQuery(el, 'family');
    expect(resultIds(el)[0]).to.equal('family-group');
    expect(listHeading(el)).to.equal(null);
  });

  it('speaks French', async () => {
    const el = await finder({ src: '/test/fixtures/good.json', lang: 'fr' });
    const add = addButtons(el)[0]!;
    expect(nameOf(add)).to.equal('Ajouter à ma liste, Ligne chaleureuse entre pairs');
    add.click();
    await el.updateComplete;
    expect(nameOf(add)).to.equal('Retirer de ma liste, Ligne chaleureuse entre pairs');
    expect(text(listButton(el))).to.equal('Ma liste (1)');
    await waitUntil(() => listStatus(el).includes('Ressource ajoutée'));
    expect(listStatus(el)).to.equal('Ressource ajoutée à votre liste\u00a0: Ligne chaleureuse entre pairs. Ma liste (1)');
  });

  it('never scrolls sideways at 320 px with the list open', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await finder({ src: '/test/fixtures/long-text.json' });
    for (const add of addButtons(el)) add.click();
    await el.updateComplete;
    listButton(el)!.click();
    await el.updateComplete;
    expect(listHeading(el)).to.not.equal(null);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll<HTMLElement>('*')) {
      expect(node.getBoundingClientRect().right, node.className).to.be.at.most(321);
    }
  });
});
