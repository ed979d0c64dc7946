import { reviewerGroupCode, reviewerGroupName } from '../../../../src/sharepoint/provision';

describe('reviewer groups', () => {
  it('are named from the unit’s code and name, keeping å/ä/ö, & and #', () => {
    expect(reviewerGroupName({ id: 'S01', name: 'Välfärd' })).toBe('Granskare S01 Välfärd');
    expect(reviewerGroupName({ id: 'K7', name: 'Kultur & fritid #2' })).toBe(
      'Granskare K7 Kultur & fritid #2',
    );
  });

  it('replace the characters SharePoint refuses in group names, the apostrophe by its typographic twin', () => {
    expect(reviewerGroupName({ id: 'K1', name: "O'Connors kontor: Öster/Väster" })).toBe(
      'Granskare K1 O\u2019Connors kontor- Öster-Väster',
    );
  });

  it('are at most 255 characters', () => {
    const name = reviewerGroupName({ id: 'K1', name: 'Å'.repeat(400) });
    expect(name).toHaveLength(255);
    expect(name.startsWith('Granskare K1 ÅÅÅ')).toBe(true);
  });

  it('are recognised by code whatever the unit is called now, and other groups are not', () => {
    expect(reviewerGroupCode('Granskare S01 Välfärd')).toBe('S01');
    expect(reviewerGroupCode('Granskare K1')).toBe('K1');
    expect(reviewerGroupCode('Stödinventering chefer')).toBeUndefined();
    expect(reviewerGroupCode('Granskarna i HR')).toBeUndefined();
  });
});
