import { expect, waitUntil } from '@open-wc/testing';
import { html, render } from 'lit';
import fc from 'fast-check';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { mailtoHref, smsHref, telHref, webHref } from '../../src/catalogue/links.js';
import type { Resource } from '../../src/catalogue/schema.js';
import { renderResult } from '../../src/components/result-list.js';
import en from '../../src/i18n/tables/en.json';
import { translator } from '../../src/i18n/translate.js';
import { finder, hrefs, root } from '../helpers.js';

const SAFE_LINK = /^(https?:|tel:\+?\d+(;ext=\d+)?$|sms:\+?\d+$|mailto:)/;

// Text that looks like markup, script, or just very long words.
const nastyText = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom('<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=alert(1)>'),
  fc.string({ minLength: 200, maxLength: 400 }).map((s) => `x${s.replace(/\s/g, 'y')}`),
);
const text = fc.oneof(
  nastyText.filter((s) => s.trim().length > 0),
  fc.record({ en: nastyText.filter((s) => s.trim().length > 0), fr: nastyText.filter((s) => s.trim().length > 0) }),
);

const validResource = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    category: fc.constantFrom('peer', 'family', 'clinical'),
    name: text,
    description: text,
    phone: fc.stringMatching(/^1-8\d\d-555-01\d\d$/),
    website: fc.constantFrom('https://example.org/', 'http://example.org/a?b=<c>'),
    hours: text,
    tags: fc.array(nastyText, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'category', 'name', 'description'] },
);

const anyResource = fc.oneof(validResource, fc.anything(), fc.record({ id: fc.string(), category: fc.string() }));

describe('hostile catalogue data', () => {
  it('never crashes the parser, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseCatalogue(value);
        expect(result.catalogue === null || Array.isArray(result.catalogue.resources)).to.be.true;
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every valid entry and loses no entry without a reported problem', () => {
    fc.assert(
      fc.property(fc.array(anyResource, { maxLength: 12 }), (resources) => {
        const { catalogue, problems } = parseCatalogue({ version: 1, resources });
        const kept = new Set(catalogue!.resources);
        const reported = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path[1]));
        expect(catalogue!.resources.length + reported.size).to.equal(resources.length);
        expect(kept.size).to.equal(catalogue!.resources.length);
      }),
      { numRuns: 200 },
    );
  });

  it('renders random catalogues as text, with the banner, only safe links, and nothing run', async function () {
    this.timeout(30000);
    const original = console.warn;
    console.warn = () => {};
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(anyResource, { maxLength: 6 }), async (resources) => {
          const { catalogue } = parseCatalogue({ version: 1, resources });
          const url = URL.createObjectURL(new Blob([JSON.stringify({ version: 1, resources })], { type: 'application/json' }));
          try {
            const el = await finder({ src: url });
            expect(root(el).querySelectorAll('.result')).to.have.length(catalogue!.resources.length);
            expect(hrefs(root(el).querySelector('.banner')!).slice(0, 3)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
            expect(root(el).querySelector('.results img, .results script, .results svg')).to.equal(null);
            // Apart from the finder's own two links within itself ("Skip to results", "Back to search").
            const links = hrefs(root(el).querySelector('.finder')!).filter((h) => h !== '#count' && h !== '#query');
            for (const href of links) expect(href).to.match(SAFE_LINK);
            expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
            el.remove();
          } finally {
            URL.revokeObjectURL(url);
          }
        }),
        { numRuns: 15 },
      );
    } finally {
      console.warn = original;
    }
  });

  describe('links, even from data that skipped validation', () => {
    it('renders only http(s), tel, sms and mailto links', async () => {
      const resource = {
        id: 'bypass',
        category: 'peer',
        name: 'Bypass',
        description: 'Came from a file nobody validated.',
        website: 'javascript:window.__pwned=1',
        phone: 'javascript:alert(1)',
        text: 'data:text/html,hi',
        email: 'x@y.org?body=<script>',
      } as unknown as Resource;
      const container = document.createElement('ul');
      render(html`${renderResult({ resource, t: translator([['en', en]]), lang: 'en', onAction: () => {} })}`, container);
      for (const href of hrefs(container)) expect(href).to.match(SAFE_LINK);
      expect(container.querySelector('a[href^="javascript"], a[href^="data"]')).to.equal(null);
    });

    it('turns phone numbers into tel: links of digits only, with the extension as RFC 3966 writes it', () => {
      expect(telHref('1-888-555-0199')).to.equal('tel:18885550199');
      expect(telHref('(519) 555-0100 x123')).to.equal('tel:5195550100;ext=123');
      expect(telHref('+1 888 555 0199')).to.equal('tel:+18885550199');
      expect(telHref('519-555-0100, press 2')).to.equal(undefined);
      expect(telHref('no digits')).to.equal(undefined);
      expect(smsHref('686868')).to.equal('sms:686868');
      expect(webHref('JavaScript:alert(1)')).to.equal(undefined);
      expect(webHref('data:text/html,x')).to.equal(undefined);
      expect(webHref('https://example.org/a b')).to.equal('https://example.org/a%20b');
      expect(mailtoHref('a@b.org')).to.equal('mailto:a@b.org');
      expect(mailtoHref('javascript:a@b')).to.equal(undefined);
    });
  });

  it('wraps very long words instead of overflowing', async () => {
    const el = await finder({ src: '/test/fixtures/long-text.json' });
    await waitUntil(() => root(el).querySelector('.result'));
    const result = root(el).querySelector<HTMLElement>('.result')!;
    expect(result.scrollWidth).to.be.at.most(result.clientWidth + 1);
  });
});
