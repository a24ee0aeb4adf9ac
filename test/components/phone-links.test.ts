import { expect } from '@open-wc/testing';
import { a11ySnapshot, setViewport } from '@web/test-runner-commands';
import { expectNoViolations } from '../axe.js';
import { finder, resultIds, root } from '../helpers.js';

type AxNode = { name?: string; role?: string; children?: AxNode[] };
const flat = (n: AxNode): AxNode[] => [n, ...(n.children ?? []).flatMap(flat)];
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const numberLinks = (scope: ParentNode) => [...scope.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"], a[href^="sms:"]')];

/** What the link dials, written back as the digits a person reads: "tel:5195550150;ext=204" → "5195550150 204". */
const dialled = (a: HTMLAnchorElement) =>
  a
    .getAttribute('href')!
    .replace(/^(tel|sms):/, '')
    .replace(';ext=', ' ');
/** The digits of the number the link shows (its first isolated number), with the extension's. */
const shownDigits = (a: HTMLAnchorElement) => {
  const [number, ext] = a.querySelector('bdi')!.textContent!.split(/ (?:ext\.|poste) /);
  return number!.replace(/[^+\d]/g, '') + (ext ? ` ${ext}` : '');
};

describe('phone and text links', () => {
  it('dial exactly the number shown, in the banner and in the results', async () => {
    const el = await finder({ src: '/test/fixtures/phones.json' });
    const links = [...numberLinks(root(el).querySelector('.banner')!), ...numberLinks(root(el).querySelector('.results')!)];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:988',
      'sms:988',
      'tel:911',
      'tel:18662773553',
      'sms:535353',
      'tel:+15195550100',
      'tel:5195550150;ext=204',
      'sms:5550198',
      'tel:18885550199',
      'tel:211',
    ]);
    for (const a of links.filter((link) => link.querySelector('bdi'))) expect(shownDigits(a), a.href).to.equal(dialled(a));
    await expectNoViolations(el);
  });

  it('show the number dialled, formatted, with a vanity number’s letters beside it', async () => {
    const el = await finder({ src: '/test/fixtures/phones.json' });
    const banner = root(el).querySelector('.banner')!;
    expect(
      numberLinks(banner)
        .slice(3)
        .map((a) => squash(a.textContent)),
    ).to.deep.equal(['Call 1-866-277-3553 (1 866 APPELLE)', 'Text 535353', 'Call +1-519-555-0100']);
    const results = root(el).querySelector('.results')!;
    expect(numberLinks(results).map((a) => squash(a.textContent))).to.deep.equal([
      'Call 519-555-0150 ext. 204',
      'Text 555-0198',
      'Call 1-888-555-0199',
      'Call 211',
    ]);
  });

  it('isolate every number, so text around it cannot reorder it', async () => {
    const el = await finder({ src: '/test/fixtures/phones.json' });
    for (const a of numberLinks(root(el)).filter((link) => /\d{4}/.test(link.href))) {
      expect(a.querySelector('bdi'), a.href).to.exist;
    }
  });

  it('leave out entries and lines whose number is not one number, or that hide a control character', async () => {
    const el = await finder({ src: '/test/fixtures/phones.json' });
    expect(resultIds(el).sort()).to.deep.equal(['extension', 'full-width', 'two-one-one']);
    expect(root(el).querySelector('.banner')!.textContent).not.to.contain('Two numbers');
  });

  it('say the poste of an extension in French', async () => {
    const el = await finder({ src: '/test/fixtures/phones.json', lang: 'fr' });
    const call = root(el).querySelector<HTMLAnchorElement>('[data-id="extension"] a[href^="tel:"]')!;
    expect(squash(call.textContent)).to.equal('Appeler 519-555-0150 poste 204');
  });

  describe('are named for screen readers and voice control by what they show first', () => {
    it('"Call 1-866-277-3553 (1 866 APPELLE), Quebec suicide prevention line", with no stray spaces and no name echoed', async () => {
      // Tall enough that every result is drawn: results off screen may be left out of the tree (content-visibility).
      await setViewport({ width: 800, height: 2400 });
      await finder({ src: '/test/fixtures/phones.json' });
      await setViewport({ width: 800, height: 600 });
      const names = flat((await a11ySnapshot({})) as unknown as AxNode)
        .filter((n) => n.role === 'link' || n.role === 'button')
        .map((n) => n.name!);
      expect(names).to.include.members([
        'Call 1-866-277-3553 (1 866 APPELLE), Quebec suicide prevention line',
        'Text 535353, Quebec suicide prevention line',
        'Call 519-555-0150 ext. 204, Extension Line',
        'Call 211',
        'Add to my list, Extension Line',
      ]);
      expect(names).not.to.include('Call 211, 211');
      for (const name of names) expect(name, name).not.to.contain(' ,');
    });

    it('every call, text, email and website link’s name starts with its visible text', async () => {
      const el = await finder({ src: '/test/fixtures/good.json' });
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a.action:not(.skip), .lines a, button.add')];
      expect(links.length).to.be.greaterThan(5);
      for (const a of links) {
        const name = a.getAttribute('aria-label') ?? '';
        expect(name.startsWith(squash(a.textContent)), `${name} / ${squash(a.textContent)}`).to.be.true;
      }
      const warm = root(el).querySelector('[data-id="warm-line"]')!;
      expect([...warm.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'))).to.deep.equal([
        'Call 1-888-555-0199, Peer Warm Line',
        'Text 555-0198, Peer Warm Line',
        'Website example.org, Peer Warm Line (opens in a new tab)',
      ]);
    });
  });
});
