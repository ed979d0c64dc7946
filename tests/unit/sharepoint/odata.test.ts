import { and, eq, ne, odataLiteral, odataString, or } from '../../../src/sharepoint/odata';

describe('odataString', () => {
  it.each([
    ['plain', "'plain'"],
    ["Öster & Väster's #1", "'Öster & Väster''s #1'"],
    ["o'neil@kommun.example", "'o''neil@kommun.example'"],
    ["''", "''''''"],
    ['50 % & mer', "'50 % & mer'"],
    ['', "''"],
  ])('quotes %j as %s', (value, literal) => {
    expect(odataString(value)).toBe(literal);
  });
});

describe('odataLiteral', () => {
  it('writes numbers and null as OData does', () => {
    expect(odataLiteral(12.5)).toBe('12.5');
    expect(odataLiteral(0)).toBe('0');
    expect(odataLiteral(null)).toBe('null');
  });
  it('refuses a number OData cannot hold', () => {
    expect(() => odataLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => odataLiteral(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('comparisons', () => {
  it('build eq and ne with escaped values', () => {
    expect(eq('ManagerUpn', "o'neil@kommun.example")).toBe("ManagerUpn eq 'o''neil@kommun.example'");
    expect(ne('Status', 'Godkänd')).toBe("Status ne 'Godkänd'");
    expect(eq('Editor/Name', 'x')).toBe("Editor/Name eq 'x'");
  });

  it.each(["Title eq 'x' or 1", 'Title)', 'Ti tle', '', '1Title', 'A/B/C'])(
    'refuse the field name %j',
    (name) => {
      expect(() => eq(name, 'x')).toThrow(RangeError);
    },
  );

  it('join with and/or, grouping only where precedence needs it', () => {
    expect(and(eq('PeriodId', '2018'), eq('SektorCode', 'S1'))).toBe(
      "PeriodId eq '2018' and SektorCode eq 'S1'",
    );
    expect(and(eq('PeriodId', '2018'), or(eq('Status', 'A'), eq('Status', 'B')))).toBe(
      "PeriodId eq '2018' and (Status eq 'A' or Status eq 'B')",
    );
    expect(or(and(eq('A', 1), eq('B', 2)), eq('C', 3))).toBe('(A eq 1 and B eq 2) or C eq 3');
    expect(and(eq('A', 'x'))).toBe("A eq 'x'");
  });
});
