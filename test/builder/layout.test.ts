import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { builder, previewReady, root } from './builder-helpers.js';

const heading = (el: Element, text: RegExp) =>
  [...root(el).querySelectorAll<HTMLElement>('h2, h3')].find((h) => text.test(h.textContent!.trim()))!;

describe('<support-finder-builder>: the page laid out', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("stacks the forms beside a wide screen's preview one after the other, with no band between them", async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await builder();
    await previewReady(el);
    const title = heading(el, /^Title, date and crisis lines$/).getBoundingClientRect();
    // The last thing of the file's fields: its section may stretch with the row.
    const edit = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Edit the title, date and crisis lines')!;
    const entries = heading(el, /^Entries/).getBoundingClientRect();
    const preview = heading(el, /^Preview$/).getBoundingClientRect();
    expect(preview.left, 'the preview is beside the forms').to.be.greaterThan(title.right - 1);
    expect(entries.top - edit.getBoundingClientRect().bottom, "space between the file's fields and the entries").to.be.below(60);
  });

  it('leads an empty page with the ways to start; the download is filled in once there are entries', async () => {
    const el = await builder();
    await previewReady(el);
    const fill = (name: string) => {
      const control = [...root(el).querySelectorAll<HTMLElement>('a, button')].find((c) => c.textContent!.trim().startsWith(name))!;
      return getComputedStyle(control).backgroundColor;
    };
    const primary = fill('Start from the built-in catalogue');
    expect(fill('Download catalogue.json')).to.not.equal(primary);
    el.startFromBuiltin();
    await el.updateComplete;
    expect(fill('Download catalogue.json')).to.equal(primary);
  });

  it("gives the entry list the editor's width too while no entry is open", async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await builder();
    await previewReady(el);
    const hint = [...root(el).querySelectorAll('p')].find((p) => p.textContent!.startsWith('No entries yet.'))!;
    const title = heading(el, /^Title, date and crisis lines$/).parentElement!.getBoundingClientRect();
    expect(hint.getBoundingClientRect().width, 'as wide as the forms above it').to.be.closeTo(title.width, 2);
  });
});
