import { proposePlacement, type ProposalEvidence } from '../../../src/domain';
import { generateMunicipality } from '../../../scripts/lib/demo';
import { aggregate } from '../../../src/domain';
import { config } from './fixtures';

const thresholds = config.proposalThresholds;

const evidence = (
  votes: [number, number, number],
  extra: Partial<ProposalEvidence> = {},
): ProposalEvidence => ({
  votes: { verksamhetsnara: votes[0], samordnaSektor: votes[1], centralisera: votes[2] },
  totalVotes: votes[0] + votes[1] + votes[2],
  quality: { n: 10, value: 3.5 },
  unitsWithStaff: 2,
  arsarbetare: 2,
  arsarbetarePerStaffedUnit: { n: 2, value: null },
  ...extra,
});

const quality = (value: number | null) => ({ quality: { n: value === null ? 3 : 10, value } });
const fragmented = { unitsWithStaff: 6, arsarbetare: 1.8, arsarbetarePerStaffedUnit: { n: 6, value: 0.3 } };

describe('proposePlacement: the verksamhetsnära rules', () => {
  it('uses the documented default thresholds', () => {
    expect(thresholds).toEqual({
      minVotes: 5,
      keepCloseMinShare: 0.5,
      keepCloseMinQuality: 3,
      centraliseMinShare: 0.4,
      fragmentedMinUnits: 5,
      fragmentedBelowArsarbetare: 0.5,
      lowQualityBelow: 3,
    });
  });

  it.each([
    ['too few votes', evidence([3, 1, 0]), 'insufficientData', 'insufficientData'],
    ['half close, half centralise', evidence([5, 0, 5]), 'samordnaSektor', 'tie'],
    ['40 % close, 40 % centralise, poor quality', evidence([4, 2, 4], quality(2)), 'samordnaSektor', 'tie'],
    ['as many close as in the sector', evidence([4, 4, 2]), 'samordnaSektor', 'tie'],
    [
      'half want it close and quality is 3',
      evidence([5, 3, 2], { ...quality(3) }),
      'verksamhetsnara',
      'keepCloseMajority',
    ],
    [
      'close majority with too few quality answers',
      evidence([6, 2, 2], { ...quality(null) }),
      'verksamhetsnara',
      'keepCloseMajority',
    ],
    [
      'close majority but poor quality',
      evidence([5, 3, 2], { ...quality(2.9) }),
      'samordnaSektor',
      'coordinateCloseLowQuality',
    ],
    [
      'close majority, poor quality, 40 % centralise',
      evidence([5, 1, 4], { ...quality(2.9) }),
      'centralisera',
      'centraliseMajority',
    ],
    ['44 % want it centralised', evidence([2, 3, 4]), 'centralisera', 'centraliseMajority'],
    ['40 % centralise, as many in the sector', evidence([2, 4, 4]), 'samordnaSektor', 'tie'],
    ['39 % want it centralised', evidence([21, 40, 39]), 'samordnaSektor', 'coordinateMixed'],
    [
      'fragmented and poor',
      evidence([2, 6, 2], { ...fragmented, ...quality(2.5) }),
      'centralisera',
      'centraliseFragmented',
    ],
    [
      'fragmented but good',
      evidence([2, 6, 2], { ...fragmented, ...quality(3) }),
      'samordnaSektor',
      'coordinateMixed',
    ],
    [
      'poor but in few units',
      evidence([2, 6, 2], { ...fragmented, unitsWithStaff: 4, ...quality(2) }),
      'samordnaSektor',
      'coordinateMixed',
    ],
    [
      'poor but not thin',
      evidence([2, 6, 2], { ...fragmented, arsarbetarePerStaffedUnit: { n: 6, value: 0.5 }, ...quality(2) }),
      'samordnaSektor',
      'coordinateMixed',
    ],
    [
      'fragmented and poor but wanted close',
      evidence([6, 2, 2], { ...fragmented, ...quality(2) }),
      'samordnaSektor',
      'coordinateCloseLowQuality',
    ],
  ] as const)('%s → %s (%s)', (_case, input, proposal, rule) => {
    expect(proposePlacement(input, thresholds)).toEqual({ proposal, rule });
  });

  it('follows configured thresholds', () => {
    const strict = { ...thresholds, keepCloseMinShare: 0.7, minVotes: 20 };
    expect(proposePlacement(evidence([6, 2, 2]), strict)).toEqual({
      proposal: 'insufficientData',
      rule: 'insufficientData',
    });
    expect(proposePlacement(evidence([12, 6, 2]), strict)).toEqual({
      proposal: 'samordnaSektor',
      rule: 'coordinateMixed',
    });
  });
});

