// An approval's copy of the figures it approved, as Granskningsbeslut's `Figures` column holds it: what the app
// writes reads back exactly, stays small, and anything else a reviewer could put there is refused with an issue —
// never a wrong figure, never an exception.
import fc from 'fast-check';
import {
  answerFigures,
  emptyLine,
  type AnswerFigures,
  type InventoryLine,
  type MunicipalityConfig,
  type Unit,
} from '../../../src/domain';
import { figuresFromText } from '../../../src/sharepoint/mapping/figures';
import { figuresToText } from '../../../src/sharepoint/mapping/figuresText';
import { generateMunicipality } from '../../../scripts/lib/demo';
import { twentyFunctionConfig } from '../../../bench/backend/site';

const config: MunicipalityConfig = twentyFunctionConfig();
const unit: Unit = {
  id: 'E1',
  kind: 'enhet',
  name: 'Hemtjänst Norr',
  parentId: 'K1',
  manager: { upn: 'anna.berg@kommun.example', name: 'Anna Berg', level: 'enhetschef' },
  headcount: 25,
  arsarbetare: 22.5,
  sektorId: 'S1',
  kontorId: 'K1',
  managersReporting: 0,
};
const path = 'Granskningsbeslut.12.Figures';
const read = (value: unknown) => figuresFromText(value, { config, unit, path });

/** Every function answered in full, every role and three locations, and the first-line section: the longest form. */
function fullAnswer(): AnswerFigures {
  const lines = config.taxonomy.functions.map((fn, i): InventoryLine => ({
    functionId: fn.id,
    persons: 12 + i,
    arsarbetare: 10.75,
    roles: fn.roles.map((role) => ({ roleId: role.id, arsarbetare: 10.75 / Math.max(fn.roles.length, 1) })),
    supportLocations: ['egenEnhet', 'sektor', 'central'],
    quality: 4,
    competenceNow: 3,
    competenceNeeded: 5,
    competenceGap: 'Saknar controller med erfarenhet av kommunal redovisning',
    placement: 'samordnaSektor',
    comment: 'En kommentar som inte ska följa med',
  }));
  const firstLine = {
    adminHours: Object.fromEntries(config.adminHourCategories.map((c, i) => [c.id, 1.5 + i])),
    chefsnaraStodArsarbetare: 0.75,
    medarbetarspann: 24,
    lackingSupport: 'Schemaläggning',
  };
  return answerFigures({ lines, firstLine });
}

const valid = (): Record<string, unknown> =>
  JSON.parse(figuresToText(fullAnswer())) as Record<string, unknown>;

describe('an approval’s figures', () => {
  it('read back exactly as answerFigures made them, free text left out', () => {
    const figures = fullAnswer();
    expect(read(figuresToText(figures))).toEqual({ ok: true, figures });
    expect(figures.lines.every((l) => l.comment === '' && l.competenceGap === '')).toBe(true);
    expect(figuresToText(figures)).not.toContain('kommentar');
  });

  it('read back exactly for every approved inventory of a generated municipality', () => {
    const { inventories } = generateMunicipality({ units: 350, seed: 7, config });
    const approved = inventories.filter((i) => i.status === 'approved');
    expect(approved.length).toBeGreaterThan(50);
    for (const inventory of approved) {
      const figures = answerFigures(inventory);
      expect(read(figuresToText(figures))).toEqual({ ok: true, figures });
    }
  });

  it('keep an unanswered first-line section and unanswered lines as such', () => {
    const figures = answerFigures({
      lines: config.taxonomy.functions.map((f) => emptyLine(f.id)),
      firstLine: null,
    });
    expect(read(figuresToText(figures))).toEqual({ ok: true, figures });
  });

  it('take well under 4 KB for 20 functions answered in full', () => {
    const text = figuresToText(fullAnswer());
    expect(config.taxonomy.functions).toHaveLength(20);
    const bytes = Buffer.byteLength(text, 'utf8');
    process.stderr.write(`[figures] 20 functions answered in full: ${bytes} bytes\n`);
    expect(bytes).toBeLessThan(3000);
  });

  it('are absent, with no issue, when the column is empty (an approval made in SharePoint’s own form)', () => {
    expect(read(null)).toEqual({ ok: true, figures: null });
    expect(read(undefined)).toEqual({ ok: true, figures: null });
    expect(read('')).toEqual({ ok: true, figures: null });
  });
});

