// Text into cells: what a spreadsheet could run as a formula gets an apostrophe, what XML cannot carry is written
// the OOXML way, and nothing else changes; sheet names follow Excel's rules.
import { cellText, formulaGuard, looksLikeFormula, sheetNamer, validSheetName } from '../../../src/exports';

describe('looksLikeFormula', () => {
  it.each(['=1+1', '+46 70', '-1', '@SUM(A1)', ' =1', '\u00a0\u00a0@x', '\n=1', '\t', '\tanything', '\rcmd'])(
    'guards %j',
    (text) => expect(looksLikeFormula(text)).toBe(true),
  );
  it.each(['', 'Hemtjänst Sätra', '1 = 1', 'a-b', 'e-post@kommun.se', '#1', '"=1"', "'=1", '100 %', '–1'])(
    'leaves %j alone',
    (text) => expect(looksLikeFormula(text)).toBe(false),
  );
});

describe('cellText', () => {
  it('puts an apostrophe in front of formula-like text and keeps the rest as it is', () => {
    expect(cellText('=HYPERLINK("http://x")')).toBe(`${formulaGuard}=HYPERLINK("http://x")`);
    expect(cellText(' -3')).toBe("' -3");
    expect(cellText('Kultur & fritid #2 "Norr" <ö>')).toBe('Kultur & fritid #2 "Norr" <ö>');
  });

  it('writes what XML cannot carry as _xHHHH_, and escapes a literal _xHHHH_', () => {
    expect(cellText('a\u0001b\u000bc')).toBe('a_x0001_b_x000B_c');
    expect(cellText('rad\r\nny')).toBe('rad_x000D_\nny');
    expect(cellText('_x0041_ och _x12_')).toBe('_x005F_x0041_ och _x12_');
    expect(cellText('tab\there')).toBe('tab\there');
  });
});

describe('sheet names', () => {
  it('replaces the characters Excel refuses and cuts at 31 without splitting a character', () => {
    expect(validSheetName('Vård/omsorg: [Norr] *?\\')).toBe('Vård-omsorg- (Norr) ---');
    expect(validSheetName("'Stab'")).toBe('Stab');
    expect(validSheetName('History')).toBe('Blad');
    expect(validSheetName('  ', 'Sektor')).toBe('Sektor');
    const emoji = `${'x'.repeat(30)}😀`;
    expect(validSheetName(emoji)).toBe('x'.repeat(30));
    expect(validSheetName('y'.repeat(40))).toHaveLength(31);
  });

  it('makes names unique without regard to case, within 31 characters', () => {
    const name = sheetNamer();
    expect(name('Förslag')).toBe('Förslag');
    expect(name('FÖRSLAG')).toBe('FÖRSLAG (2)');
    expect(name('förslag')).toBe('förslag (3)');
    const long = 'Sektor för samhällsbyggnad och miljö';
    expect(name(long)).toBe('Sektor för samhällsbyggnad och');
    expect(name(long)).toBe('Sektor för samhällsbyggnad (2)');
  });
});
