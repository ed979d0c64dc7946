import { answerFigures, figuresProgress, inventoryProgress } from '../../../src/domain';
import { allLines, config, firstLine, inventory, line, unit } from './fixtures';

const total = config.taxonomy.functions.length;

describe('inventoryProgress', () => {
  it('counts nothing answered in a new inventory', () => {
    const progress = inventoryProgress(inventory('E3'), { config, unit: unit('E3') });
    expect(progress).toMatchObject({ answered: 0, total, firstLine: 'incomplete', complete: false });
  });

  it('counts a function as answered only when its line passes the submit validation', () => {
    const lines = [
      line('ekonomi'),
      // Own staff but no role: the submit validation asks for one, so HR is not answered yet.
      line('hr', { persons: 2, arsarbetare: 1.5 }),
      line('it', { persons: null }),
    ];
    const progress = inventoryProgress(inventory('E3', { lines }), { config, unit: unit('E3') });
    expect(progress.answered).toBe(1);
    expect([...progress.answeredFunctions]).toEqual(['ekonomi']);
  });

  it('is complete when every function and the first-line section are answered', () => {
    const done = inventory('E3', { lines: allLines(), firstLine: firstLine() });
    expect(inventoryProgress(done, { config, unit: unit('E3') })).toMatchObject({
      answered: total,
      firstLine: 'complete',
      complete: true,
    });
    const noFirstLine = inventoryProgress({ ...done, firstLine: null }, { config, unit: unit('E3') });
    expect(noFirstLine).toMatchObject({ answered: total, firstLine: 'incomplete', complete: false });
  });

  it('asks no first-line section of a manager above the first line', () => {
    // E1's manager is an avdelningschef.
    const progress = inventoryProgress(inventory('E1', { lines: allLines() }), { config, unit: unit('E1') });
    expect(progress).toMatchObject({ firstLine: 'notRequired', complete: true });
  });
});

describe('figuresProgress', () => {
  const context = { config, unit: unit('E3') };

  it('is the lines’ progress for an answer whose free text is written', () => {
    const lines = [
      line('ekonomi', { competenceNow: 2, competenceNeeded: 4, competenceGap: 'Controller', comment: 'Bra' }),
      line('hr', { persons: 2, arsarbetare: 1.5 }),
      line('it', { persons: null }),
    ];
    const answered = inventory('E3', { lines, firstLine: firstLine() });
    expect(figuresProgress(answerFigures(answered), context)).toEqual(inventoryProgress(answered, context));
    const done = inventory('E3', { lines: allLines(), firstLine: firstLine() });
    expect(figuresProgress(answerFigures(done), context)).toEqual(inventoryProgress(done, context));
  });

  it('takes a gap’s description as written, since figures do not carry it: only a draft can differ', () => {
    const draft = inventory('E3', {
      lines: [line('ekonomi', { competenceNow: 2, competenceNeeded: 4, competenceGap: '' })],
    });
    expect([...inventoryProgress(draft, context).answeredFunctions]).toEqual([]);
    expect([...figuresProgress(answerFigures(draft), context).answeredFunctions]).toEqual(['ekonomi']);
  });

  it('still holds every figure against the answer: a missing score is not answered', () => {
    const draft = inventory('E3', { lines: [line('ekonomi', { competenceNeeded: null })] });
    expect(figuresProgress(answerFigures(draft), context).answered).toBe(0);
  });
});
