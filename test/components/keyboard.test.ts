import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { countText, finder, resultIds, root } from '../helpers.js';

/** The element focused inside the finder's shadow root, if any. */
const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

describe('using the finder with the keyboard only', () => {
  // Wide enough for the filter column beside the results.
  beforeEach(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('reaches the banner links, search box, filters and result actions with Tab, in order', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    root(el).querySelector<HTMLElement>('a[href="tel:988"]')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 13; i++) {
      const f = focused(el)!;
      order.push(f.getAttribute('href') ?? f.getAttribute('type') ?? f.tagName);
      await sendKeys({ press: 'Tab' });
    }
    expect(order.slice(0, 10)).to.deep.equal([
      'tel:988',
      'sms:988',
      'tel:911',
      'tel:5550100',
      'search',
      '#count',
      'button',
      'button',
      'button',
      'button',
    ]);
    expect(order.slice(10)).to.deep.equal(['tel:18885550199', 'sms:5550198', 'https://example.org/warm']);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)!.getAttribute('href')).to.equal('https://example.org/warm');
  });

  it('searches as you type and clears with Escape', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    root(el).querySelector('input')!.focus();
    await sendKeys({ type: 'famly' });
    await el.updateComplete;
    expect(resultIds(el)[0]).to.equal('family-group');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('input')!.value).to.equal('');
    expect(resultIds(el)).to.have.length(3);
    expect(focused(el)!.id).to.equal('query');
  });

  it('toggles a filter with Enter and Space', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    const buttons = root(el).querySelectorAll<HTMLButtonElement>('.filter');
    buttons[1].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['warm-line']);
    buttons[3].focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['therapy-clinic']);
    expect(buttons[3].getAttribute('aria-pressed')).to.equal('true');
  });

  it('keeps focus in the finder when the focused result disappears', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    root(el).querySelector<HTMLElement>('[data-id="therapy-clinic"] a, [data-id="warm-line"] a')!.focus();
    const filters = root(el).querySelectorAll<HTMLButtonElement>('.filter');
    // A page script (or a host's button) changes the category while a result has focus.
    el.category = 'family';
    await el.updateComplete;
    expect(focused(el)).to.not.equal(null);
    expect(focused(el)!.id).to.equal('count');
    expect(countText(el)).to.equal('1 support found');
    void filters;
  });

  it('reaches "Show all supports" after a search with no results', async () => {
    const el = await finder({ src: '/test/fixtures/good.json' });
    root(el).querySelector('input')!.focus();
    await sendKeys({ type: 'zzqxv' });
    await el.updateComplete;
    // No link to skip to results that are not there: the category buttons, then the message's button.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)!.textContent!.trim()).to.equal('Show all supports');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(3);
    expect(focused(el)!.id).to.equal('query');
  });
});
