import { expect } from '@open-wc/testing';
import { choiceOptions, copyDraft, draftToResource, emptyDraft, readText, resourceToDraft, writeText } from '../../src/builder/draft.js';

// The builder's form holds each entry as a draft of strings; these
// conversions must give back what was opened, field for field, in the order
// docs/CATALOGUE.md writes fields, and never drop what the form cannot edit.
const full = {
  id: 'weekday-line',
  category: 'peer',
  name: { en: 'Weekday Warm Line', fr: 'Ligne de semaine' },
  description: { en: 'Talk to a peer on weekdays.', fr: 'Parler à un pair en semaine.' },
  organization: 'CMHA Example',
  phone: '519-555-0101',
  text: '686868',
  email: 'info@example.org',
  website: 'https://example.org/warm-line',
  address: { street: '1 Main St', city: 'Guelph', province: 'ON', postalCode: 'N1H 1A1' },
  region: 'Waterloo Wellington',
  coordinates: { lat: 43.5448, lng: -80.2482 },
  audiences: ['adults', 'youth'],
  languages: ['en', 'fr'],
  delivery: ['phone', 'text'],
  cost: 'free',
  referral: 'self',
  hours: { en: 'Monday to Friday, 9 a.m. to 5 p.m.', fr: 'Du lundi au vendredi, de 9 h à 17 h' },
  schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }],
  timeZone: 'America/Toronto',
  tags: ['warm line', 'peer'],
  lastVerified: '2026-11-01',
  source: 'https://example.org/about',
};

describe('an entry opened in the builder', () => {
  it('is written back as it was, every field in the documented order', () => {
    const back = draftToResource(resourceToDraft(full));
    expect(back).to.deep.equal(full);
    expect(Object.keys(back)).to.deep.equal(Object.keys(full));
  });

  it('shows lists and the schedule as the one-line text the form edits', () => {
    const draft = resourceToDraft(full);
    expect(draft.values.languages).to.equal('en; fr');
    expect(draft.values.tags).to.equal('warm line; peer');
    expect(draft.values.schedule).to.equal('Mon-Fri 09:00-17:00');
    expect(draft.values['address.city']).to.equal('Guelph');
    expect(draft.values['name.fr']).to.equal('Ligne de semaine');
  });

  it('keeps fields the form has no control for, and fields of a newer format', () => {
    const entry = { id: 'x', category: 'peer', name: 'X', description: 'Y', futureField: { a: 1 } };
    expect(draftToResource(resourceToDraft(entry))).to.deep.equal(entry);
  });

  it('keeps schedule text that is not a schedule as typed, so validation can name the problem', () => {
    const draft = resourceToDraft({ id: 'x', category: 'peer', name: 'X', description: 'Y' });
    draft.values.schedule = 'weekdays, mostly';
    expect(draftToResource(draft).schedule).to.equal('weekdays, mostly');
  });

  it('reads an entry of the wrong shape as an empty one to fill in, its empty id kept for validation to ask for', () => {
    for (const input of [null, 'text', [1, 2], 42]) expect(draftToResource(resourceToDraft(input))).to.deep.equal({ id: '' });
  });
});

describe('a text field in two languages', () => {
  it('stays a plain string when it was one and no French was added', () => {
    const { en, fr, plain } = readText('Warm line');
    expect({ en, fr, plain }).to.deep.equal({ en: 'Warm line', fr: '', plain: true });
    expect(writeText(en, fr, plain)).to.equal('Warm line');
    expect(writeText(en, 'Ligne', plain)).to.deep.equal({ en: 'Warm line', fr: 'Ligne' });
  });

  it('is left out when both languages are blank, and trimmed otherwise', () => {
    expect(writeText('  ', '', false)).to.equal(undefined);
    expect(writeText('', ' Ligne ', false)).to.deep.equal({ fr: 'Ligne' });
  });
});

describe('a new or copied entry', () => {
  it('starts empty, its id following the name until the id is edited', () => {
    const draft = emptyDraft('new-entry');
    expect(draft.autoId).to.equal(true);
    expect(draftToResource(draft)).to.deep.equal({ id: 'new-entry' });
  });

  it('is copied under a new key and id, sharing nothing with the original', () => {
    const original = resourceToDraft(full);
    const copy = copyDraft(original, 'weekday-line-2');
    expect(copy.key).to.not.equal(original.key);
    expect(copy.autoId).to.equal(false);
    copy.audiences.push('families');
    expect(original.audiences).to.deep.equal(['adults', 'youth']);
    expect(draftToResource(copy)).to.deep.equal({ ...full, id: 'weekday-line-2', audiences: ['adults', 'youth', 'families'] });
  });

  it('offers every known audience, and an unknown one the file holds so it can be unticked', () => {
    const draft = resourceToDraft({ ...full, audiences: ['youth', 'astronauts'] });
    const options = choiceOptions(draft, 'audiences');
    expect(options).to.include('older-adults');
    expect(options.at(-1)).to.equal('astronauts');
  });
});
