import fc from 'fast-check';
import { formatNumber, parseDecimal, parseInteger, type Locale } from '../../../src/domain';

const valueOf = (text: string, locale: Locale = 'sv'): number | string => {
  const parsed = parseDecimal(text, { locale });
  return parsed.ok ? parsed.value : parsed.issue.code;
};

describe('parseDecimal (Swedish)', () => {
  it.each([
    ['0,5', 0.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['1\u2009234', 1234],
    ['1 234 567,25', 1234567.25],
    ['  12  ', 12],
    [',5', 0.5],
    ['0.5', 0.5],
    ['0', 0],
    ['-0', 0],
    ['2,', 2],
    ['2.', 2],
    ['5,', 5],
    ['1 234,', 1234],
    ['-0,', 0],
    ['0.125', 0.125],
    ['1.5', 1.5],
    ['1.25', 1.25],
    ['12.3456', 12.3456],
    ['00.500', 0.5],
    ['1 234.567', 1234.567],
  ])('reads %j as %d', (text, value) => {
    expect(valueOf(text)).toBe(value);
  });

  it.each([
    ['-1', 'negative'],
    ['\u22121\u00a0234,5', 'negative'],
    ['\u2013 3', 'negative'],
    ['', 'required'],
    ['   ', 'required'],
    ['12 34', 'notANumber'],
    ['1,2,3', 'notANumber'],
    ['1.234,5', 'notANumber'],
    [',', 'notANumber'],
    ['.', 'notANumber'],
    ['-,', 'notANumber'],
    ['2,,', 'notANumber'],
    ['-2,', 'negative'],
    ['\u22122.', 'negative'],
    ['1.234', 'ambiguousNumber'],
    ['12.500', 'ambiguousNumber'],
    ['999.999', 'ambiguousNumber'],
    ['1.000', 'ambiguousNumber'],
    ['1.234.567', 'ambiguousNumber'],
    ['  1.234  ', 'ambiguousNumber'],
    ['-1.234', 'negative'],
    ['-1.234.567', 'negative'],
    ['0.125.000', 'notANumber'],
    ['1.2.3', 'notANumber'],
    ['1.234.', 'notANumber'],
    ['abc', 'notANumber'],
    ['1e3', 'notANumber'],
    ['+4', 'notANumber'],
  ])('rejects %j as %s', (text, code) => {
    expect(valueOf(text)).toBe(code);
  });

  it('says how to write an ambiguous number, with its own digits', () => {
    const single = parseDecimal('1.234', { path: 'lines.hr.arsarbetare' });
    expect(single).toEqual({
      ok: false,
      issue: expect.objectContaining({
        code: 'ambiguousNumber',
        path: 'lines.hr.arsarbetare',
        message: {
          sv: 'Otydligt tal: skriv 1\u00a0234 för tusental eller 1,234 för decimaler.',
          en: 'Ambiguous number: write 1\u00a0234 for thousands or 1,234 for decimals.',
        },
      }),
    });
    const multiple = parseDecimal('1.234.567');
    expect(multiple.ok ? multiple.value : multiple.issue.params).toEqual({
      thousands: '1\u00a0234\u00a0567',
      decimal: '1\u00a0234,567',
    });
  });

  it('reports the path and both messages', () => {
    const parsed = parseDecimal('-2', { path: 'lines.hr.arsarbetare' });
    expect(parsed).toEqual({
      ok: false,
      issue: expect.objectContaining({
        code: 'negative',
        path: 'lines.hr.arsarbetare',
        message: { sv: 'Talet får inte vara negativt.', en: 'The number must not be negative.' },
      }),
    });
  });
});

describe('parseDecimal (English)', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['0.5', 0.5],
    ['1 234.5', 1234.5],
    ['1.234', 1.234],
    ['12.500', 12.5],
    ['2.', 2],
    ['1,234.', 1234],
    ['.', 'notANumber'],
    ['2,', 'notANumber'],
    ['-2.', 'negative'],
    ['1,5', 'notANumber'],
    ['0,5', 'notANumber'],
    ['-0.5', 'negative'],
  ])('reads %j as %s', (text, expected) => {
    expect(valueOf(text, 'en')).toBe(expected);
  });
});

describe('parseInteger', () => {
  it('reads whole numbers with group separators and rejects decimals', () => {
    expect(parseInteger('1 200')).toEqual({ ok: true, value: 1200 });
    const half = parseInteger('2,5', { path: 'persons' });
    expect(half.ok ? half.value : half.issue.code).toBe('notInteger');
    expect(parseInteger('12,')).toEqual({ ok: true, value: 12 });
    const ambiguous = parseInteger('1.200');
    expect(ambiguous.ok ? ambiguous.value : ambiguous.issue.code).toBe('ambiguousNumber');
  });
});

describe('round trip with Intl formatting', () => {
  const hundredths = fc.integer({ min: 0, max: 10_000_000_000 }).map((n) => n / 100);

  it.each(['sv', 'en'] as const)('reads back every non-negative number %s Intl writes', (locale) => {
    fc.assert(
      fc.property(hundredths, (value) => {
        const text = formatNumber(value, locale, { maximumFractionDigits: 2 });
        expect(valueOf(text, locale)).toBe(value);
      }),
    );
  });

  it('reads Swedish numbers written with plain spaces, as people type them', () => {
    fc.assert(
      fc.property(hundredths, (value) => {
        const typed = formatNumber(value, 'sv').replace(/\u00a0/g, ' ');
        expect(valueOf(typed)).toBe(value);
      }),
    );
  });

  it.each(['sv', 'en'] as const)('rejects every negative number %s Intl writes as negative', (locale) => {
    fc.assert(
      fc.property(
        hundredths.filter((v) => v > 0),
        (value) => {
          expect(valueOf(formatNumber(-value, locale), locale)).toBe('negative');
        },
      ),
    );
  });
});
