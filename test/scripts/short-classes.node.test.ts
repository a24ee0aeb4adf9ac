// The build's short-classes plugin: class names written out in the styles and
// templates ship short, and only where nothing else in the built file (code,
// text, a class bound at run time, a test of the built file) reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { shortenClasses, shortenCustomProperties } from '../../scripts/short-classes-plugin.mjs';

const sheet = '.quick-exit-note{font-size:.8em}.chip,.crisis-link{color:red}.panel:not(.open){display:none}';
const templates =
  'html`<p class="quick-exit-note">x</p><button class="chip">y</button><a class="crisis-link">z</a>' +
  '<div class=${o?`panel open`:`panel`}></div>`';

test('a class only the styles and a written class attribute name is shortened in both, alike', () => {
  const { code, renamed } = shortenClasses(`w\`${sheet}\`;${templates};`, [sheet]);
  const short = renamed!.get('quick-exit-note')!;
  assert.ok(short.length < 3);
  assert.ok(code.includes(`.${short}{font-size:.8em}`));
  assert.ok(code.includes(`<p class="${short}">x</p>`));
  assert.ok(!code.includes('quick-exit-note'));
});

test('a class the code also reads, a class bound at run time and a kept class keep their names', () => {
  const code = `w\`${sheet}\`;${templates};e.querySelector(\`.chip\`);`;
  const { code: out, renamed } = shortenClasses(code, [sheet], ['crisis-link']);
  assert.deepEqual([...renamed!.keys()], ['quick-exit-note']);
  for (const kept of ['.chip,.crisis-link{', 'class="chip"', 'class="crisis-link"', '.panel:not(.open)', '`panel open`'])
    assert.ok(out.includes(kept), kept);
});

test('a short name is never a class or a quoted word the file already has', () => {
  const code = `w\`${sheet}\`;${templates};x=\`a\`;y="b";html\`<i class="c"></i>\`;`;
  const { renamed } = shortenClasses(code, [sheet]);
  assert.equal(renamed!.get('quick-exit-note'), 'd');
});

test('an empty stylesheet changes nothing', () => {
  const code = `w\`${sheet}\`;w\`\`;${templates};`;
  assert.deepEqual(shortenClasses(code, [sheet, '']), shortenClasses(code, [sheet]));
});

test('nothing is renamed when a stylesheet is not in the file as written', () => {
  const code = `w\`.quick-exit-note{font-size:.9em}\`;${templates};`;
  assert.deepEqual(shortenClasses(code, [sheet]), { code, renamed: null });
});

test("the private custom properties of the styles are shortened in the styles and in the code alike, and a page's --sf-* are not", () => {
  const styles = ':host{--_accent:var(--sf-accent,#00548a)}.b{color:var(--_accent);top:var(--_banner,0px)}';
  const code = `w\`${styles}\`;e.style.setProperty(\`--_banner\`,x);y=\`--_a\`;`;
  const out = shortenCustomProperties(code, [styles]);
  assert.ok(!out.includes('--_accent') && !out.includes('--_banner'));
  assert.ok(out.includes('--sf-accent'));
  const [, accent] = /\{(--_\w+):var\(--sf-accent/.exec(out)!;
  assert.ok(out.includes(`color:var(${accent})`));
  const [, banner] = /top:var\((--_\w+),0px\)/.exec(out)!;
  assert.ok(out.includes(`setProperty(\`${banner}\`,x)`));
  assert.notEqual(accent, '--_a', 'a name the file already has is not reused');
  assert.notEqual(banner, '--_a');
});

/** Tests and benchmark pages that look into the built finder's shadow root. */
const OF_THE_BUILT_FILE = [
  'test/components/host-page.test.ts',
  'test/components/bundled-script.test.ts',
  'test/components/privacy.test.ts',
  'bench/page-lib.ts',
  'bench/paint.html',
];

test('every class a test or benchmark of the built file looks for is still a class there (or on its own page)', () => {
  const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  /** The words of every class attribute in `html`, also those a binding interrupts. */
  const classes = (html: string) => new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap(([, list]) => list.split(/\s+/)));
  const built = classes(read('dist/support-finder.iife.js'));
  const pages = classes(
    readdirSync(new URL('../pages/', import.meta.url))
      .map((name) => read(`test/pages/${name}`))
      .join('\n'),
  );
  const missing: string[] = [];
  for (const path of OF_THE_BUILT_FILE)
    // Every quoted selector, also those handed to a helper (`style('.crisis-link')`).
    for (const [, selector] of read(path).matchAll(/'((?:[.#]|[a-z]+[.[])[\w\s.#,>:[\]="^*()-]*)'/g))
      for (const [, cls] of selector.matchAll(/\.([a-z][\w-]*)/g)) if (!built.has(cls) && !pages.has(cls)) missing.push(`${path}: .${cls}`);
  assert.deepEqual(missing, []);
});
