import { generateMunicipality } from '../../../scripts/lib/demo';
import {
  aggregate,
  dashboardView,
  formatPercent,
  placements,
  scenarioKeyFigures,
  scenarioOutcomes,
  type AggregationInput,
  type Inventory,
  type InventoryStatus,
  type Period,
  type Placement,
} from '../../../src/domain';
import {
  presentationSlides,
  type ConsultationTally,
  type FiguresBlock,
  type PresentationInput,
  type Slide,
  type SlideId,
  type TableBlock,
} from '../../../src/domain/presentation';
import { snapshotFormat, type SnapshotDocument } from '../../../src/exports';
import { allLines, completeInventory, config, inventory, unit, units } from './fixtures';

// The slides are checked against sums worked out here from the fixture's answers, not from the aggregate the
// slides read, so a slide that shows the wrong area's figure or drops a row shows as a difference.

const period: Period = {
  id: '2018',
  name: { sv: 'Inventering våren 2018', en: 'Inventory spring 2018' },
  opensOn: '2018-03-01',
  closesOn: '2018-06-30',
};

const staff = (functionId: string, roleId: string, fte: number, placement: Placement = 'samordnaSektor') => ({
  [functionId]: {
    persons: Math.ceil(fte),
    arsarbetare: fte,
    roles: [{ roleId, arsarbetare: fte }],
    placement,
  },
});

// S1 (Sektor omsorg) holds controllers and an HR strategist but has an office (K3) that has not answered; S2 has
// answered in full and lacks most of the profile. E5 is vacant, E1 a draft.
const inventories: Inventory[] = [
  completeInventory('S1', {
    status: 'approved',
    lines: allLines({
      ...staff('ekonomi', 'controller', 2.5, 'centralisera'),
      ...staff('hr', 'hrStrateg', 1),
    }),
  }),
  completeInventory('K1', { lines: allLines(staff('ekonomi', 'controller', 0.5, 'centralisera')) }),
  completeInventory('E4'),
  completeInventory('E2'),
  completeInventory('E3', { status: 'approved' }),
  inventory('E1', { status: 'draft' }),
  completeInventory('S2', { lines: allLines(staff('kommunikation', 'kommunikator', 1.2)) }),
  completeInventory('K2', {
    status: 'approved',
    lines: allLines(staff('verksamhetsutveckling', 'verksamhetsutvecklare', 0.5)),
  }),
];
const input: AggregationInput = { units, inventories, config, periodId: '2018' };
const view = dashboardView({ config, periods: [period], units, inventories, ignored: [] }, '2018');

const counted = (status: InventoryStatus) => status === 'submitted' || status === 'approved';
const countedInventories = inventories.filter((i) => counted(i.status));
const cents = (value: number) => Math.round(value * 100);

/** What a caller writes for the dashboard's live figures. */
function liveInput(extra: Partial<PresentationInput> = {}): PresentationInput {
  return {
    config: view.config,
    period,
    shownOn: '2026-09-14',
    aggregate: view.aggregate,
    firstLine: view.firstLine,
    source: { kind: 'live', countedAt: '2026-09-14T07:30:00Z' },
    ...extra,
  };
}

/** What a caller writes for a snapshot stored for the diarium (the configuration is the one in force). */
function snapshotInput(document: SnapshotDocument): PresentationInput {
  return {
    config,
    period: document.period,
    shownOn: '2026-12-01',
    aggregate: document.aggregate,
    source: { kind: 'snapshot', createdAt: document.createdAt },
  };
}