describe('placement proposals in an aggregate', () => {
  const m = generateMunicipality({ units: 350, seed: 14 });
  const result = aggregate({
    units: m.units,
    inventories: m.inventories,
    config: m.config,
    periodId: '2018',
  });

  it('carry the evidence they rest on', () => {
    const proposal = result.proposals.kommun.find((p) => p.functionId === 'chefsnaraStod');
    const summary = result.kommun.functions.find((f) => f.functionId === 'chefsnaraStod');
    expect(proposal?.scope).toEqual({ level: 'kommun' });
    expect(proposal?.evidence.votes).toEqual(summary?.placementVotes);
    expect(proposal?.evidence.totalVotes).toBe(
      (summary?.placementVotes.verksamhetsnara ?? 0) +
        (summary?.placementVotes.samordnaSektor ?? 0) +
        (summary?.placementVotes.centralisera ?? 0),
    );
    expect(proposal?.evidence.quality).toEqual(summary?.quality);
    expect(proposal?.evidence.unitsWithStaff).toBe(summary?.unitsWithStaff);
  });

  it('explain themselves with every side’s share and n, per language', () => {
    const proposal = result.proposals.kommun.find((p) => p.rule === 'keepCloseMajority');
    if (proposal === undefined)
      throw new Error('the synthetic municipality should have a keep-close proposal');
    const { votes, totalVotes, quality } = proposal.evidence;
    const exact = [votes.verksamhetsnara, votes.samordnaSektor, votes.centralisera].map(
      (v) => (v / totalVotes) * 100,
    );
    const en = proposal.explanation.en;
    expect(en.startsWith(`Of ${totalVotes.toLocaleString('en-US')} managers who stated a placement, `)).toBe(
      true,
    );
    // The three shown shares are each within one point of the exact share and add up to 100.
    const shown = [...en.matchAll(/(\d+)%/g)].slice(0, 3).map((m) => Number(m[1]));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(100);
    shown.forEach((value, i) => expect(Math.abs(value - (exact[i] ?? 0))).toBeLessThan(1));
    expect(en).toContain(`(${quality.n.toLocaleString('en-US')} answers)`);
    expect(proposal.explanation.sv.replace(/\u00a0/g, ' ')).toContain(
      `Av ${totalVotes.toLocaleString('sv-SE').replace(/\u00a0/g, ' ')} chefer som angett placering vill ${shown[0]} %`,
    );
  });

  it('are made for the kommun and for every sektor', () => {
    expect(result.proposals.kommun).toHaveLength(m.config.taxonomy.functions.length);
    const sektorIds = new Set(
      result.proposals.sektorer.map((p) => (p.scope.level === 'sektor' ? p.scope.sektorId : '')),
    );
    expect([...sektorIds]).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('single out the functions the seed says are being centralised, and chefsnära stöd as close', () => {
    const proposalFor = (id: string): string | undefined =>
      result.proposals.kommun.find((p) => p.functionId === id)?.proposal;
    expect(proposalFor('kundtjanst')).toBe('centralisera');
    expect(proposalFor('inkopUpphandling')).toBe('centralisera');
    expect(proposalFor('chefsnaraStod')).toBe('verksamhetsnara');
  });
});
