// The validator's messages in French for the French builder page; the CLI keeps its English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { csvToCatalogue, formatCsvProblem } from '../../src/catalogue/csv.js';
import { formatProblem } from '../../src/catalogue/messages.js';
import { frenchMessage, RULES_FR } from '../../src/catalogue/messages-fr.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { RULES } from '../../src/catalogue/vocabulary.js';

describe('the French wording of validation messages', () => {
  test('every rule of the format has French wording', () => {
    const missing = Object.keys(RULES).filter((key) => !RULES_FR[key as keyof typeof RULES]);
    assert.deepEqual(missing, [], `add French to RULES_FR in src/catalogue/messages-fr.ts for: ${missing.join(', ')}`);
  });

  test('every problem of a catalogue full of mistakes is reworded, location and value included', () => {
    const bad = {
      version: 1,
      updated: 'Sept 1, 2026',
      crisis: { lines: [{ name: 'Night', website: 'ftp://x' }], terms: 'crisis' },
      resources: [
        { id: 'A b', category: 'therapy', name: '', description: { de: 'x' }, email: 'x', website: 'www.x.org', languages: ['English'] },
        {
          id: 'c',
          category: 'peer',
          name: 'C',
          description: 'C',
          province: 'x',
          schedule: 'Mon',
          timeZone: 'Mars/Olympus',
          lastVerified: '2026-13-01',
        },
        { id: 'c', category: 'peer', name: 'C', description: 'C', coordinates: { lat: 100, lng: 'x' }, address: { province: 'Ontario' } },
        { id: 'd', category: 'peer', name: { en: 'D', Punjabi: 'ਡੀ' }, description: {}, hours: 5 },
      ],
    };
    const top = parseCatalogue(bad).problems;
    const parts = parseCatalogue({ ...bad, updated: undefined, crisis: { lines: bad.crisis.lines } }).problems;
    const messages = [...top, ...parts].map(formatProblem);
    assert.ok(messages.length > 12, `only ${messages.length} messages`);
    for (const message of messages) {
      const french = frenchMessage(message);
      assert.ok(french, `no French for: ${message}`);
      assert.doesNotMatch(french!, /\b(must|got|is required|did you mean)\b/, french);
    }
  });

  test('a spreadsheet’s messages are reworded with their row and column', () => {
    const csv = 'id,category,name_en,description_en,lat,lng,schedule,notes\nok,Peer Support,A,,abc,,Mon-Fri 9-5,x\n';
    const messages = csvToCatalogue(csv).rejected.map(formatCsvProblem);
    for (const message of messages) assert.ok(frenchMessage(message), `no French for: ${message}`);
    assert.equal(
      frenchMessage(messages.find((m) => m.includes('"category"'))!),
      'ligne 2 (identifiant «\u00a0ok\u00a0»), colonne «\u00a0category\u00a0»\u00a0: doit être l’une de ces valeurs\u00a0: peer, family, clinical\u202f; valeur donnée\u00a0: «\u00a0peer support\u00a0»\u202f; vouliez-vous dire «\u00a0peer\u00a0»\u202f?',
    );
  });

  test('a spreadsheet column in a language that is not a language code is reworded', () => {
    const [problem] = csvToCatalogue('id,category,name_en,name_Punjabi,description_en\nx,peer,A,B,C\n').fileErrors.map(formatCsvProblem);
    assert.equal(
      frenchMessage(problem!),
      'ligne 1, colonne «\u00a0name_Punjabi\u00a0»\u00a0: n’est pas un nom de colonne\u00a0: après «\u00a0name_\u00a0» vient un code de langue comme en, fr, pa ou fr-CA, par exemple «\u00a0name_pa\u00a0»',
    );
  });

  test('a message of an unknown shape is left for the page to show in English', () => {
    assert.equal(frenchMessage('has a problem nobody has worded yet'), undefined);
  });
});
