import { expect } from '@open-wc/testing';
import { LOAD_LIMITS, loadCatalogue } from '../../src/catalogue/load.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { finder, hrefs, root } from '../helpers.js';

function served(value: unknown): string {
  return URL.createObjectURL(new Blob([typeof value === 'string' ? value : JSON.stringify(value)], { type: 'application/json' }));
}

async function failure(load: Promise<unknown>): Promise<string> {
  try {
    await load;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'no error';
}

/** What checking the whole file at once gives. */
async function wholeOf(url: string) {
  return parseCatalogue(await (await fetch(url)).json());
}

describe('loading a catalogue in slices', () => {
  it('gives what checking the whole file gives, for a good file and for one with bad entries', async () => {
    for (const url of ['/test/fixtures/good.json', '/test/fixtures/one-bad-entry.json']) {
      const sliced = await loadCatalogue(url);
      const whole = await wholeOf(url);
      expect(sliced.catalogue).to.deep.equal(whole.catalogue);
      expect(sliced.problems).to.deep.equal(whole.problems);
    }
  });

  it('numbers bad entries and repeated ids across slices as in the file', async () => {
    const resources = Array.from({ length: 250 }, (_, i) => ({ id: `r${i}`, category: 'peer', name: `R ${i}`, description: 'Fine.' }));
    resources[180] = { ...resources[180]!, category: 'nonsense' };
    resources[230] = { ...resources[230]!, id: 'r5' };
    const url = served({ version: 1, resources });
    const sliced = await loadCatalogue(url);
    const whole = await wholeOf(url);
    expect(sliced.catalogue!.resources.map((r) => r.id)).to.deep.equal(whole.catalogue!.resources.map((r) => r.id));
    expect(sliced.problems.map((p) => p.path)).to.deep.equal(whole.problems.map((p) => p.path));
    expect(sliced.problems.map((p) => p.message)).to.deep.equal(whole.problems.map((p) => p.message));
    URL.revokeObjectURL(url);
  });

  it('says what is wrong with broken, wrong and missing files, and where', async () => {
    const version2 = served('{"version": 2, "resources": []}');
    for (const [url, error] of [
      ['/test/fixtures/broken.json', 'is not valid JSON: the file ends too early: a "}" or "]" is missing (in resources[0])'],
      ['/test/fixtures/wrong-root.json', 'must be a JSON object with "version" and "resources" (in the file)'],
      ['/test/fixtures/does-not-exist.json', '"/test/fixtures/does-not-exist.json" could not be fetched: the server answered 404'],
      [version2, `is not a valid catalogue:\n  "version"`],
    ]) {
      expect(await failure(loadCatalogue(url!)), url)
        .to.contain(`CatalogueLoadError: `)
        .and.contain(error);
    }
  });

  it('names the entry where a file stops being JSON, however large the file', async () => {
    const entry = (i: number) => `  {"id": "r${i}", "category": "peer", "name": "R ${i}", "description": "Fine."}`;
    const lines = Array.from({ length: 3000 }, (_, i) => entry(i));
    const at = (text: string) => served(`{"version": 1,\n "resources": [\n${text}\n]}`);
    for (const [broken, error] of [
      ['  {"id": yes, "category": "peer"}', /is not valid JSON: Unexpected token 'y'.* \(in resources\[2500\]\)$/s],
      [
        '  {"id": "r2500", "category": "peer", "rank": 1.2.3}',
        /is not valid JSON: Expected ',' or '}' after property value \(in resources\[2500\]\)$/,
      ],
      ['  {"id": "r2500"}}', /is not valid JSON: an unexpected "}" \(in resources\)$/],
    ] as const) {
      lines[2500] = broken;
      expect(await failure(loadCatalogue(at(lines.join(',\n')))), broken).to.match(error);
    }
  });

  it('says where a value outside the entries is written wrongly', async () => {
    const url = served('{"version": 1,\n "title": "Caf\\x",\n "resources": []}');
    expect(await failure(loadCatalogue(url))).to.match(/is not valid JSON: Bad escaped character \(in the file\)$/);
  });

  it('asks for a missing or broken file once, not again to word the error', async () => {
    for (const [url, error] of [
      ['/test/fixtures/does-not-exist.json', /could not be fetched: the server answered 404/],
      ['/test/fixtures/broken.json', /is not valid JSON: .*\(in resources\[0\]\)/],
    ] as const) {
      // Counted on the way to the real fetch, which still answers.
      const realFetch = window.fetch;
      let asked = 0;
      window.fetch = (...args) => (asked++, realFetch(...args));
      try {
        expect(await failure(loadCatalogue(url))).to.match(error);
      } finally {
        window.fetch = realFetch;
      }
      expect(asked, url).to.equal(1);
    }
  });
});

describe('loading a catalogue as it arrives', () => {
  const entry = (i: number) => ({ category: 'peer', description: `Service ${i}.`, id: `r${i}`, name: `Entry ${i}` });

  it('reads a file whose keys are sorted alphabetically, as loadCatalogue does', async () => {
    const url = served({ resources: Array.from({ length: 2000 }, (_, i) => entry(i)), version: 1 });
    const sliced = await loadCatalogue(url);
    const whole = await wholeOf(url);
    expect(sliced.catalogue!.resources.length).to.equal(2000);
    expect(sliced.catalogue).to.deep.equal(whole.catalogue);
    URL.revokeObjectURL(url);
  });

  it('leaves out an entry with a field written twice, escaped or not, and says why', async () => {
    const url = served(
      '{"version": 1, "resources": [{"id": "a", "category": "peer", "name": "A", "description": "B"}, {"id": "b", "category": "peer", "name": "B", "description": "C", "c\\u0061tegory": "family"}]}',
    );
    const result = await loadCatalogue(url);
    expect(result.catalogue!.resources.map((r) => r.id)).to.deep.equal(['a']);
    expect(result.problems.map((p) => [p.path, p.message])).to.deep.equal([
      [['resources', 1], 'has the field "category" twice; keep one (programs disagree on which of the two counts)'],
    ]);
    URL.revokeObjectURL(url);
  });

  it('refuses a file with its list of resources written twice, as the CLI does', async () => {
    const url = served(
      '{"version": 1, "resources": [], "resourc\\u0065s": [{"id": "a", "category": "peer", "name": "A", "description": "B"}]}',
    );
    expect(await failure(loadCatalogue(url))).to.match(/CatalogueLoadError: .*has the field "resources" twice.*\(in the file\)/);
    URL.revokeObjectURL(url);
  });

  it('refuses a byte that is not UTF-8, as the CLI does', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"version": 1, "title": "Caf'),
      0xe9,
      ...new TextEncoder().encode('", "resources": []}'),
    ]);
    const url = URL.createObjectURL(new Blob([bytes]));
    expect(await failure(loadCatalogue(url))).to.match(/CatalogueLoadError: .*is not UTF-8/);
    URL.revokeObjectURL(url);
  });
});

