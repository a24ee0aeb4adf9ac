import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SupportFinder } from '../../src/index.js';
import { countText, finder, hrefs, root, settled, typeQuery } from '../helpers.js';

const label = (el: Element) => root(el).querySelector('label')!.textContent;
const heading = (el: Element) => root(el).querySelector('#heading')!.textContent;
const banner = (el: Element) => root(el).querySelector('.banner')!;

/** Renders a finder with the attributes given, and waits until its list is shown. */
async function finderWith(attrs: { lang: string; translations?: string; fallback?: string; src?: string }) {
  const el = await fixture<SupportFinder>(
    html`<support-finder lang=${attrs.lang} translations=${attrs.translations ?? ''} fallback-lang=${attrs.fallback ?? ''} src=${attrs.src ?? ''}></support-finder>`,
  );
  for (const [name, value] of [
    ['translations', attrs.translations],
    ['fallback-lang', attrs.fallback],
    ['src', attrs.src],
  ]) {
    if (!value) el.removeAttribute(name!);
  }
  await settled(el);
  return el;
}

/** Console lines written while `run` runs (and nothing else printed). */
async function consoleDuring(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const [warn, error] = [console.warn, console.error];
  console.warn = console.error = (...args: unknown[]) => lines.push(args.join(' '));
  try {
    await run();
  } finally {
    [console.warn, console.error] = [warn, error];
  }
  return lines;
}

describe('a language the page adds', () => {
  it('with addTranslation, speaks it in every finder, those there before and those after, and the rest falls back key by key', async () => {
    const before = await finder({ lang: 'xb' });
    expect(heading(before)).to.equal('Find support');
    SupportFinder.addTranslation('xb', { heading: 'Xb heading', resultCount: { one: '{count} xb', other: '{count} xbs' } });
    await before.updateComplete;
    expect(heading(before)).to.equal('Xb heading');
    const after = await finder({ lang: 'xb-CA' });
    expect(heading(after)).to.equal('Xb heading');
    // Keys the table lacks show in English, the default fallback.
    expect(label(after)).to.equal('Search supports');
    expect(countText(after)).to.match(/^\d+ xbs$/);
    expect(root(after).querySelector('.frame')!.getAttribute('lang')).to.equal('xb-CA');
  });

  it('falls back to the language fallback-lang names', async () => {
    SupportFinder.addTranslation('xc', { heading: 'Xc heading' });
    const el = await finderWith({ lang: 'xc', fallback: 'fr' });
    expect(heading(el)).to.equal('Xc heading');
    expect(label(el)).to.equal('Rechercher du soutien');
    expect(countText(el)).to.match(/ressources trouvées$/);
  });

  it('reads tags as pages write them: fr_CA is French, and a tag that is not one is English', async () => {
    const french = await finderWith({ lang: 'fr_CA' });
    expect(label(french)).to.equal('Rechercher du soutien');
    // French plural rules, not English ones: 0 is singular.
    await typeQuery(french, 'zzzzqqq');
    expect(countText(french)).to.equal('0 ressource trouvée');
    const odd = await finderWith({ lang: '@@', fallback: '!!' });
    expect(label(odd)).to.equal('Search supports');
    expect(countText(odd)).to.match(/supports found$/);
  });

  it('in a language without any table, speaks the fallback language', async () => {
    const el = await finderWith({ lang: 'de', fallback: 'fr' });
    expect(label(el)).to.equal('Rechercher du soutien');
    expect(root(el).querySelector('.frame')!.getAttribute('lang')).to.equal('fr');
  });
});

describe('a translation file named by the translations attribute', () => {
  it('shows the banner’s numbers in the fallback language at once, then the file’s words, and its crisis phrases raise the alert', async () => {
    const el = await fixture<SupportFinder>(
      html`<support-finder lang="pa" translations="/test/fixtures/translations/pa-partial.json"></support-finder>`,
    );
    // First paint: the file is still on its way; the banner is whole and right.
    expect(hrefs(banner(el))).to.include.members(['tel:988', 'sms:988', 'tel:911']);
    expect(banner(el).textContent).to.contain('Call or text 9-8-8');
    // Marked as the English it is, for screen readers, until the Punjabi arrives.
    expect(root(el).querySelector('.frame')!.getAttribute('lang')).to.equal('en');
    await settled(el);
    await waitUntil(() => label(el) === 'ਸਹਾਇਤਾ ਖੋਜੋ', 'the translation never arrived');
    expect(heading(el)).to.equal('ਸਹਾਇਤਾ ਲੱਭੋ');
    expect(root(el).querySelector('.frame')!.getAttribute('lang')).to.equal('pa');
    expect(countText(el)).to.match(/ਸਹਾਇਤਾਵਾਂ ਮਿਲੀਆਂ$/);
    expect(hrefs(banner(el))).to.include.members(['tel:988', 'sms:988', 'tel:911']);
    await typeQuery(el, 'ਖੁਦਕੁਸ਼ੀ');
    expect(root(el).querySelector('[role="alert"]')?.textContent).to.contain('9-1-1');
  });

  it('that fails to load leaves the finder in the fallback language, and says which file in the console', async () => {
    let el!: SupportFinder;
    const lines = await consoleDuring(async () => {
      el = await finderWith({ lang: 'pa', translations: '/test/fixtures/translations/missing.json' });
      await new Promise((r) => setTimeout(r, 200));
    });
    expect(lines.join('\n')).to.contain('"/test/fixtures/translations/missing.json" could not be fetched: the server answered 404');
    expect(label(el)).to.equal('Search supports');
    expect(hrefs(banner(el))).to.include.members(['tel:988', 'sms:988', 'tel:911']);
  });

  it('that is not JSON is named in the console, and English shows', async () => {
    let el!: SupportFinder;
    const lines = await consoleDuring(async () => {
      el = await finderWith({ lang: 'pa', translations: '/test/fixtures/translations/not-json.json' });
      await new Promise((r) => setTimeout(r, 200));
    });
    expect(lines.join('\n')).to.contain('"/test/fixtures/translations/not-json.json" is not valid JSON');
    expect(heading(el)).to.equal('Find support');
  });

  it('with wrong keys keeps its good ones and names each wrong one; a changed crisis number never shows', async () => {
    let el!: SupportFinder;
    const lines = await consoleDuring(async () => {
      el = await finderWith({ lang: 'pa', translations: '/test/fixtures/translations/malformed.json' });
      await waitUntil(() => heading(el) === 'ਸਹਾਇਤਾ ਲੱਭੋ', 'the good key never showed');
    });
    const said = lines.join('\n');
    for (const key of ['searchLabel', 'resultCount', 'call988', 'headng']) {
      expect(said).to.contain(`"/test/fixtures/translations/malformed.json", key "${key}"`);
    }
    expect(label(el)).to.equal('Search supports');
    expect(countText(el)).to.match(/supports found$/);
    expect(banner(el).textContent).to.contain('Call 9-8-8');
    expect(banner(el).textContent).not.to.contain('ਕਾਲ ਕਰੋ 9-1-1');
  });
});

describe('a catalogue that brings translations', () => {
  it('speaks its words in that language, so a bundled file needs nothing else', async () => {
    const el = await finderWith({ lang: 'pa', src: '/test/fixtures/translations/catalogue-pa.json' });
    expect(label(el)).to.equal('ਸਹਾਇਤਾ ਖੋਜੋ');
    expect(countText(el)).to.equal('3 ਸਹਾਇਤਾਵਾਂ ਮਿਲੀਆਂ');
    // The catalogue's own text has no Punjabi: English, the fallback, shows.
    expect(heading(el)).to.equal('Test Branch supports');
  });
});
