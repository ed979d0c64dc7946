import {
  en,
  formatDate,
  formatDateTime,
  formatTime,
  formatNumber,
  formatPercent,
  localizedMessage,
  resolveLocale,
  stringTable,
  sv,
  translator,
  type StringTable,
} from '../../../src/domain';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('string tables', () => {
  it('have exactly the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({
        key,
        placeholders: placeholders(sv[key]),
      });
    }
  });

  it('have no empty texts', () => {
    for (const table of [sv, en]) {
      for (const [key, text] of Object.entries(table))
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('make a missing English key a type error', () => {
    // @ts-expect-error a table without every key is not a StringTable (checked by `npm run typecheck`)
    const incomplete: StringTable = { 'app.name': 'Support inventory' };
    expect(Object.keys(incomplete)).toHaveLength(1);
    expect(stringTable('en')).toBe(en);
  });
});

describe('translator', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    expect(translator('sv')('validation.outOfRange', { min: 1, max: 1234.5 })).toBe(
      'Ange ett värde mellan 1 och 1\u00a0234,5.',
    );
    expect(translator('en')('validation.outOfRange', { min: 1, max: 1234.5 })).toBe(
      'Enter a value between 1 and 1,234.5.',
    );
  });

  it('picks the locale’s text from a localized parameter', () => {
    const message = localizedMessage('validation.missingLine', { id: { sv: 'Ekonomi', en: 'Finance' } });
    expect(message).toEqual({
      sv: 'Stödfunktionen Ekonomi är inte besvarad.',
      en: 'The support function Finance has not been answered.',
    });
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(translator('sv')('validation.tooLong')).toBe('Texten är för lång: högst {max} tecken.');
  });
});

describe('formatting with Intl', () => {
  it('writes Swedish numbers with a no-break space and a real minus sign', () => {
    expect(formatNumber(1234.5, 'sv')).toBe('1\u00a0234,5');
    expect(formatNumber(-1234.5, 'sv')).toBe('\u22121\u00a0234,5');
    expect(formatNumber(0.125, 'sv', { maximumFractionDigits: 1 })).toBe('0,1');
    expect(formatNumber(2, 'sv', { minimumFractionDigits: 2 })).toBe('2,00');
  });

  it('writes English numbers with comma groups and a hyphen minus', () => {
    expect(formatNumber(1234567.25, 'en')).toBe('1,234,567.25');
    expect(formatNumber(-3, 'en')).toBe('-3');
  });

  it('writes percentages per locale', () => {
    expect(formatPercent(0.425, 'sv')).toBe('43\u00a0%');
    expect(formatPercent(0.425, 'en')).toBe('43%');
  });

  it('keeps a plain date on its day in every time zone', () => {
    expect(formatDate('2018-09-14', 'sv')).toBe('2018-09-14');
    expect(formatDate('2018-09-14', 'sv', { style: 'long' })).toBe('14 september 2018');
    expect(formatDate('2018-09-14', 'en', { style: 'long' })).toBe('September 14, 2018');
    expect(formatDate('2018-09-14', 'en')).toBe('9/14/18');
    expect(formatDate('2018-12-07', 'sv', { style: 'dayMonth' })).toBe('7 dec.');
    expect(formatDate('2018-12-07', 'en', { style: 'dayMonth' })).toBe('Dec 7');
    // An instant's day is Sweden's.
    expect(formatDate('2018-12-06T23:30:00Z', 'sv', { style: 'dayMonth' })).toBe('7 dec.');
  });

  it('shows instants in Swedish time', () => {
    // 23:30 UTC on 13 September is 01:30 on the 14th in Stockholm (summer time).
    expect(formatDate('2018-09-13T23:30:00Z', 'sv')).toBe('2018-09-14');
    expect(formatDateTime('2018-09-13T23:30:00Z', 'sv')).toBe('2018-09-14 01:30');
  });

  it('writes a clock time with a point in Swedish ("kl. 10.32"), and as English does in English', () => {
    expect(formatTime('2018-09-14T08:32:00Z', 'sv')).toBe('10.32');
    expect(formatTime('2018-09-13T23:05:00Z', 'sv')).toBe('01.05');
    expect(formatTime('2018-12-14T15:32:00Z', 'sv')).toBe('16.32'); // winter time
    expect(formatTime('2018-09-14T08:32:00Z', 'en')).toMatch(/^10:32\s?AM$/);
    expect(() => formatTime('soon', 'sv')).toThrow(RangeError);
  });

  it('rejects text that is not a date', () => {
    expect(() => formatDate('14/9', 'sv')).toThrow(RangeError);
    expect(() => formatDateTime('soon', 'en')).toThrow(RangeError);
  });
});

describe('resolveLocale', () => {
  it.each([
    ['en-us', 'en'],
    ['EN-GB', 'en'],
    ['sv-se', 'sv'],
    ['fi-fi', 'sv'],
    [undefined, 'sv'],
    ['', 'sv'],
  ])('maps %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});
