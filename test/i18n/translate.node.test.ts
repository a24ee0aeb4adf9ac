// The translator: placeholders, plurals by the language's rules, and words falling back key by key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { translator } from '../../src/i18n/translate.js';
import { clock } from '../../src/i18n/clock.js';
import { chainFor, crisisTermsOf } from '../../src/i18n/translations.js';
import en from '../../src/i18n/tables/en.json';
import fr from '../../src/i18n/tables/fr.json';

const english = translator([['en', en]]);
const french = translator([
  ['fr', fr],
  ['en', en],
]);

describe('counting', () => {
  test('counts in each language’s grammar: French treats 0 as singular', () => {
    assert.deepEqual(
      [0, 1, 2].map((count) => english('resultCount', { count })),
      ['0 supports found', '1 support found', '2 supports found'],
    );
    assert.deepEqual(
      [0, 1, 2].map((count) => french('resultCount', { count })),
      ['0 ressource trouvée', '1 ressource trouvée', '2 ressources trouvées'],
    );
  });

  test('a plural without the form the language needs uses "other"', () => {
    const polish = translator([
      ['pl', { resultCount: { one: '{count} wsparcie', other: '{count} wsparć' } }],
      ['en', en],
    ]);
    assert.equal(polish('resultCount', { count: 3 }), '3 wsparć');
  });
});

describe('times of day', () => {
  test('English and French write them as their readers do', () => {
    assert.deepEqual(
      [0, 540, 570, 720, 1020, 1439, 1440].map((m) => clock(english, m)),
      ['midnight', '9 am', '9:30 am', 'noon', '5 pm', '11:59 pm', 'midnight'],
    );
    assert.deepEqual(
      [0, 540, 570, 720, 1020, 1440].map((m) => clock(french, m)),
      ['minuit', '9\u00a0h', '9\u00a0h\u00a030', '12\u00a0h', '17\u00a0h', 'minuit'],
    );
    assert.equal(english('opensAtDay', { time: clock(english, 540), day: english('weekdays.0') }), 'opens Monday 9 am');
    assert.equal(french('closesAt', { time: clock(french, 1440) }), 'ferme à minuit');
  });

  test('a language without clock words gets the browser’s format for it, not English’s', () => {
    const german = translator([
      ['de', { heading: 'Hilfe finden' }],
      ['en', en],
    ]);
    assert.equal(clock(german, 1020), new Intl.DateTimeFormat('de', { hour: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, 17)));
    assert.notEqual(clock(german, 1020), '5 pm');
  });
});

describe('falling back', () => {
  test('a key the language lacks comes from the fallback language, then English', () => {
    const chain = chainFor('pa', 'fr', { pa: { heading: 'ਸਹਾਇਤਾ ਲੱਭੋ', 'crisis.terms': ['ਖੁਦਕੁਸ਼ੀ'] } });
    const t = translator(chain);
    assert.equal(t.lang, 'pa');
    assert.equal(t('heading'), 'ਸਹਾਇਤਾ ਲੱਭੋ');
    assert.equal(t('loading'), 'Chargement des ressources…');
    assert.deepEqual(crisisTermsOf(chain), ['ਖੁਦਕੁਸ਼ੀ']);
  });

  test('a language without any table speaks its fallback, found by primary subtag', () => {
    assert.deepEqual(
      chainFor('de', 'fr-CA').map(([lang]) => lang),
      ['fr-CA', 'en'],
    );
    assert.equal(translator(chainFor('de', 'fr-CA'))('heading'), 'Trouver du soutien');
    assert.equal(translator(chainFor('fr-CA', 'en'))('heading'), 'Trouver du soutien');
  });
});
