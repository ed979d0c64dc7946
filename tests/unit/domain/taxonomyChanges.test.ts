// The rule that keeps answers counted: a function with answered lines never leaves the taxonomy.
import { defaultMunicipalityConfig, emptyLine, type Inventory } from '../../../src/domain';
import {
  answeredLinesByFunction,
  blockedRemovals,
  isAnsweredLine,
} from '../../../src/domain/config/taxonomyChanges';

const inventory = (lines: Inventory['lines']): Inventory => ({ lines }) as Inventory;

describe('answered lines', () => {
  it('counts a line with any figure, score, location or placement, and no empty one', () => {
    expect(isAnsweredLine(emptyLine('it'))).toBe(false);
    expect(isAnsweredLine({ ...emptyLine('it'), persons: 0 })).toBe(true);
    expect(isAnsweredLine({ ...emptyLine('it'), supportLocations: ['central'] })).toBe(true);
    expect(isAnsweredLine({ ...emptyLine('it'), placement: 'centralisera' })).toBe(true);
    const counts = answeredLinesByFunction([
      inventory([{ ...emptyLine('it'), quality: 3 }, emptyLine('hr')]),
      inventory([{ ...emptyLine('it'), arsarbetare: 1 }]),
    ]);
    expect(Object.fromEntries(counts)).toEqual({ it: 2 });
  });

  it('blocks removing a function with answered lines, and only that', () => {
    const { taxonomy } = defaultMunicipalityConfig();
    const after = {
      ...taxonomy,
      functions: taxonomy.functions.filter((f) => f.id !== 'it' && f.id !== 'hr'),
    };
    expect(blockedRemovals(taxonomy, after, new Map([['it', 4]]))).toEqual([
      { functionId: 'it', answeredLines: 4 },
    ]);
    expect(blockedRemovals(taxonomy, taxonomy, new Map([['it', 4]]))).toEqual([]);
  });
});
