import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../../../src/main/sources/rss/feedDate';

describe('feed dates', () => {
  it.each([
    ['Tue, 17 Oct 2017 12:17:00 +0000', '2017-10-17T12:17:00.000Z'],
    ['Tue, 17 Oct 2017 12:17:00 GMT', '2017-10-17T12:17:00.000Z'],
    ['17 Oct 2017 08:17 EDT', '2017-10-17T12:17:00.000Z'],
    ['Tue,  17 Oct 17 12:17:00 UT', '2017-10-17T12:17:00.000Z'],
    ['03 Apr 02 1500 GMT', '2002-04-03T15:00:00.000Z'],
    ['  2017-10-17T14:17:00+02:00 ', '2017-10-17T12:17:00.000Z'],
    ['2017-10-17 12:17:00', '2017-10-17T12:17:00.000Z'],
    ['2017-10-17', '2017-10-17T00:00:00.000Z'],
    ['1508242620', '2017-10-17T12:17:00.000Z'],
    ['1508242620000', '2017-10-17T12:17:00.000Z'],
  ])('reads %j', (raw, iso) => {
    expect(new Date(parseFeedDate(raw) ?? Number.NaN).toISOString()).toBe(iso);
  });

  it.each(['', 'gisteren', '31 Foo 2020 10:00 GMT', '0000-01-01'])('gives up on %j', (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});
