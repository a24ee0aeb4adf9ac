import { expect } from '@open-wc/testing';
import { $, download, errorFor, fixtureText, openedWith, previewShows, retype } from './builder-helpers.js';

const ALL = ['Weekday Warm Line', 'Always Line', 'Halifax Night Line', 'Family Group'];

describe('<support-finder-builder>: opening times', () => {
  it('shows an entry’s schedule as the spreadsheet’s one line, and its time zone', async () => {
    const el = await openedWith('hours.json', await fixtureText('hours.json'));
    expect($<HTMLInputElement>(el, '#f-schedule').value).to.equal('Mon-Fri 09:00-17:00');
    expect($<HTMLInputElement>(el, '#f-timeZone').value).to.equal('');
  });

  it('says what is wrong with a line it cannot read, next to the field, and keeps the entry out of the preview', async () => {
    const el = await openedWith('hours.json', await fixtureText('hours.json'));
    await retype(el, '#f-schedule', 'Mon-Fri 9-5');
    expect($(el, '#f-schedule').getAttribute('aria-invalid')).to.equal('true');
    expect(errorFor(el, '#f-schedule')).to.contain('"9-5" is not an opening time; write it as 09:00-17:00');
    await previewShows(el, ALL.slice(1));

    await retype(el, '#f-schedule', 'lun-ven 9 h-17 h 30; sam 10:00-14:00');
    expect($(el, '#f-schedule').getAttribute('aria-invalid')).to.equal('false');
    await previewShows(el, ALL);
    const entry = JSON.parse(await download(el, '#download-json')).resources[0];
    expect(entry.schedule).to.deep.equal([
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:30' },
      { days: ['sat'], opens: '10:00', closes: '14:00' },
    ]);
  });

  it('checks the time zone name', async () => {
    const el = await openedWith('hours.json', await fixtureText('hours.json'));
    await retype(el, '#f-timeZone', 'Pacific');
    expect(errorFor(el, '#f-timeZone')).to.contain('must be a time zone name such as America/Toronto');
    await retype(el, '#f-timeZone', 'America/Vancouver');
    expect(errorFor(el, '#f-timeZone')).to.equal('');
    expect(JSON.parse(await download(el, '#download-json')).resources[0].timeZone).to.equal('America/Vancouver');
  });

  it('keeps a schedule the file wrote in a shape it cannot show as one line, so nothing is lost', async () => {
    const file = JSON.parse(await fixtureText('hours.json'));
    file.resources[0].schedule = [{ days: 'mon', opens: '09:00', closes: '17:00' }];
    const el = await openedWith('odd.json', JSON.stringify(file));
    expect($<HTMLInputElement>(el, '#f-schedule').value).to.equal('[{"days":"mon","opens":"09:00","closes":"17:00"}]');
    expect($(el, '#f-schedule').getAttribute('aria-invalid')).to.equal('true');
  });
});
