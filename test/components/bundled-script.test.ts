/**
 * A script written by `support-finder bundle` (made from
 * test/fixtures/cli/bundle-source.json into .tmp/ by `npm test`'s pretest step)
 * shows its own catalogue with no `src`. It runs in a frame because this test
 * page already defines <support-finder> from the sources.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function bundledFinder(lang: string): Promise<ShadowRoot> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body><support-finder></support-finder><script src="/.tmp/bundled-finder.js"></script></body></html>`;
  document.body.append(frame);
  const shadow = () => frame.contentDocument?.querySelector('support-finder')?.shadowRoot ?? null;
  await waitUntil(
    () => shadow()?.querySelector('.result-name'),
    'the bundled script showed no results (did "npm test" run its pretest step?)',
    {
      timeout: 5000,
    },
  );
  return shadow()!;
}

const names = (shadow: ShadowRoot) => [...shadow.querySelectorAll('.result-name')].map((el) => el.textContent!.trim());

describe('a script made by "support-finder bundle"', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the catalogue built into it, not the default one', async () => {
    const shadow = await bundledFinder('en');
    expect(names(shadow)).to.have.members(['Bundled Peer Circle', 'Bundled Family Night']);
    expect(shadow.querySelector('.banner')?.textContent).to.contain('9-8-8');
  });

  it('shows the French of its catalogue on a French page', async () => {
    const shadow = await bundledFinder('fr');
    expect(names(shadow)).to.include('Cercle de pairs intégré');
  });

  it('speaks a language its catalogue brings, with nothing else to load', async () => {
    const shadow = await bundledFinder('xa');
    expect(shadow.querySelector('label')?.textContent).to.equal('Xa search');
  });
});
