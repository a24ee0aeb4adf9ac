// Writes data/translations/template.json: the finder's English words with a
// note on each key for translators (ARB's "@key" convention). The notes are
// kept from the template itself; a key new in English gets a "TODO" note,
// which the test of the template refuses until someone describes it.
import { readFileSync, writeFileSync } from 'node:fs';

const englishFile = new URL('../src/i18n/tables/en.json', import.meta.url);
const templateFile = new URL('../data/translations/template.json', import.meta.url);

const english = JSON.parse(readFileSync(englishFile, 'utf8'));
let previous = {};
try {
  previous = JSON.parse(readFileSync(templateFile, 'utf8'));
} catch {
  // No template yet: every note starts as a TODO.
}

const HEADER = {
  '@@note':
    'Template for translating the words of <support-finder>. Copy this file, name it after your language (finder-pa.json, finder-zh-Hant.json…) or add "@@locale": "pa" at its top, translate each value and leave the keys as they are. Keep {placeholders} as written, and every crisis number (9-8-8, 9-1-1) exactly. A value may be plural forms, {"one": "…", "other": "…"}, with the forms your language uses. The "@" notes may stay or go: the finder ignores them. Check the result with: support-finder check-translation FILE.json',
};
const CRISIS_TERMS = {
  'crisis.terms': [],
  '@crisis.terms': {
    description:
      'Optional: phrases in your language that suggest a person may be in danger ("I want to die"). When the search box holds one, the finder shows its crisis alert. Written and reviewed by people who know the language and crisis work; never machine translated.',
  },
};

const template = { ...HEADER };
for (const [key, value] of Object.entries(english)) {
  if (key.startsWith('@')) continue;
  template[key] = value;
  template[`@${key}`] = previous[`@${key}`] ?? { description: 'TODO: where this shows, and how long it may be' };
}
Object.assign(template, CRISIS_TERMS);
writeFileSync(templateFile, `${JSON.stringify(template, null, 2)}\n`);
console.log(`Wrote data/translations/template.json (${Object.keys(english).length} keys)`);
