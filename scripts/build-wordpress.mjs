// The WordPress plugin: `wordpress/` with the version from package.json, the
// finder's and the builder's current scripts, and compiled translations, in
// dist/wordpress/support-finder/ (the folder the tests mount) and zipped as
// dist/support-finder-wordpress.zip (one top-level folder, as WordPress expects).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parsePo, toJed, toMo } from './po.mjs';
import { writeZip } from './zip.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join('dist', 'wordpress', 'support-finder');

rmSync(join('dist', 'wordpress'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync('wordpress', out, { recursive: true });

const rewrite = (file, change) => writeFileSync(join(out, file), change(readFileSync(join(out, file), 'utf8')));
rewrite('support-finder.php', (php) =>
  php
    .replace(/^( \* Version:\s*).*$/m, `$1${version}`)
    .replace(/define\( 'SUPPORT_FINDER_VERSION', '[^']*' \)/, `define( 'SUPPORT_FINDER_VERSION', '${version}' )`),
);
rewrite('readme.txt', (txt) => txt.replace(/^Stable tag:.*$/m, `Stable tag: ${version}`));

mkdirSync(join(out, 'assets'));
cpSync(join('dist', 'support-finder.iife.js'), join(out, 'assets', 'support-finder.iife.js'));
cpSync(join('dist', 'support-finder-builder.js'), join(out, 'assets', 'support-finder-builder.js'));

for (const po of readdirSync(join(out, 'languages')).filter((f) => f.endsWith('.po'))) {
  const base = po.slice(0, -3);
  let entries;
  try {
    entries = parsePo(readFileSync(join(out, 'languages', po), 'utf8'));
  } catch (e) {
    throw new Error(`wordpress/languages/${po}: ${e.message}`);
  }
  writeFileSync(join(out, 'languages', `${base}.mo`), toMo(entries));
  const locale = base.replace(/^support-finder-/, '');
  // The name WordPress looks for first: text domain, locale, script handle (one file per editor script).
  for (const handle of ['support-finder-editor', 'support-finder-editor-language']) {
    writeFileSync(join(out, 'languages', `${base}-${handle}.json`), toJed(entries, locale));
  }
}

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const inZip = relative(join('dist', 'wordpress'), path).split(sep).join('/');
    if (statSync(path).isDirectory()) {
      files.push({ name: `${inZip}/` });
      walk(path);
    } else files.push({ name: inZip, data: readFileSync(path) });
  }
};
files.push({ name: 'support-finder/' });
walk(out);
writeZip(join('dist', 'support-finder-wordpress.zip'), files);
console.log(`Built dist/support-finder-wordpress.zip (plugin version ${version})`);
