// Build plugin: the class names of the finder's styles (`quick-exit-note`,
// `filters-toggle`), written out for people who read the source, ship as one
// or two letters. They live inside the shadow root, where no page's CSS or
// script reaches, so only the built file itself has to agree with itself.
//
// A class is shortened only when it stands in one of the styles (css`…`) and
// in a template's written class attribute, and no string of the built file
// could name it otherwise: not as a selector (`querySelector('.chip')`, any
// word after a dot), not in a string of words alone (a class bound at run time
// as `'filter-panel open'`, an event or attribute name), not in a class
// attribute that a binding interrupts (`class="detail ${…}"`). The names in
// `keep` keep theirs too: those the tests of the built file look up, which
// test/scripts/short-classes.node.test.ts checks are still there. A short name
// is never one the file already uses as a class or a quoted word. If a
// stylesheet cannot be found in the built file as the styles' plugin wrote it,
// nothing is renamed and the build says so.
//
// The styles' private custom properties (`--_accent`, `--_crisis-text`: the
// project's own, apart from the `--sf-*` a page sets) are shortened the same
// way, everywhere in the file (the element sets `--_banner` from its code).
import { parseAst } from 'rollup/parseAst';
import { walk } from './ast-walk.mjs';

const TEMPLATE = /\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g;
const SELECTOR_CLASS = /\.(-?[_a-zA-Z][\w-]*)/g;
const CLASS_ATTRIBUTE = /\bclass="([^"]*)"/g;

const escape = (name) => name.replace(/[-$]/g, '\\$&');

/** Every name a string of `code` (the stylesheets aside) could use as a class, as the comment above says. */
function namesRead(code, sheets) {
  const read = new Set();
  const words = (text) => {
    for (const word of text.split(/\s+/)) if (word) read.add(word);
  };
  const add = (text) => {
    if (sheets.has(text)) return;
    for (const [, name] of text.matchAll(SELECTOR_CLASS)) read.add(name);
    if (/^\s*[\w-]+(?:\s+[\w-]+)*\s*$/.test(text)) words(text);
    const before = /\bclass="([^"]*)$/.exec(text);
    if (before) words(before[1]);
    const after = /^([^"<>=]*)"/.exec(text);
    if (after) words(after[1]);
  };
  walk(parseAst(code), (node) => {
    if (node.type === 'Literal' && typeof node.value === 'string') add(node.value);
    else if (node.type === 'TemplateElement') add(node.value.raw);
  });
  return read;
}

function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let length = 1; ; length++) {
    const at = Array(length).fill(0);
    for (;;) {
      yield at.map((i) => letters[i]).join('');
      let i = length - 1;
      while (i >= 0 && ++at[i] === letters.length) at[i--] = 0;
      if (i < 0) break;
    }
  }
}

/**
 * `code` with the classes of `sheets` (the raw text of each css`…` template,
 * as written into `code`) but those of `keep` shortened where that is safe;
 * `renamed` maps each class to its short name, null when a sheet was not found.
 */
export function shortenClasses(code, sheets, keep = []) {
  sheets = new Set(sheets);
  const spans = [];
  for (const sheet of sheets) {
    if (!sheet) continue;
    let at = code.indexOf(sheet);
    if (at < 0) return { code, renamed: null };
    for (; at >= 0; at = code.indexOf(sheet, at + sheet.length)) spans.push({ start: at, end: at + sheet.length, sheet: true });
  }
  const inSheet = (i) => spans.some((s) => i >= s.start && i < s.end);
  const styled = new Set();
  for (const sheet of sheets) for (const [, name] of sheet.matchAll(SELECTOR_CLASS)) styled.add(name);
  const written = new Set();
  for (const m of code.matchAll(CLASS_ATTRIBUTE)) {
    const start = m.index + 'class="'.length;
    // A class attribute with a binding (`class="detail ${…}"`) is left whole.
    if (inSheet(m.index) || m[1].includes('${')) continue;
    spans.push({ start, end: start + m[1].length, sheet: false });
    for (const name of m[1].split(/\s+/)) if (name) written.add(name);
  }
  spans.sort((a, b) => a.start - b.start);
  const read = namesRead(code, sheets);

  const count = (name) => spans.reduce((n, s) => n + code.slice(s.start, s.end).split(name).length - 1, 0);
  const names = [...styled]
    .filter((name) => written.has(name) && !keep.includes(name) && !read.has(name))
    .map((name) => ({ name, weight: count(name) * name.length }))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1))
    .map(({ name }) => name);
  const renamed = new Map();
  const next = shortNames();
  for (const name of names) {
    let short;
    do short = next.next().value;
    while (styled.has(short) || written.has(short) || read.has(short));
    renamed.set(name, short);
  }
  if (!renamed.size) return { code, renamed };

  let out = '';
  let pos = 0;
  for (const s of spans) {
    const text = code.slice(s.start, s.end);
    out += code.slice(pos, s.start);
    out += s.sheet
      ? text.replace(SELECTOR_CLASS, (whole, name) => (renamed.has(name) ? `.${renamed.get(name)}` : whole))
      : text.replace(/[^\s]+/g, (name) => renamed.get(name) ?? name);
    pos = s.end;
  }
  return { code: out + code.slice(pos), renamed };
}

const CUSTOM_PROPERTY = /--_[a-zA-Z][\w-]*/g;

/** `code` with each private custom property of `sheets` (`--_name`) written `--_` and one or two letters. */
export function shortenCustomProperties(code, sheets) {
  const defined = new Set();
  for (const sheet of sheets) for (const [name] of sheet.matchAll(CUSTOM_PROPERTY)) defined.add(name);
  const all = new Set(code.match(CUSTOM_PROPERTY));
  const count = (name) => code.split(name).length - 1;
  const names = [...defined].sort((a, b) => count(b) * b.length - count(a) * a.length || (a < b ? -1 : 1));
  const renamed = new Map();
  const next = shortNames();
  for (const name of names) {
    let short;
    do short = `--_${next.next().value}`;
    while (all.has(short));
    renamed.set(name, short);
  }
  return code.replace(CUSTOM_PROPERTY, (name) => renamed.get(name) ?? name);
}

export function shortClasses({ keep = [] } = {}) {
  const sheets = new Set();
  /** A css`…` template this plugin cannot read whole (with a binding, or outside a styles file): nothing is renamed. */
  let unread = '';
  return {
    name: 'support-finder:short-classes',
    // After the styles' own plugin: the sheets as they will stand in the built file.
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\bcss`/.test(code)) return null;
      const found = [...code.matchAll(TEMPLATE)];
      if (!/\.styles\.ts$/.test(id) || found.length !== code.match(/\bcss`/g).length) unread ||= id;
      for (const [, raw] of found) sheets.add(raw);
      return null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !sheets.size) continue;
        if (unread) {
          this.warn(`${unread}: a css\`…\` template with a binding or outside a .styles.ts file; class names left whole`);
          continue;
        }
        const { code, renamed } = shortenClasses(file.code, sheets, keep);
        if (renamed) file.code = shortenCustomProperties(code, sheets);
        else this.warn(`${file.fileName}: a stylesheet is not in the built file as written; class names left whole`);
      }
    },
  };
}
