import { expect } from '@open-wc/testing';
import {
  areaFromName,
  areaLabel,
  areaName,
  bannerLines,
  localAreas,
  provinceChoices,
  PROVINCES,
  regionName,
  servedIn,
  serves,
  toProvince,
} from '../../src/catalogue/areas.js';
import type { CrisisLine, Resource } from '../../src/catalogue/schema.js';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { formatProblem } from '../../src/catalogue/messages.js';

const entry = (id: string, extra: Partial<Resource> = {}): Resource => ({
  id,
  category: 'peer',
  name: id,
  description: id,
  ...extra,
});
const line = (name: string, extra: Partial<CrisisLine> = {}): CrisisLine => ({ name, phone: '1-800-555-0199', ...extra });

const national = entry('national', { areas: ['CA'] });
const ontario = entry('ontario', { areas: ['ON'] });
const toronto = entry('toronto', { areas: ['ON'], region: 'Toronto' });
const quebec = entry('quebec', { areas: ['QC'] });
const montreal = entry('montreal', { areas: ['QC'], region: 'Montréal' });
const unstated = entry('unstated', { region: 'Somewhere' });
const resources = [national, ontario, toronto, quebec, montreal, unstated];

const lines = {
  kids: line('Kids Help Phone', { areas: ['CA'], audiences: ['youth', 'children'] }),
  quebec: line('1 866 APPELLE', { areas: ['QC'] }),
  toronto: line('408-HELP', { areas: ['ON'], region: 'Toronto' }),
  ontario: line('Ontario line', { areas: ['ON'] }),
  branch: line('Branch line', { region: 'Guelph' }),
  national: line('National line', { areas: ['CA'] }),
};
const allLines = Object.values(lines);
const names = (list: CrisisLine[]) => list.map((l) => l.name);

describe('areas: provinces and territories by name', () => {
  it('names all thirteen and Canada in English and French', () => {
    expect(PROVINCES).to.have.length(13);
    expect(areaName('QC', 'en')).to.equal('Quebec');
    expect(areaName('QC', 'fr')).to.equal('Québec');
    expect(areaName('PE', 'fr')).to.equal('Île-du-Prince-Édouard');
    expect(areaName('NT', 'en')).to.equal('Northwest Territories');
    expect(areaName('CA', 'fr')).to.equal('Canada');
  });
  it('reads a code written in any case, and takes all of Canada as no province', () => {
    expect(toProvince(' qc ')).to.equal('QC');
    expect(toProvince('CA')).to.equal(null);
    expect(toProvince('Ontario')).to.equal(null);
    expect(toProvince(null)).to.equal(null);
  });
  it('finds the code of a name in either language, accents aside', () => {
    expect(areaFromName('Québec')).to.equal('QC');
    expect(areaFromName('quebec')).to.equal('QC');
    expect(areaFromName('Colombie-Britannique')).to.equal('BC');
    expect(areaFromName('Canada')).to.equal('CA');
    expect(areaFromName('Toronto')).to.equal(null);
  });
});

describe('areas: who serves where', () => {
  it('serves a province with its own entries, national ones and those with no areas', () => {
    expect(servedIn(resources, 'ON').map((r) => r.id)).to.deep.equal(['national', 'ontario', 'toronto', 'unstated']);
    expect(servedIn(resources, 'QC').map((r) => r.id)).to.deep.equal(['national', 'quebec', 'montreal', 'unstated']);
  });
  it('lists everything with no province chosen', () => {
    expect(servedIn(resources, null)).to.deep.equal(resources);
    expect(serves(quebec, null)).to.equal(true);
  });
  it('offers only the local areas of the entries that serve the province', () => {
    expect(localAreas(resources, 'ON')).to.deep.equal(['Toronto', 'Somewhere']);
    expect(localAreas(resources, 'QC')).to.deep.equal(['Montréal', 'Somewhere']);
    expect(localAreas(resources, null)).to.deep.equal(['Toronto', 'Montréal', 'Somewhere']);
  });
});