describe('figures a reviewer wrote by hand', () => {
  const codesOf = (value: unknown) => {
    const result = read(value);
    if (result.ok) throw new Error(`Expected ${JSON.stringify(value)} to be refused`);
    expect(result.issues.every((i) => i.path.startsWith(path))).toBe(true);
    return result.issues.map((i) => i.code);
  };
  type Wire = Record<string, unknown> & { l?: unknown[]; f: unknown[] };
  const changed = (change: (wire: Wire & { l: unknown[][] }) => void) => {
    const wire = valid() as Wire & { l: unknown[][] };
    change(wire);
    return JSON.stringify(wire);
  };

  it.each([
    ['not JSON', '{"v":1,"l":[', 'wrongType'],
    ['not text', 42, 'wrongType'],
    ['JSON but not an object', '[1,2,3]', 'wrongType'],
    ['another version', changed((w) => (w.v = 2)), 'wrongType'],
    ['no version', changed((w) => delete w.v), 'wrongType'],
    ['a key of its own', changed((w) => (w.x = 1)), 'unknownReference'],
    ['no lines', changed((w: Wire) => delete w.l), 'wrongType'],
    ['a line too short', changed((w) => w.l[0]!.pop()), 'wrongType'],
    ['a line as an object', changed((w) => ((w.l as unknown[])[0] = { functionId: 'ekonomi' })), 'wrongType'],
    ['a number as text', changed((w) => (w.l[0]![1] = '12')), 'wrongType'],
    ['an unknown function', changed((w) => (w.l[0]![0] = 'hemlig')), 'unknownFunction'],
    ['a function id that is no id', changed((w) => (w.l[0]![0] = '../x')), 'invalidId'],
    ['a function twice', changed((w) => (w.l[1]![0] = w.l[0]![0])), 'duplicateLine'],
    ['more lines than functions', changed((w) => w.l.push(w.l[0]!)), 'outOfRange'],
    ['persons out of range', changed((w) => (w.l[0]![1] = 1_000_000)), 'outOfRange'],
    ['negative FTE', changed((w) => (w.l[0]![2] = -1)), 'negative'],
    ['FTE above persons', changed((w) => (w.l[0]![2] = 999)), 'fteAbovePersons'],
    ['a score of 7', changed((w) => (w.l[0]![5] = 7)), 'outOfRange'],
    ['a score of 2.5', changed((w) => (w.l[0]![6] = 2.5)), 'notInteger'],
    ['an unknown role', changed((w) => (w.l[0]![3] = [['chef', 1]])), 'unknownRole'],
    ['a role without FTE', changed((w) => (w.l[0]![3] = [['controller', null]])), 'wrongType'],
    ['an unknown location', changed((w) => (w.l[0]![4] = ['månen'])), 'unknownLocation'],
    ['a location twice', changed((w) => (w.l[0]![4] = ['sektor', 'sektor'])), 'duplicateId'],
    ['an unknown placement', changed((w) => (w.l[0]![8] = 'överallt')), 'unknownReference'],
    [
      'an unknown admin category',
      changed((w) => (w.f[0] = JSON.parse('{"__proto__":3}'))),
      'unknownCategory',
    ],
    ['admin hours above a week', changed((w) => (w.f[0] = { hr: 59, it: 59 })), 'adminHoursAboveWeek'],
    ['a first-line section too long', changed((w) => w.f.push(1)), 'wrongType'],
    ['a span of control that is no number', changed((w) => (w.f[2] = true)), 'wrongType'],
    ['text longer than the column holds', ' '.repeat(64_000), 'tooLong'],
  ])('%s: refused with an issue', (_what, value, code) => {
    expect(codesOf(value)).toContain(code);
  });

  it('two hundred lines: refused before any is read', () => {
    const many = changed((w) => (w.l = Array.from({ length: 200 }, () => w.l[0]!)));
    expect(read(many)).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'outOfRange' })] });
  });

  it('never throw, and are refused unless they are figures the app would write (property)', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ v: 1, l: v, f: null })),
      fc.jsonValue().map((v) => JSON.stringify({ v: 1, l: [], f: v })),
      fc
        .tuple(fc.nat({ max: 19 }), fc.nat({ max: 8 }), fc.jsonValue())
        .map(([line, field, v]) => changed((w) => (w.l[line]![field] = v))),
    );
    fc.assert(
      fc.property(anything, (value) => {
        const result = read(value);
        if (result.ok) {
          // What is accepted is exactly what the app would have written for those figures.
          if (result.figures !== null) expect(read(figuresToText(result.figures))).toEqual(result);
        } else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a manager’s summary of their own answer (only the shape is checked)', () => {
  const shape = (value: unknown) => figuresFromText(value, { config, unit, path, rules: 'shape' });

  it('reads what the app writes exactly as the full check does', () => {
    const text = figuresToText(fullAnswer());
    expect(shape(text)).toEqual(read(text));
  });

  it('leaves the answer’s rules to the aggregation, but never takes a wrong shape', () => {
    // FTE above persons passes here: the aggregation excludes that line and names it.
    const fteAbove = JSON.stringify({
      v: 1,
      l: [['ekonomi', 1, 3, [], [], null, null, null, null]],
      f: null,
    });
    expect(shape(fteAbove)).toMatchObject({ ok: true, figures: { lines: [{ persons: 1, arsarbetare: 3 }] } });
    for (const wrong of [
      '{"v":1,"l":[',
      '[1]',
      '{"v":2,"l":[],"f":null}',
      '{"v":1,"l":[["../x",1,1,[],[],null,null,null,null]],"f":null}',
    ]) {
      expect(shape(wrong).ok).toBe(false);
    }
  });

  it('agrees with the full check wherever the full check accepts (property)', () => {
    const anything = fc
      .tuple(fc.nat({ max: 19 }), fc.nat({ max: 8 }), fc.jsonValue())
      .map(([line, field, v]) => {
        const wire = valid() as { l: unknown[][] };
        wire.l[line]![field] = v;
        return JSON.stringify(wire);
      });
    fc.assert(
      fc.property(anything, (value) => {
        const full = read(value);
        if (full.ok) expect(shape(value)).toEqual(full);
      }),
      { numRuns: 1000 },
    );
  });
});