const byId = (slides: readonly Slide[], id: SlideId): Slide => {
  const found = slides.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no slide ${id}`);
  return found;
};
const figures = (slide: Slide): FiguresBlock['rows'] =>
  slide.blocks.flatMap((b) => (b.kind === 'figures' ? b.rows : []));
const figure = (slide: Slide, label: string): string => {
  const row = figures(slide).find((r) => r.label === label);
  if (row === undefined) throw new Error(`no figure ${label} on ${slide.id}`);
  return row.value;
};
const table = (slide: Slide): TableBlock => {
  const found = slide.blocks.find((b): b is TableBlock => b.kind === 'table');
  if (found === undefined) throw new Error(`no table on ${slide.id}`);
  return found;
};
/** A table row's cells by column label. */
const row = (slide: Slide, header: string): Record<string, string> => {
  const { columns, rows } = table(slide);
  const found = rows.find((r) => r.header === header);
  if (found === undefined) throw new Error(`no row ${header} on ${slide.id}`);
  return Object.fromEntries(found.cells.map((cell, i) => [columns[i + 1]?.label ?? '', cell]));
};

/** Every text a slide shows outside its notes. */
function shownTexts(slide: Slide): string[] {
  return [
    slide.title,
    ...slide.blocks.flatMap((b) => {
      switch (b.kind) {
        case 'text':
          return b.paragraphs;
        case 'bullets':
          return b.items;
        case 'figures':
          return b.rows.flatMap((r) => [r.label, r.value]);
        case 'table':
          return [...b.columns.map((c) => c.label), ...b.rows.flatMap((r) => [r.header, ...r.cells])];
      }
    }),
  ];
}

/** The figures in a text as written: digits with their decimal and thousands separators. */
const numbersIn = (text: string): string[] => text.match(/\d(?:[\d\u00a0.,]*\d)?/g) ?? [];

/** The figures a slide shows that its notes do not say. */
function unsaid(slide: Slide): string[] {
  const said = new Set(numbersIn(slide.notes));
  return shownTexts(slide)
    .flatMap(numbersIn)
    .filter((number) => !said.has(number));
}

describe('the presentation from the live figures', () => {
  const slides = presentationSlides(liveInput(), 'sv');

  it('shows the title, progress, the matrix, the proposals and the mission, in order, without the optional ones', () => {
    expect(slides.map((s) => s.id)).toEqual(['title', 'progress', 'readiness', 'proposals', 'firstLine']);
    expect(presentationSlides(liveInput({ firstLine: undefined }), 'sv').map((s) => s.id)).toEqual([
      'title',
      'progress',
      'readiness',
      'proposals',
    ]);
    expect(presentationSlides(liveInput({ consultation: [] }), 'sv').map((s) => s.id)).not.toContain(
      'consultation',
    );
  });

  it('names the kommun, the period, the day and that the figures are live', () => {
    const title = byId(slides, 'title');
    expect(title.title).toBe('Stödinventeringen i Gävle kommun');
    expect(title.blocks).toEqual([
      {
        kind: 'text',
        paragraphs: [
          'Stödinventering: Inventering våren 2018',
          '14 september 2026',
          'Aktuella siffror, räknade 2026-09-14 09:30',
        ],
      },
    ]);
  });

  it('counts the units that can answer and those that have, for the kommun and each sektor', () => {
    const progress = byId(slides, 'progress');
    // E5 is vacant and has no inventory: nobody can answer for it.
    const canAnswer = units.filter((u) => u.manager !== null || inventories.some((i) => i.unitId === u.id));
    const answered = countedInventories.length;
    const approved = inventories.filter((i) => i.status === 'approved').length;
    expect(figure(progress, 'Enheter som kan svara')).toBe(String(canAnswer.length));
    expect(figure(progress, 'Inskickade eller godkända')).toBe(
      `${answered} (${formatPercent(answered / canAnswer.length, 'sv')})`,
    );
    expect(figure(progress, 'Varav godkända')).toBe(String(approved));
    expect(figure(progress, 'Vakanta enheter, utanför basen')).toBe('1');
    for (const sektor of units.filter((u) => u.kind === 'sektor')) {
      const own = (list: readonly { unitId: string }[]) =>
        list.filter((x) => unit(x.unitId).sektorId === sektor.id);
      const total = own(canAnswer.map((u) => ({ unitId: u.id }))).length;
      const count = own(countedInventories).length;
      expect(row(progress, sektor.name)).toEqual({
        Enheter: String(total),
        'Inskickade eller godkända': String(count),
        'Varav godkända': String(own(inventories.filter((i) => i.status === 'approved')).length),
        Andel: formatPercent(count / total, 'sv'),
      });
    }
  });

  it('sets each sektor against the mottagare profile, with the shortfall where every receiving unit answered', () => {
    const readiness = byId(slides, 'readiness');
    // Receiving units: the sektor, its kontor and its staff units (countedUnitKinds sektor and kontor; stab too).
    const receiving = (sektorId: string) =>
      units
        .filter((u) => u.sektorId === sektorId && (u.kind !== 'enhet' || u.stab === true))
        .map((u) => u.id);
    const present = (sektorId: string, roleId: string) =>
      countedInventories
        .filter((i) => receiving(sektorId).includes(i.unitId))
        .flatMap((i) => i.lines.flatMap((l) => l.roles))
        .filter((r) => r.roleId === roleId)
        .reduce((sum, r) => sum + cents(r.arsarbetare), 0) / 100;
    const requirements = config.receiverProfile.requirements;
    // S2 and K2 both answered: every cell is met or short. S1's K3 has not: what is missing is "not reported".
    const shortS2 = requirements.reduce(
      (sum, req) => sum + Math.max(0, cents(req.minArsarbetare) - cents(present('S2', req.roleId))),
      0,
    );
    expect(figure(readiness, 'Brist mot profilen, sammanlagt')).toBe(
      `${(shortS2 / 100).toFixed(2).replace('.', ',')} åa`,
    );
    expect(shortS2).toBe(650);
    expect(figure(readiness, 'Sektorer som når hela profilen')).toBe('0 av 2');
    const s1 = row(readiness, 'Sektor omsorg');
    expect(s1['Controller, krav 2,00']).toBe('Uppfyllt 3,00');
    expect(present('S1', 'controller')).toBe(3);
    expect(s1['HR-strateg, krav 1,00']).toBe('Uppfyllt 1,00');
    expect(s1['Analytiker, krav 1,00']).toBe('Ej rapporterat 0,00');
    expect(s1.Uppfyllda).toBe('2 av 6');
    const s2 = row(readiness, 'Sektor samhällsbyggnad');
    expect(s2['Kommunikatör, krav 1,00']).toBe('Uppfyllt 1,20');
    expect(s2['Verksamhetsutvecklare, krav 2,00']).toBe('Brist 1,50');
    expect(s2.Uppfyllda).toBe('1 av 6');
  });

  it('gives each function the kommun’s proposal and the managers’ votes behind it', () => {
    const proposals = byId(slides, 'proposals');
    expect(table(proposals).rows.map((r) => r.header)).toEqual(
      config.taxonomy.functions.map((f) => f.label.sv),
    );
    const placementLabels = config.placements.map((p) => p.label.sv);
    for (const fn of config.taxonomy.functions) {
      const votes = (placement: Placement) =>
        countedInventories.filter((i) => i.lines.find((l) => l.functionId === fn.id)?.placement === placement)
          .length;
      const cells = row(proposals, fn.label.sv);
      expect(placements.map((p, i) => cells[placementLabels[i] ?? ''])).toEqual(
        placements.map((p) => String(votes(p))),
      );
      expect(cells.Svar).toBe(String(countedInventories.length));
    }
    expect(row(proposals, 'Ekonomi').Förslag).toBe('Samordna i sektorn');
    const kinds = figures(proposals).map((r) => Number(r.value.split(' ')[0]));
    expect(kinds.reduce((a, b) => a + b, 0)).toBe(config.taxonomy.functions.length);
  });

  it('writes every figure it shows into the speaker notes, in sentences', () => {
    const everything = presentationSlides(
      liveInput({
        scenario: scenarioOutcomes(input, [
          { id: 's', name: 'Samlad ekonomi', periodId: '2018', overrides: {} },
        ])[0],
        consultation: [{ functionId: 'hr', agree: 1234, disagree: 5, comments: 2 }],
      }),
      'sv',
    );
    expect(everything).toHaveLength(7);
    for (const slide of everything) {
      expect(slide.notes.length).toBeGreaterThan(0);
      expect([slide.id, unsaid(slide)]).toEqual([slide.id, []]);
    }
  });
});

describe('the chosen scenario', () => {
  // Ekonomi is centralised and Verksamhetsutveckling gathered in the sektor; everything else stays close.
  const kept = Object.fromEntries(config.taxonomy.functions.map((f) => [f.id, 'verksamhetsnara' as const]));
  const definition = {
    id: 's1',
    name: 'Samlad ekonomi',
    periodId: '2018',
    overrides: {
      ...kept,
      ekonomi: 'centralisera' as const,
      verksamhetsutveckling: 'samordnaSektor' as const,
    },
  };
  const outcome = scenarioOutcomes(input, [definition])[0]!;
  const slide = byId(presentationSlides(liveInput({ scenario: outcome }), 'sv'), 'scenario');
  const fteOf = (unitIds: readonly string[], functionId: string) =>
    countedInventories
      .filter((i) => unitIds.includes(i.unitId))
      .flatMap((i) => i.lines)
      .filter((l) => l.functionId === functionId)
      .reduce((sum, l) => sum + cents(l.arsarbetare ?? 0), 0) / 100;
  const allUnits = units.map((u) => u.id);
  const losing = (sektorId: string) =>
    String(outcome.unitLosses.filter((u) => u.sektorId === sektorId).length);

  it('shows what moves, from the answers: the centralised function’s FTE, the gathered kontor FTE, the units that lose', () => {
    expect(slide.title).toBe('Scenariot Samlad ekonomi');
    expect(slide.blocks[0]).toEqual({
      kind: 'bullets',
      items: ['Kan samordnas i sektorn: Verksamhetsutveckling och kvalitet', 'Kan centraliseras: Ekonomi'],
    });
    expect(fteOf(allUnits, 'ekonomi')).toBe(3);
    expect(figure(slide, 'Centraliseras')).toBe('3,00 åa');
    // Only K2's own staff gather: the sektorer's own are at the sektor level already.
    expect(figure(slide, 'Samlas i sektorn')).toBe(
      `${fteOf(['K2'], 'verksamhetsutveckling').toFixed(2).replace('.', ',')} åa`,
    );
    // The scenarios page's own figure, so that the slide and the page never disagree.
    expect(figure(slide, 'Enheter som förlorar eget stöd')).toBe(
      String(scenarioKeyFigures(outcome).unitsLosingSupport),
    );
    expect(figure(slide, 'Skillnad mellan sektorer (variationskoefficient)')).toMatch(
      /^\d,\d\d i dag → \d,\d\d$/,
    );
  });

  it('gives each sektor its support before and after', () => {
    const support = (sektorId: string) =>
      config.taxonomy.functions.reduce(
        (sum, f) =>
          sum +
          fteOf(
            units.filter((u) => u.sektorId === sektorId).map((u) => u.id),
            f.id,
          ) *
            100,
        0,
      ) / 100;
    expect(support('S1')).toBe(4);
    expect(row(slide, 'Sektor omsorg')).toEqual({
      'I dag': '4,00',
      'Samlas i sektorn': '0,00',
      Centraliseras: '3,00',
      Efter: '1,00',
      'Enheter som förlorar eget stöd': losing('S1'),
    });
    expect(support('S2')).toBe(1.7);
    expect(row(slide, 'Sektor samhällsbyggnad')).toEqual({
      'I dag': '1,70',
      'Samlas i sektorn': '0,50',
      Centraliseras: '0,00',
      Efter: '1,70',
      'Enheter som förlorar eget stöd': losing('S2'),
    });
  });

  // A counted line without own staff (0 persons, 0 FTE) leaves its unit nothing of its own to lose.
  it('counts as losing support only the units that have own staff in a function that moves', () => {
    // S1 and K1 lose their controllers, K2 its business developer.
    expect(figure(slide, 'Enheter som förlorar eget stöd')).toBe('3');
    expect(row(slide, 'Sektor omsorg')['Enheter som förlorar eget stöd']).toBe('2');
    expect(row(slide, 'Sektor samhällsbyggnad')['Enheter som förlorar eget stöd']).toBe('1');
  });
});

describe('the first-line managers’ mission', () => {
  it('says "too few answers" with the n where fewer than five first-line managers answered', () => {
    const slide = byId(presentationSlides(liveInput(), 'sv'), 'firstLine');
    // E2, E3 and E4 are the enhetschefer who answered.
    const n = countedInventories.filter((i) => i.firstLine !== null).length;
    expect(n).toBe(3);
    expect(figure(slide, 'Administrativ tid per vecka')).toBe(`för få svar (${n})`);
    expect(figure(slide, 'Chefsnära stöd per chef')).toBe(`för få svar (${n})`);
  });

  it('shows the figures of a larger kommun, the sektorer’s additions adding up to the total shown', () => {
    const m = generateMunicipality({ units: 120, seed: 5 });
    const periodId = m.periods[0]!.id;
    const big = dashboardView({ ...m, ignored: [] }, periodId);
    const slide = byId(
      presentationSlides(
        liveInput({ config: big.config, aggregate: big.aggregate, firstLine: big.firstLine }),
        'sv',
      ),
      'firstLine',
    );
    const { kommun } = big.firstLine;
    expect(figure(slide, 'Chefsnära stöd per chef')).toBe(
      `${kommun.figures.chefsnaraStod.perManager.value!.toFixed(2).replace('.', ',')} åa (${kommun.figures.chefsnaraStod.perManager.n} svar)`,
    );
    const added = table(slide).rows.reduce((sum, r) => {
      const cell = r.cells[2] ?? '–';
      return sum + (cell === '–' ? 0 : cents(Number(cell.replace(',', '.'))));
    }, 0);
    expect(figure(slide, 'Att tillföra enligt sektorernas förslag')).toBe(
      `${(added / 100).toFixed(2).replace('.', ',')} åa`,
    );
    expect(table(slide).rows.map((r) => r.header)).toEqual(big.aggregate.sektorer.map((s) => s.name));
  });
});

describe('what the consultation said', () => {
  const tallies: ConsultationTally[] = [
    { functionId: 'hr', agree: 12, disagree: 3, comments: 4 },
    { functionId: 'ekonomi', agree: 1200, disagree: 2, comments: 0 },
    { functionId: 'okand', agree: 1, disagree: 1, comments: 1 },
  ];
  const slide = byId(presentationSlides(liveInput({ consultation: tallies }), 'sv'), 'consultation');

  it('totals the tallies and lists them in the taxonomy’s order, an unknown function last by its id', () => {
    expect(figure(slide, 'Instämmer')).toBe('1\u00a0213');
    expect(figure(slide, 'Instämmer inte')).toBe('6');
    expect(figure(slide, 'Kommentarer')).toBe('5');
    expect(table(slide).rows).toEqual([
      { header: 'Ekonomi', cells: ['1\u00a0200', '2', '0'] },
      { header: 'HR', cells: ['12', '3', '4'] },
      { header: 'okand', cells: ['1', '1', '1'] },
    ]);
    expect(slide.notes).toContain('HR: 12 instämmer, 3 instämmer inte; kommentarer: 4.');
  });
});

describe('the presentation from a diarium snapshot', () => {
  const document: SnapshotDocument = {
    format: snapshotFormat,
    period,
    createdAt: '2026-12-01T09:12:00Z',
    createdBy: 'projekt@kommun.example',
    aggregate: JSON.parse(JSON.stringify(aggregate(input))) as SnapshotDocument['aggregate'],
  };
  const slides = presentationSlides(snapshotInput(document), 'sv');

  it('says the figures come from the snapshot, and leaves out the mission it does not hold', () => {
    expect(byId(slides, 'title').blocks[0]).toEqual({
      kind: 'text',
      paragraphs: [
        'Stödinventering: Inventering våren 2018',
        '1 december 2026',
        'Siffror från diariets ögonblicksbild 2026-12-01 10:12',
      ],
    });
    expect(slides.map((s) => s.id)).toEqual(['title', 'progress', 'readiness', 'proposals']);
  });

  it('shows the same figures as the live dashboard of the same answers', () => {
    const live = presentationSlides(liveInput(), 'sv');
    for (const id of ['progress', 'readiness', 'proposals'] as const)
      expect(byId(slides, id)).toEqual(byId(live, id));
  });
});

describe('in English', () => {
  const slides = presentationSlides(
    liveInput({ consultation: [{ functionId: 'hr', agree: 1234, disagree: 0, comments: 1 }] }),
    'en',
  );

  it('writes the words and the numbers the English way', () => {
    expect(slides.map((s) => s.title)).toEqual([
      'The support inventory in Gävle Municipality',
      'How many have answered',
      'The mottagare matrix: do the sectors reach the profile?',
      'The proposals: where support should sit',
      'First-line managers: the mission',
      'What the managers said about the proposals',
    ]);
    expect(byId(slides, 'title').blocks[0]).toEqual({
      kind: 'text',
      paragraphs: [
        'Support inventory: Inventory spring 2018',
        'September 14, 2026',
        'Live figures counted at 9/14/26, 9:30 AM',
      ],
    });
    const readiness = byId(slides, 'readiness');
    expect(figure(readiness, 'Shortfall against the profile, in total')).toBe('6.50 FTE');
    expect(row(readiness, 'Sektor samhällsbyggnad')['Business developer, required 2.00']).toBe('Short 1.50');
    expect(row(byId(slides, 'proposals'), 'Finance').Proposal).toBe('Coordinate in the sector');
    expect(figure(byId(slides, 'consultation'), 'Agree')).toBe('1,234');
    for (const slide of slides) {
      expect([slide.id, unsaid(slide)]).toEqual([slide.id, []]);
      expect(slide.notes).not.toMatch(/årsarbetare|instämmer|enheter/);
    }
  });
});
