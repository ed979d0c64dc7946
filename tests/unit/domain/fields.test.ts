import { checkNumber, checkScore, checkText, limits } from '../../../src/domain';

const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

describe('checkNumber', () => {
  it('accepts values within the rule', () => {
    expect(checkNumber(0, { path: 'x' })).toEqual([]);
    expect(checkNumber(2.5, { path: 'x', max: 3 })).toEqual([]);
  });

  it('names negatives, fractions, ranges and non-numbers', () => {
    expect(codes(checkNumber(-1, { path: 'x' }))).toEqual(['negative']);
    expect(codes(checkNumber(1.5, { path: 'x', step: 'integer' }))).toEqual(['notInteger']);
    expect(codes(checkNumber(4, { path: 'x', max: 3 }))).toEqual(['outOfRange']);
    expect(codes(checkNumber(0, { path: 'x', min: 1, max: 5 }))).toEqual(['outOfRange']);
    expect(codes(checkNumber(Number.NaN, { path: 'x' }))).toEqual(['notANumber']);
    expect(codes(checkNumber(Number.POSITIVE_INFINITY, { path: 'x' }))).toEqual(['notANumber']);
  });

  it('says the range in the message', () => {
    const [issue] = checkNumber(7, { path: 'q', min: 1, max: 5 });
    expect(issue?.message.sv).toBe('Ange ett värde mellan 1 och 5.');
    expect(issue?.params).toEqual({ min: 1, max: 5 });
  });
});

describe('checkScore', () => {
  it.each([1, 2, 3, 4, 5])('accepts %d', (score) => {
    expect(checkScore(score, 'quality')).toEqual([]);
  });

  it.each([
    [0, 'outOfRange'],
    [6, 'outOfRange'],
    [2.5, 'notInteger'],
    [-1, 'negative'],
  ])('rejects %d as %s', (score, code) => {
    expect(codes(checkScore(score, 'quality'))).toEqual([code]);
  });
});

describe('checkText', () => {
  it('allows 255 characters on a single line and no more (SharePoint text field)', () => {
    expect(checkText('å'.repeat(limits.singleLineMax), { path: 'n', kind: 'singleLine' })).toEqual([]);
    const [issue] = checkText('å'.repeat(limits.singleLineMax + 1), { path: 'n', kind: 'singleLine' });
    expect(issue?.code).toBe('tooLong');
    expect(issue?.message.sv).toBe('Texten är för lång: högst 255 tecken.');
  });

  it('allows notes up to the documented cap', () => {
    expect(limits.noteMax).toBe(2000);
    expect(checkText('x'.repeat(2000), { path: 'c', kind: 'note' })).toEqual([]);
    expect(codes(checkText('x'.repeat(2001), { path: 'c', kind: 'note' }))).toEqual(['tooLong']);
  });

  it('counts UTF-16 code units like SharePoint does', () => {
    // An emoji is two code units, so 128 of them exceed 255.
    expect(codes(checkText('😀'.repeat(128), { path: 'n', kind: 'singleLine' }))).toEqual(['tooLong']);
  });
});