describe('areas: the place choice', () => {
  it('offers the provinces the catalogue names, sorted by name in the language of the page', () => {
    const withLines = [line('x', { areas: ['BC', 'NU'] })];
    expect(provinceChoices(resources, withLines, 'en')).to.deep.equal(['BC', 'NU', 'ON', 'QC']);
    // Colombie-Britannique, Nunavut, Ontario, Québec; Île-du-Prince-Édouard sorts among the I's.
    expect(provinceChoices([entry('a', { areas: ['PE', 'NS'] })], [], 'fr')).to.deep.equal(['PE', 'NS']);
  });
  it('offers none when every entry is national or unstated, so the choice is not shown', () => {
    expect(provinceChoices([national, unstated], [lines.kids], 'en')).to.deep.equal([]);
  });
});

describe('areas: the banner lines', () => {
  it('keeps provincial and local lines out with no province chosen, and audience lines out with no audience', () => {
    expect(names(bannerLines(allLines, { province: null }))).to.deep.equal(['Branch line', 'National line']);
  });
  it('adds the chosen province’s lines, in the catalogue’s order', () => {
    expect(names(bannerLines(allLines, { province: 'QC' }))).to.deep.equal(['1 866 APPELLE', 'Branch line', 'National line']);
    expect(names(bannerLines(allLines, { province: 'ON' }))).to.deep.equal(['Ontario line', 'Branch line', 'National line']);
  });
  it('shows a local line only in its local area, chosen or preset', () => {
    expect(names(bannerLines(allLines, { province: 'ON', regions: ['Toronto'] }))).to.deep.equal([
      '408-HELP',
      'Ontario line',
      'Branch line',
      'National line',
    ]);
    expect(names(bannerLines(allLines, { province: 'ON', regions: ['Ottawa'] }))).to.not.include('408-HELP');
    expect(names(bannerLines(allLines, { province: 'QC', regions: ['Toronto'] }))).to.not.include('408-HELP');
  });
  it('shows a line for particular people when the page or the person chose one of its audiences', () => {
    expect(names(bannerLines(allLines, { province: null, audiences: ['youth'] }))).to.include('Kids Help Phone');
    expect(names(bannerLines(allLines, { province: 'QC', audiences: ['families'] }))).to.not.include('Kids Help Phone');
  });
  it('always shows a line written without areas, whatever its region label', () => {
    for (const place of [{ province: null }, { province: 'NU' as const }, { province: 'ON' as const, regions: ['Toronto'] }]) {
      expect(names(bannerLines(allLines, place))).to.include('Branch line');
    }
    expect(bannerLines(undefined, { province: null })).to.deep.equal([]);
  });
});

describe('areas: names on the French page', () => {
  it('writes a province named as a region in the language of the page', () => {
    expect(regionName('Quebec', 'fr')).to.equal('Québec');
    expect(regionName('Nova Scotia', 'fr')).to.equal('Nouvelle-Écosse');
    expect(regionName('Quebec', 'en')).to.equal('Quebec');
  });
  it('writes the built-in local areas in French and leaves other names as written', () => {
    expect(regionName('Vancouver Island', 'fr')).to.equal('Île de Vancouver');
    expect(regionName('Toronto', 'fr')).to.equal('Toronto');
  });
  it('labels a result with its local area, else its provinces, else Canada', () => {
    expect(areaLabel(montreal, 'fr')).to.equal('Montréal');
    expect(areaLabel(entry('x', { areas: ['QC', 'ON'] }), 'fr')).to.equal('Québec, Ontario');
    expect(areaLabel(national, 'en')).to.equal('Canada');
    expect(areaLabel(entry('y'), 'en')).to.equal('');
  });
});

describe('areas: in a catalogue file', () => {
  it('keeps good areas and audiences, and skips an entry or line with a bad code, saying where', () => {
    const { catalogue, problems } = parseCatalogue({
      version: 1,
      resources: [entry('good', { areas: ['ON'] }), { ...entry('bad'), areas: ['Ontario'] }],
      crisis: { lines: [line('Youth line', { areas: ['QC'], audiences: ['youth'] }), { ...line('Bad line'), areas: ['on'] }] },
    });
    expect(catalogue!.resources.map((r) => r.id)).to.deep.equal(['good']);
    expect(catalogue!.crisis!.lines!.map((l) => [l.name, l.areas, l.audiences])).to.deep.equal([['Youth line', ['QC'], ['youth']]]);
    expect(problems.map(formatProblem)).to.deep.equal([
      'resources[1] (id "bad"): "areas[0]" must be one of CA, AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT; got "Ontario"',
      'crisis.lines[1]: "areas[0]" must be one of CA, AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT; got "on"',
    ]);
  });
});
