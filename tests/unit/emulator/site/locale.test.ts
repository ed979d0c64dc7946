import { parseLocaleDateTime, parseLocaleNumber } from '../../../../emulators/sharepoint/site/locale';

describe('numbers in the web’s locale', () => {
  it.each([
    ['2.5', 2.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['.5', 0.5],
    // .NET drops group separators wherever they stand: a Swedish "1,5" on an en-US site is fifteen.
    ['1,5', 15],
  ])('reads en-US %s as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 1033)).toBe(expected);
  });

  it.each([
    ['2,5', 2.5],
    ['1\u00a0234,5', 1234.5],
    ['1 234', 1234],
    ['\u22122,5', -2.5],
  ])('reads sv-SE %s as %d', (text, expected) => {
    expect(parseLocaleNumber(text, 1053)).toBe(expected);
  });

  it.each([
    ['1.5', 1053],
    ['många', 1033],
    ['', 1033],
    ['1e3', 1033],
    [',5,', 1053],
  ] as const)('refuses %j in locale %d', (text, locale) => {
    expect(parseLocaleNumber(text, locale)).toBeUndefined();
  });
});

describe('dates in the web’s locale', () => {
  it.each([
    ['6/23/2018 10:15 PM', 1033, '2018-06-23T22:15:00Z'],
    ['6/23/2018 12:05 AM', 1033, '2018-06-23T00:05:00Z'],
    ['6/23/2018', 1033, '2018-06-23T00:00:00Z'],
    ['2018-06-23 22:15', 1053, '2018-06-23T22:15:00Z'],
    ['2018-06-23', 1053, '2018-06-23T00:00:00Z'],
    ['2018-06-23T22:15:00Z', 1033, '2018-06-23T22:15:00Z'],
    ['2018-06-23T22:15:00+02:00', 1053, '2018-06-23T20:15:00Z'],
  ] as const)('reads %s (locale %d) as %s', (text, locale, expected) => {
    expect(parseLocaleDateTime(text, locale)).toBe(expected);
  });

  it.each([
    ['6/23/2018', 1053],
    ['2/30/2018', 1033],
    ['13:00 PM', 1033],
    ['2018-13-01', 1053],
    ['igår', 1053],
  ] as const)('refuses %s in locale %d', (text, locale) => {
    expect(parseLocaleDateTime(text, locale)).toBeUndefined();
  });
});
