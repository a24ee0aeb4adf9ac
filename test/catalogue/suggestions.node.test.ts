// The obvious fixes offered for values typed as people write them: by the builder page (one press) and `from-csv` ("did you mean").
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestColumn, suggestDate, suggestFor, suggestWebAddress } from '../../src/catalogue/suggestions.js';
import { runCli, scratch } from '../cli/run-cli.js';

describe('when a date is written as people write dates', () => {
  test('month names in English or French, slashes, and a time after the date are read', () => {
    assert.equal(suggestDate('Sept 1, 2026'), '2026-09-01');
    assert.equal(suggestDate('September 1st 2026'), '2026-09-01');
    assert.equal(suggestDate('1er septembre 2026'), '2026-09-01');
    assert.equal(suggestDate('6 déc. 2026'), '2026-12-06');
    assert.equal(suggestDate('2026/9/1'), '2026-09-01');
    assert.equal(suggestDate('2026-09-01 00:00:00'), '2026-09-01');
  });

  test('day and month are told apart only when the numbers say which is which', () => {
    assert.equal(suggestDate('13/09/2026'), '2026-09-13');
    assert.equal(suggestDate('09/13/2026'), '2026-09-13');
    assert.equal(suggestDate('03/04/2026'), undefined);
  });

  test('no date that does not exist, and nothing for words that are not a date', () => {
    assert.equal(suggestDate('Feb 30, 2026'), undefined);
    assert.equal(suggestDate('last week'), undefined);
    assert.equal(suggestDate('2026'), undefined);
  });
});

describe('when a web address lacks its https://', () => {
  test('https:// is added to a host name, and a broken scheme is mended', () => {
    assert.equal(suggestWebAddress('www.cmhariverside.ca/family'), 'https://www.cmhariverside.ca/family');
    assert.equal(suggestWebAddress('example.org'), 'https://example.org');
    assert.equal(suggestWebAddress('http//example.org/a'), 'http://example.org/a');
    assert.equal(suggestWebAddress('https:/example.org'), 'https://example.org');
  });

  test('another kind of address, or a word, gets no fix', () => {
    for (const text of ['javascript:alert(1)', 'mailto:info@example.org', 'example', 'see our site', 'https://example.org']) {
      assert.equal(suggestWebAddress(text), undefined, text);
    }
  });
});

describe('when a fixed word is written as the page shows it', () => {
  test('a category, cost or audience written as its label, in English or French and any case, becomes its code', () => {
    assert.equal(suggestFor('category', 'Peer Support'), 'peer');
    assert.equal(suggestFor('category', 'SERVICES CLINIQUES'), 'clinical');
    assert.equal(suggestFor('category', 'Family & caregiver support'), 'family');
    assert.equal(suggestFor('cost', 'Gratuit'), 'free');
    assert.deepEqual(suggestFor('audiences', ['Personnes aînées', 'youth']), ['older-adults', 'youth']);
    assert.deepEqual(suggestFor('delivery', ['in person', 'Online']), ['in-person', 'virtual']);
  });

  test('a word that is none of them gets no guess', () => {
    assert.equal(suggestFor('category', 'therapy'), undefined);
    assert.equal(suggestFor('audiences', ['seniors']), undefined);
  });

  test('language names in English or French become two-letter codes', () => {
    assert.deepEqual(suggestFor('languages', 'English, French'), ['en', 'fr']);
    assert.deepEqual(suggestFor('languages', 'anglais et français'), ['en', 'fr']);
    assert.deepEqual(suggestFor('languages', ['Mandarin', 'Punjabi']), ['zh', 'pa']);
    assert.deepEqual(suggestFor('languages', 'EN; FR'), ['en', 'fr']);
    assert.equal(suggestFor('languages', 'en; fr'), undefined);
    assert.equal(suggestFor('languages', 'Klingon'), undefined);
  });

  test('a column header is matched to the column it most likely meant', () => {
    assert.equal(suggestColumn('Organization'), 'organization_en');
    assert.equal(suggestColumn('Organisation'), 'organization_en');
    assert.equal(suggestColumn('e-mail'), 'email');
    assert.equal(suggestColumn('Notes'), undefined);
  });
});

describe('when from-csv meets these values', () => {
  test('it offers the same fixes in its messages', () => {
    const dir = scratch();
    const csv = join(dir, 'riverside.csv');
    writeFileSync(
      csv,
      [
        'id,category,name_en,description_en,website,languages,lastVerified,Organisation',
        'recovery-college,Peer Support,Recovery College,Courses,www.example.org/college,"English, French",Sept 1 2026,CMHA',
      ].join('\n'),
    );
    const run = runCli('from-csv', csv, '-o', join(dir, 'out.json'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /column "category": must be one of peer, family, clinical; got "peer support"; did you mean "peer"\?/);
    assert.match(run.stderr, /column "website": .*; did you mean "https:\/\/www\.example\.org\/college"\?/);
    assert.match(run.stderr, /column "languages": .*; did you mean "en; fr"\?/);
    assert.match(run.stderr, /column "lastVerified": .*; did you mean "2026-09-01"\?/);
    assert.match(run.stderr, /column "Organisation": is not a catalogue column.*did you mean "organization_en"\?/);
  });
});
