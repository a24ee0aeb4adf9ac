import { expect } from '@open-wc/testing';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { formatProblem } from '../../src/catalogue/messages.js';

const resource = (extra: Record<string, unknown> = {}) => ({
  id: 'warm-line',
  category: 'peer',
  name: { en: 'Warm Line', fr: 'Ligne d’écoute' },
  description: 'Talk to a peer.',
  ...extra,
});

/** The error messages of a parse, as a maintainer reads them. */
const errorsOf = (value: unknown) =>
  parseCatalogue(value)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);

describe('parseCatalogue', () => {
  it('accepts a minimal catalogue and an empty one', () => {
    expect(parseCatalogue({ version: 1, resources: [resource()] }).catalogue!.resources).to.have.length(1);
    expect(parseCatalogue({ version: 1, resources: [] }).problems).to.deep.equal([]);
  });

  describe('rejects the whole file, saying why, when', () => {
    it('it is not an object', () => {
      expect(errorsOf([1, 2])).to.deep.equal(['The file must be a JSON object with "version" and "resources"; got a list']);
      expect(parseCatalogue('x').catalogue).to.equal(null);
    });
    it('resources is missing', () => {
      expect(errorsOf({ version: 1 })).to.deep.equal(['"resources" is required but missing']);
    });
    it('the version is unknown', () => {
      expect(errorsOf({ version: 2, resources: [] })).to.deep.equal(['"version" must be 1 (the catalogue format version); got 2']);
    });
  });

  describe('skips one bad entry, naming it, and keeps the rest, when', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['the category is unknown', { category: 'therapy' }, '"category" must be one of peer, family, clinical; got "therapy"'],
      [
        'the website is not http(s)',
        { website: 'javascript:alert(1)' },
        '"website" must be a web address starting with https:// or http://',
      ],
      ['the phone has no digits', { phone: 'call us' }, '"phone" must contain at least one digit; got "call us"'],
      [
        'the phone has directions after the number',
        { phone: '519-766-4450, press 2' },
        '"phone" must be one phone number, such as 1-800-555-0199 x12 or 1-866-APPELLE; put "press 2" and the like in "hours" or the description; got "519-766-4450, press 2"',
      ],
      [
        'the phone holds two numbers',
        { phone: '519-555-0101 or 1-888-555-0102' },
        '"phone" holds two numbers; put the second in "hours" or the description; got "519-555-0101 or 1-888-555-0102"',
      ],
      [
        'the text number has a right-to-left override',
        { text: '\u202e0010-555-915' },
        '"text" holds an invisible control character; type the number again',
      ],
      [
        'the name shown beside the number has a right-to-left override',
        { name: { en: 'Warm\u202e Line' } },
        '"name.en" holds an invisible text-direction control character',
      ],
      ['the region has a bidi isolate', { region: '\u2067Guelph\u2069' }, '"region" holds an invisible text-direction control character'],
      ['a required field is missing', { name: undefined }, '"name" is required but missing'],
      ['a text has no language', { name: {} }, '"name" needs text in at least one language'],
      [
        'a text has a key that is not a language code',
        { name: { en: 'Warm line', Punjabi: 'ਵਾਰਮ ਲਾਈਨ' } },
        '"name.Punjabi" must be a language code such as "en", "pa" or "fr-CA"; got "Punjabi"',
      ],
      ['the date is malformed', { lastVerified: '23/11/2026' }, '"lastVerified" must be a date written YYYY-MM-DD'],
      ['the id has capitals', { id: 'Warm Line' }, '"id" must use only lower-case letters'],
      [
        'the schedule is neither "24/7" nor a list',
        { schedule: 'Mon-Fri' },
        '"schedule" must be "24/7" or a list of opening times such as [{ "days": ["mon"], "opens": "09:00", "closes": "17:00" }]; got "Mon-Fri"',
      ],
      ['the schedule is an empty list', { schedule: [] }, '"schedule" must list at least one opening time, or be "24/7"'],
      [
        'an opening time names an unknown day',
        { schedule: [{ days: ['monday'], opens: '09:00', closes: '17:00' }] },
        '"schedule[0].days[0]" must be one of mon, tue, wed, thu, fri, sat, sun; got "monday"',
      ],
      [
        'an opening time lacks its closing time',
        { schedule: [{ days: ['mon'], opens: '09:00' }] },
        '"schedule[0].closes" is required but missing',
      ],
      [
        'an opening time is not HH:MM',
        { schedule: [{ days: ['mon'], opens: '9am', closes: '17:00' }] },
        '"schedule[0].opens" must be a time written HH:MM from 00:00 to 23:59, such as 09:00; got "9am"',
      ],
      [
        'a closing time is past 24:00',
        { schedule: [{ days: ['mon'], opens: '09:00', closes: '24:30' }] },
        '"schedule[0].closes" must be a time written HH:MM from 00:00 to 24:00, such as 17:00; got "24:30"',
      ],
      [
        'an opening time opens and closes at once',
        { schedule: [{ days: ['mon'], opens: '09:00', closes: '09:00' }] },
        '"schedule[0]" opens and closes at the same time',
      ],
      [
        'the time zone is unknown',
        { timeZone: 'Eastern' },
        '"timeZone" must be a time zone name such as America/Toronto, America/Vancouver or America/Halifax; got "Eastern"',
      ],
    ];
    for (const [what, extra, message] of cases) {
      it(what, () => {
        const { catalogue, problems } = parseCatalogue({ version: 1, resources: [resource({ id: 'ok' }), resource(extra)] });
        expect(catalogue!.resources.map((r) => r.id)).to.deep.equal(['ok']);
        const id = typeof extra.id === 'string' ? extra.id : 'warm-line';
        expect(problems.map(formatProblem).join('\n')).to.contain(`resources[1] (id "${id}"): ${message}`);
      });
    }

    it('an id repeats', () => {
      const { catalogue, problems } = parseCatalogue({ version: 1, resources: [resource(), resource()] });
      expect(catalogue!.resources).to.have.length(1);
      expect(formatProblem(problems[0])).to.equal(
        'resources[1] (id "warm-line"): "id" repeats an id already used by an earlier resource; every id must be unique',
      );
    });

    it('a crisis line has no number', () => {
      const { catalogue, problems } = parseCatalogue({
        version: 1,
        crisis: { lines: [{ name: 'Local line', phone: '555-0100' }, { name: 'No number' }] },
        resources: [],
      });
      expect(catalogue!.crisis!.lines).to.have.length(1);
      expect(formatProblem(problems[0])).to.equal('crisis.lines[1] needs a "phone" or a "text" number');
    });
  });

  it('keeps a schedule and a time zone, including hours past midnight and 24:00', () => {
    const schedule = [
      { days: ['fri', 'sat'], opens: '18:00', closes: '02:00' },
      { days: ['sun'], opens: '00:00', closes: '24:00' },
    ];
    const { catalogue, problems } = parseCatalogue({
      version: 1,
      resources: [resource({ schedule, timeZone: 'America/St_Johns' }), resource({ id: 'always', schedule: '24/7' })],
    });
    expect(problems).to.deep.equal([]);
    expect(catalogue!.resources.map((r) => [r.schedule, r.timeZone])).to.deep.equal([
      [schedule, 'America/St_Johns'],
      ['24/7', undefined],
    ]);
  });

  it('drops unknown fields from what it returns', () => {
    const { catalogue } = parseCatalogue({ version: 1, resources: [resource({ colour: 'blue' })] });
    expect(catalogue!.resources[0]).to.not.have.property('colour');
  });
});
