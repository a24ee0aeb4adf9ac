import { expect } from '@open-wc/testing';
import { formatScheduleText, parseScheduleText } from '../../src/hours/schedule-text.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('the one-line schedule', () => {
  describe('reads', () => {
    it('days and times as the spreadsheet template writes them', () => {
      expect(parseScheduleText('Mon-Fri 09:00-17:00; Sat 10:00-14:00')).to.deep.equal({
        schedule: [
          { days: WEEKDAYS, opens: '09:00', closes: '17:00' },
          { days: ['sat'], opens: '10:00', closes: '14:00' },
        ],
      });
    });
    it('24/7', () => {
      expect(parseScheduleText(' 24 / 7 ')).to.deep.equal({ schedule: '24/7' });
    });
    it('French day names and times written 9 h 30', () => {
      expect(parseScheduleText('lundi au vendredi 9 h 30 – 17 h; sam. 10h-14h')).to.deep.equal({
        schedule: [
          { days: WEEKDAYS, opens: '09:30', closes: '17:00' },
          { days: ['sat'], opens: '10:00', closes: '14:00' },
        ],
      });
    });
    it('full English names, lists of days, several times a day, and "daily"', () => {
      expect(parseScheduleText('Monday to Wednesday, Friday 9:00-12:00, 13:00-17:00')).to.deep.equal({
        schedule: [
          { days: ['mon', 'tue', 'wed', 'fri'], opens: '09:00', closes: '12:00' },
          { days: ['mon', 'tue', 'wed', 'fri'], opens: '13:00', closes: '17:00' },
        ],
      });
      expect(parseScheduleText('Daily 18:00-24:00')).to.deep.equal({
        schedule: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '18:00', closes: '24:00' }],
      });
    });
    it('ranges that wrap past Sunday, and hours past midnight', () => {
      expect(parseScheduleText('Fri-Mon 18:00-02:00')).to.deep.equal({
        schedule: [{ days: ['fri', 'sat', 'sun', 'mon'], opens: '18:00', closes: '02:00' }],
      });
    });
  });

  describe('explains what to fix when', () => {
    const errorOf = (text: string) => (parseScheduleText(text) as { error: string }).error;
    it('a day is misspelt', () => expect(errorOf('Mun-Fri 09:00-17:00')).to.match(/^"Mun" is not a day; write Mon, Tue/));
    it('a time is not on the 24-hour clock (9-5 would otherwise mean 9 to 5 the next morning)', () => {
      expect(errorOf('Mon 9-5')).to.match(/^"9-5" is not an opening time; write it as 09:00-17:00/);
      expect(errorOf('Mon 09:00-25:00')).to.match(/is not an opening time/);
      expect(errorOf('Mon 24:00-02:00')).to.match(/is not an opening time/);
    });
    it('the days or the times are missing', () => {
      expect(errorOf('Mon-Fri')).to.match(/^"Mon-Fri" needs days, then times/);
      expect(errorOf('09:00-17:00')).to.match(/needs days, then times/);
      expect(errorOf(' ; ')).to.match(/^is empty/);
    });
    it('a day is named twice, or a range opens and closes at once', () => {
      expect(errorOf('Mon-Fri, Tue 09:00-17:00')).to.equal('names Tue twice in "Mon-Fri, Tue"');
      expect(errorOf('Mon 09:00-09:00')).to.match(/opens and closes at the same time; for a whole day write 00:00-24:00/);
    });
  });

  describe('writes', () => {
    it('the plain form, which reads back to the same schedule', () => {
      const schedules = [
        '24/7' as const,
        [
          { days: WEEKDAYS, opens: '09:00', closes: '17:00' },
          { days: ['sat', 'sun'], opens: '10:00', closes: '14:00' },
        ],
        [{ days: ['mon', 'wed', 'thu', 'sun'], opens: '18:00', closes: '02:00' }],
        [{ days: ['fri', 'sat', 'sun', 'mon'], opens: '00:00', closes: '24:00' }],
        [{ days: ['wed', 'mon'], opens: '08:30', closes: '16:30' }],
      ] as Parameters<typeof formatScheduleText>[0][];
      expect(formatScheduleText(schedules[1]!)).to.equal('Mon-Fri 09:00-17:00; Sat-Sun 10:00-14:00');
      expect(formatScheduleText(schedules[2]!)).to.equal('Mon, Wed-Thu, Sun 18:00-02:00');
      for (const schedule of schedules) {
        expect(parseScheduleText(formatScheduleText(schedule))).to.deep.equal({ schedule });
      }
    });
  });
});
