// The build's collapse-html plugin: the indentation inside lit's html`…`
// templates does not ship, and nothing whose white space shows is changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'rollup/parseAst';
import { collapseHtml } from '../../scripts/collapse-html-plugin.mjs';

const run = (code: string) =>
  collapseHtml().transform.call({ parse: (c: string) => parseAst(c) }, code, '/project/src/components/x.ts')?.code ?? code;

test('a line break and the indentation around it become one line break, in every part of a template', () => {
  const code = 'const t = (a) => html`<ul>\n      <li class="a\n   b">${a}</li>\n    ${html`<p>\n  one two\n</p>`}\n  </ul>`;';
  assert.equal(run(code), 'const t = (a) => html`<ul>\n<li class="a\nb">${a}</li>\n${html`<p>\none two\n</p>`}\n</ul>`;');
});

test('spaces without a line break, other strings and css templates are left as written', () => {
  const code = 'const s = `a\n   b`; const c = css`a {\n  color: red; }`; const h = html`<b>one</b>  <i>two</i>`;';
  assert.equal(run(code), code);
});

test('a template showing preformatted text is left as written', () => {
  const code = 'const t = html`<pre>\n  indented\n</pre>`; const u = html`<textarea>\n  x\n</textarea>`;';
  assert.equal(run(code), code);
});