describe('when a catalogue is too large or stops arriving', () => {
  const saved = { ...LOAD_LIMITS };
  const realFetch = window.fetch;
  afterEach(() => {
    Object.assign(LOAD_LIMITS, saved);
    window.fetch = realFetch;
  });

  async function loadError(src: string) {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const el = await finder({ src });
      return { el, errors: errors.join('\n') };
    } finally {
      console.error = original;
    }
  }

  it('stops above the size limit with the load-error message, and the banner stays', async () => {
    LOAD_LIMITS.maxBytes = 2000;
    const url = served({
      version: 1,
      resources: Array.from({ length: 100 }, (_, i) => ({ id: `r${i}`, category: 'peer', name: `R ${i}`, description: 'Fine.' })),
    });
    const { el, errors } = await loadError(url);
    expect(root(el).querySelector('.error')!.textContent).to.contain('could not be loaded');
    expect(hrefs(root(el).querySelector('.banner')!)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    expect(errors).to.contain('is larger than');
    URL.revokeObjectURL(url);
  });

  it('stops when nothing arrives for a while, with the load-error message, and the banner stays', async () => {
    LOAD_LIMITS.stallMs = 300;
    // A server that sends the start of the file, then nothing, without closing.
    window.fetch = async () =>
      new Response(
        new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"version": 1, "resources": [')) }),
        { status: 200 },
      );
    const { el, errors } = await loadError('/slow.json');
    expect(root(el).querySelector('.error')!.textContent).to.contain('could not be loaded');
    expect(hrefs(root(el).querySelector('.banner')!)).to.deep.equal(['tel:988', 'sms:988', 'tel:911']);
    expect(errors).to.contain('stopped arriving');
  });
});
