import { expect } from '@open-wc/testing';
import { draftToResource, resourceToDraft } from '../../src/builder/draft.js';
import { fillColumn, mergeEntries } from '../../src/builder/draft-merge.js';
import { fingerprint, readDraft, storeDraft } from '../../src/builder/draft-storage.js';
import { metaToFileDraft } from '../../src/builder/file-draft.js';

const entry = (id: string, extra: Record<string, unknown> = {}) =>
  resourceToDraft({ id, category: 'peer', name: { en: id }, description: { en: `About ${id}` }, ...extra });

describe('builder drafts, without the page', () => {
  describe('lists', () => {
    it('are shown with ; and read back with ; or , for codes, ; only for search words', () => {
      const draft = resourceToDraft({ id: 'a', languages: ['en', 'fr'], tags: ['walk-in, drop-in', 'peer'] });
      expect(draft.values.languages).to.equal('en; fr');
      expect(draft.values.tags).to.equal('walk-in, drop-in; peer');
      draft.values.languages = 'en, fr; ar';
      expect(draftToResource(draft)).to.deep.include({ languages: ['en', 'fr', 'ar'], tags: ['walk-in, drop-in', 'peer'] });
    });
  });

  describe('updating entries from a spreadsheet', () => {
    it('takes filled cells for the same id, keeps the page’s words where a cell is empty, adds new rows and keeps the page’s own entries', () => {
      const mine = [entry('a', { name: { en: 'A', fr: 'A en français' } }), entry('only-here')];
      const sheet = [entry('new'), entry('a', { name: { en: 'A (renamed)' }, website: 'https://example.org' })];
      const { drafts, report } = mergeEntries(mine, sheet);
      expect(drafts.map(draftToResource).map((r) => [r.id, r.name])).to.deep.equal([
        ['new', { en: 'new' }],
        ['a', { en: 'A (renamed)', fr: 'A en français' }],
        ['only-here', { en: 'only-here' }],
      ]);
      expect(draftToResource(drafts[1]!).website).to.equal('https://example.org');
      expect(report.updated).to.equal(1);
      expect(report.added).to.equal(1);
      expect(report.kept.map((d) => d.values.id)).to.deep.equal(['only-here']);
    });

    it('reads a column late into the fields still blank only', () => {
      const typed = entry('a', { organization: { en: 'Typed here' } });
      const blank = entry('b');
      const incoming = entry('x', { organization: { en: 'From the column' }, audiences: ['youth'] });
      expect(fillColumn(typed, incoming, 'organization_en').values['organization.en']).to.equal('Typed here');
      expect(fillColumn(blank, incoming, 'organization_en').values['organization.en']).to.equal('From the column');
      expect(fillColumn(blank, incoming, 'audiences').audiences).to.deep.equal(['youth']);
    });
  });

  describe('the draft kept in this browser', () => {
    it('comes back as it was stored, with fresh keys', () => {
      const drafts = [entry('a'), entry('b')];
      const file = metaToFileDraft({ version: 1, title: 'Branch', crisis: { lines: [{ name: 'Line', phone: '1-800-555-0199' }] } });
      const text = storeDraft({ baseName: 'branch', drafts, file, selected: drafts[1]!.key, clean: 'x' }, new Date('2026-12-06T12:00:00Z'));
      const back = readDraft(text)!;
      expect(back.drafts.map(draftToResource)).to.deep.equal(drafts.map(draftToResource));
      expect(back.drafts[0]!.key).to.not.equal(drafts[0]!.key);
      expect(back.selected).to.equal(back.drafts[1]!.key);
      expect(back.file.values['title.en']).to.equal('Branch');
      expect(back.file.lines[0]!.values.phone).to.equal('1-800-555-0199');
      expect([back.baseName, back.clean, back.savedAt]).to.deep.equal(['branch', 'x', '2026-12-06T12:00:00.000Z']);
    });

    it('is ignored when it is not a draft this page wrote', () => {
      for (const text of [null, '', 'not json', '{"version":2}', '{"version":1,"drafts":[1],"file":{}}']) {
        expect(readDraft(text), String(text)).to.equal(null);
      }
    });

    it('tells changed files apart by a short fingerprint', () => {
      expect(fingerprint('{"a":1}')).to.equal(fingerprint('{"a":1}'));
      expect(fingerprint('{"a":1}')).to.not.equal(fingerprint('{"a":2}'));
    });
  });
});
