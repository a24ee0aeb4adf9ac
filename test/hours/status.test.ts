import { expect } from '@open-wc/testing';
import type { Resource } from '../../src/catalogue/schema.js';
import { hoursStatus, isOpenAt } from '../../src/hours/status.js';

const resource = (schedule: Resource['schedule'], timeZone?: string): Resource => ({
  id: 'line',
  category: 'peer',
  name: 'Line',
  description: 'A line.',
  ...(schedule !== undefined && { schedule }),
  ...(timeZone && { timeZone }),
});

const weekdays = resource([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }]);
const at = (iso: string) => new Date(iso);
// 0 = Monday … 6 = Sunday; minute of the local day.
const MON = 0,
  TUE = 1,
  FRI = 4,
  SAT = 5,
  SUN = 6;

// 2026-11-23 is a Monday; Toronto is on standard time (UTC−5) from 1 November 2026.
describe('hoursStatus', () => {
  describe('on weekdays, 9 to 5, in Toronto (the default time zone)', () => {
    it('is open at noon, closing today at 17:00', () => {
      expect(hoursStatus(weekdays, at('2026-11-23T17:00:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: MON, minute: 17 * 60, today: true },
      });
      expect(isOpenAt(weekdays, at('2026-11-23T17:00:00Z'))).to.equal(true);
    });
    it('is closed one minute before opening, opening later today', () => {
      expect(hoursStatus(weekdays, at('2026-11-23T13:59:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: MON, minute: 9 * 60, today: true },
      });
    });
    it('is closed from the closing minute, opening tomorrow', () => {
      expect(hoursStatus(weekdays, at('2026-11-23T22:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: TUE, minute: 9 * 60, today: false },
      });
      expect(isOpenAt(weekdays, at('2026-11-23T22:00:00Z'))).to.equal(false);
    });
    it('is closed over the weekend, opening on Monday', () => {
      for (const iso of ['2026-11-27T23:00:00Z', '2026-11-28T17:00:00Z', '2026-11-29T23:59:00Z']) {
        expect(hoursStatus(weekdays, at(iso)), iso).to.deep.equal({
          state: 'closed',
          opens: { day: MON, minute: 9 * 60, today: false },
        });
      }
    });
    it('says Monday next week, not today, when the only opening today is over', () => {
      const mondays = resource([{ days: ['mon'], opens: '09:00', closes: '12:00' }]);
      expect(hoursStatus(mondays, at('2026-11-23T18:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: MON, minute: 9 * 60, today: false },
      });
    });
  });

  describe('with hours past midnight', () => {
    const evenings = resource([{ days: ['fri', 'sat'], opens: '18:00', closes: '02:00' }]);
    it('is open after midnight on the night that started the day before', () => {
      // Saturday 01:00 and Sunday 01:00 local.
      expect(hoursStatus(evenings, at('2026-11-28T06:00:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: SAT, minute: 2 * 60, today: true },
      });
      expect(isOpenAt(evenings, at('2026-11-29T06:00:00Z'))).to.equal(true);
    });
    it('closes tomorrow when it opened this evening', () => {
      expect(hoursStatus(evenings, at('2026-11-28T04:00:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: SAT, minute: 2 * 60, today: false },
      });
    });
    it('is closed after midnight on a night it did not open', () => {
      expect(hoursStatus(evenings, at('2026-11-30T06:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: FRI, minute: 18 * 60, today: false },
      });
    });
    it('carries Sunday night into Monday morning across the end of the week', () => {
      const sundayNight = resource([{ days: ['sun'], opens: '22:00', closes: '03:00' }]);
      expect(hoursStatus(sundayNight, at('2026-11-23T06:00:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: MON, minute: 3 * 60, today: true },
      });
      expect(isOpenAt(sundayNight, at('2026-11-23T08:00:00Z'))).to.equal(false);
    });
  });

  describe('with 24:00 and touching hours', () => {
    const nights = resource([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '18:00', closes: '24:00' }]);
    it('closes at midnight, which belongs to the day it ends', () => {
      expect(hoursStatus(nights, at('2026-11-24T04:59:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: MON, minute: 24 * 60, today: true },
      });
    });
    it('is closed at midnight itself', () => {
      expect(hoursStatus(nights, at('2026-11-24T05:00:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: TUE, minute: 18 * 60, today: true },
      });
    });
    it('does not close at midnight between a day open until 24:00 and one open from 00:00', () => {
      const long = resource([
        { days: ['mon'], opens: '08:00', closes: '24:00' },
        { days: ['tue'], opens: '00:00', closes: '12:00' },
      ]);
      expect(hoursStatus(long, at('2026-11-24T04:00:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: TUE, minute: 12 * 60, today: false },
      });
    });
    it('is open 24/7 when every day is open all day, as with "24/7"', () => {
      const allDay = resource([{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }]);
      expect(hoursStatus(allDay, at('2026-11-25T12:00:00Z'))).to.deep.equal({ state: 'always' });
      expect(hoursStatus(resource('24/7'), at('2026-11-25T12:00:00Z'))).to.deep.equal({ state: 'always' });
      expect(isOpenAt(resource('24/7'), at('2026-11-25T12:00:00Z'))).to.equal(true);
    });
  });

  describe('without a schedule', () => {
    it('is unknown, and isOpenAt says null rather than closed', () => {
      expect(hoursStatus(resource(undefined), at('2026-11-23T17:00:00Z'))).to.deep.equal({ state: 'unknown' });
      expect(isOpenAt(resource(undefined), at('2026-11-23T17:00:00Z'))).to.equal(null);
    });
    it('is unknown for a time zone the browser does not know (data that skipped validation)', () => {
      expect(isOpenAt(resource(weekdays.schedule, 'Mars/Olympus_Mons'), at('2026-11-23T17:00:00Z'))).to.equal(null);
    });
  });

  describe('in other time zones', () => {
    const zones = ['America/Toronto', 'America/Vancouver', 'America/Halifax', 'America/St_Johns'];
    const openIn = (schedule: Resource['schedule'], iso: string) => zones.map((zone) => isOpenAt(resource(schedule, zone), at(iso)));

    it('opens at 9:00 local time: first in St. John’s (UTC−3:30), last in Vancouver', () => {
      // 12:45Z is 9:15 in St. John's, 8:45 in Halifax, 7:45 in Toronto, 4:45 in Vancouver.
      expect(openIn(weekdays.schedule, '2026-11-23T12:45:00Z')).to.deep.equal([false, false, false, true]);
      expect(openIn(weekdays.schedule, '2026-11-23T13:30:00Z')).to.deep.equal([false, false, true, true]);
      expect(openIn(weekdays.schedule, '2026-11-23T17:00:00Z')).to.deep.equal([true, true, true, true]);
    });
    it('uses the local day: Monday evening in Vancouver is already Tuesday in Halifax', () => {
      // 04:30Z Tuesday: Monday 20:30 in Vancouver, 23:30 in Toronto; Tuesday 00:30 in Halifax, 01:00 in St. John's.
      const mondayNight = [{ days: ['mon' as const], opens: '20:00', closes: '24:00' }];
      expect(openIn(mondayNight, '2026-11-24T04:30:00Z')).to.deep.equal([true, true, false, false]);
      expect(hoursStatus(resource(weekdays.schedule, 'America/Vancouver'), at('2026-11-24T04:30:00Z'))).to.deep.equal({
        state: 'closed',
        opens: { day: TUE, minute: 9 * 60, today: false },
      });
    });
    it('reads half-hour offsets to the minute in St. John’s', () => {
      const stJohns = resource(weekdays.schedule, 'America/St_Johns');
      expect(hoursStatus(stJohns, at('2026-11-23T20:29:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: MON, minute: 17 * 60, today: true },
      });
      expect(isOpenAt(stJohns, at('2026-11-23T20:30:00Z'))).to.equal(false);
    });
  });

  it('isOpenAt agrees with hoursStatus at every half hour of a week, in any zone, asked in any order', () => {
    const schedules: Resource['schedule'][] = [
      weekdays.schedule,
      [{ days: ['fri', 'sat'], opens: '18:00', closes: '02:00' }],
      [{ days: ['sun'], opens: '22:00', closes: '03:00' }],
      [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '00:00', closes: '24:00' }],
      '24/7',
      undefined,
    ];
    const entries = schedules.flatMap((s) => ['America/Toronto', 'America/St_Johns', 'Mars/Olympus_Mons'].map((z) => resource(s, z)));
    const start = Date.parse('2026-11-22T23:15:00Z');
    for (let k = 0; k < 7 * 48; k++) {
      // Back and forth in time, so an answer kept for one instant is never reused for another.
      const when = at(new Date(start + (k % 2 ? k : 7 * 48 - k) * 30 * 60_000).toISOString());
      for (const r of entries) {
        const { state } = hoursStatus(r, when);
        expect(isOpenAt(r, when), `${when.toISOString()} ${JSON.stringify(r.schedule)} ${r.timeZone}`).to.equal(
          state === 'unknown' ? null : state !== 'closed',
        );
      }
    }
  });

  describe('on the days the clocks change', () => {
    it('follows the spring change: 1:59 standard time is followed by 3:00 daylight time', () => {
      const early = resource([{ days: ['sun'], opens: '01:00', closes: '03:00' }]);
      expect(hoursStatus(early, at('2026-03-08T06:59:00Z'))).to.deep.equal({
        state: 'open',
        closes: { day: SUN, minute: 3 * 60, today: true },
      });
      expect(isOpenAt(early, at('2026-03-08T07:00:00Z'))).to.equal(false);
    });
    it('is open through both 1:30s of the autumn change', () => {
      const early = resource([{ days: ['sun'], opens: '01:00', closes: '02:00' }]);
      expect(isOpenAt(early, at('2026-11-01T05:30:00Z'))).to.equal(true);
      expect(isOpenAt(early, at('2026-11-01T06:30:00Z'))).to.equal(true);
      expect(isOpenAt(early, at('2026-11-01T07:00:00Z'))).to.equal(false);
    });
    it('keeps 9:00 local on either side of the change, whatever the UTC offset', () => {
      // 13:30Z is 8:30 on Friday 6 March (standard time) and 9:30 on Monday 9 March (daylight time).
      expect(isOpenAt(weekdays, at('2026-03-06T13:30:00Z'))).to.equal(false);
      expect(isOpenAt(weekdays, at('2026-03-09T13:30:00Z'))).to.equal(true);
      // Vancouver changes on the same day at its own 2:00.
      expect(isOpenAt(resource(weekdays.schedule, 'America/Vancouver'), at('2026-03-09T16:30:00Z'))).to.equal(true);
      expect(isOpenAt(resource(weekdays.schedule, 'America/Vancouver'), at('2026-03-06T16:30:00Z'))).to.equal(false);
    });
  });
});
