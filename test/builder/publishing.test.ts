import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { csvToCatalogue } from '../../src/catalogue/csv.js';
import type { SupportFinderBuilder } from '../../src/builder/index.js';
import { $, download, fixtureText, openedWith, root } from './builder-helpers.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/[ \t\n\r]+/g, ' ').trim();

async function withEngine(src: string, json: string): Promise<SupportFinderBuilder> {
  const el = await fixture<SupportFinderBuilder>(html`<support-finder-builder engine-src=${src}></support-finder-builder>`);
  await el.openFile(new File([json], 'riverside.json', { type: 'application/json' }));
  await el.updateComplete;
  return el;
}

/** Presses "Download a ready-to-use finder (one file)" and waits for its outcome; the file itself is not saved. */
async function pressBundle(el: SupportFinderBuilder): Promise<void> {
  const link = $<HTMLAnchorElement>(el, 'a[download$="-finder.js"]');
  link.addEventListener('click', (e) => e.preventDefault(), { once: true });
  $(el, '#download-bundle').click();
  await waitUntil(() => root(el).querySelector('#after-download, #bundle-error'), 'the one-file finder was never made', { timeout: 5000 });
}

describe('<support-finder-builder>: publishing', () => {
  describe('the ready-to-use finder (one file)', () => {
    it('is made in the browser from the engine beside the builder, with the catalogue built in, and says how to use it', async () => {
      const el = await withEngine('/dist/support-finder.core.iife.js', await fixtureText('good.json'));
      await pressBundle(el);
      const link = $<HTMLAnchorElement>(el, 'a[download$="-finder.js"]');
      expect(link.download).to.equal('riverside-finder.js');
      const script = await (await fetch(link.href)).text();
      expect(script).to.contain('Peer Warm Line');
      expect(script).to.not.contain('__SUPPORT_FINDER_CATALOGUE__');
      expect(squash($(el, '#snippet').textContent)).to.equal(
        '<script src="riverside-finder.js"></script> <support-finder></support-finder>',
      );
      expect($(el, '#after-download').textContent).to.contain('works from a page opened from disk too');
    });

    it('is refused, as the command refuses it, while the catalogue has problems', async () => {
      const el = await withEngine('/dist/support-finder.core.iife.js', await fixtureText('one-bad-entry.json'));
      await pressBundle(el);
      expect($(el, '#bundle-error').textContent).to.contain('made only from a catalogue with no problems');
    });

    it('names the engine file and why it could not be read', async () => {
      const el = await withEngine('/nowhere/support-finder.core.iife.js', await fixtureText('good.json'));
      await pressBundle(el);
      const error = squash($(el, '#bundle-error').textContent);
      expect(error).to.contain('/nowhere/support-finder.core.iife.js');
      expect(error).to.contain('404');
      expect(error).to.contain('support-finder.core.iife.js, shipped beside the builder’s script');
    });
  });

  it('after the JSON download, gives the lines to paste with the file’s name, and says it needs a web server', async () => {
    const el = await openedWith('riverside.json', await fixtureText('good.json'));
    expect(root(el).querySelector('#after-download')).to.equal(null);
    await download(el, '#download-json');
    await el.updateComplete;
    expect(squash($(el, '#after-download h3').textContent)).to.equal('What to do with riverside.json');
    expect(squash($(el, '#snippet').textContent)).to.equal(
      '<script src="support-finder.iife.js"></script> <support-finder src="riverside.json"></support-finder>',
    );
    expect($(el, '#after-download').textContent).to.contain('must be served by a web server');
    expect($(el, '#after-download').textContent).to.contain('download the ready-to-use finder (one file) instead');
  });

  it('offers an empty spreadsheet with every column, and says what each column holds', async () => {
    const el = await openedWith('riverside.json', await fixtureText('good.json'));
    const template = $<HTMLAnchorElement>(el, '#download-template');
    const text = await (await fetch(template.href)).text();
    const read = csvToCatalogue(text);
    expect(read.fileErrors).to.deep.equal([]);
    expect(read.unknownColumns).to.deep.equal([]);
    const rows = [...root(el).querySelectorAll('.columns tbody tr')].map((tr) => squash(tr.textContent));
    expect(rows.find((r) => r.startsWith('organization_en'))).to.equal('organization_en Organization (English). Who runs it.');
    expect(rows.find((r) => r.startsWith('languages'))).to.contain('separated by semicolons');
  });
});
