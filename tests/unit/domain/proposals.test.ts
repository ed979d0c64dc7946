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
  qualityResponses: 10,
  qualityMean: 3.5,
  unitsWithStaff: 2,
  arsarbetare: 2,
  meanArsarbetarePerStaffedUnit: 1,
  ...extra,
});

const fragmented = { unitsWithStaff: 6, arsarbetare: 1.8, meanArsarbetarePerStaffedUnit: 0.3 };

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
    [
      'half want it close and quality is 3',
      evidence([5, 3, 2], { qualityMean: 3 }),
      'verksamhetsnara',
      'keepCloseMajority',
    ],
    [
      'close majority without quality answers',
      evidence([6, 2, 2], { qualityMean: null }),
      'verksamhetsnara',
      'keepCloseMajority',
    ],
    [
      'close majority but poor quality',
      evidence([5, 3, 2], { qualityMean: 2.9 }),
      'samordnaSektor',
      'coordinateCloseLowQuality',
    ],
    [
      'close majority, poor quality, 40 % centralise',
      evidence([5, 1, 4], { qualityMean: 2.9 }),
      'centralisera',
      'centraliseMajority',
    ],
    ['40 % want it centralised', evidence([2, 4, 4]), 'centralisera', 'centraliseMajority'],
    ['39 % want it centralised', evidence([21, 40, 39]), 'samordnaSektor', 'coordinateMixed'],
    [
      'fragmented and poor',
      evidence([2, 6, 2], { ...fragmented, qualityMean: 2.5 }),
      'centralisera',
      'centraliseFragmented',
    ],
    [
      'fragmented but good',
      evidence([2, 6, 2], { ...fragmented, qualityMean: 3 }),
      'samordnaSektor',
      'coordinateMixed',
    ],
    [
      'poor but in few units',
      evidence([2, 6, 2], { ...fragmented, unitsWithStaff: 4, qualityMean: 2 }),
      'samordnaSektor',
      'coordinateMixed',
    ],
    [
      'poor but not thin',
      evidence([2, 6, 2], { ...fragmented, meanArsarbetarePerStaffedUnit: 0.5, qualityMean: 2 }),
      'samordnaSektor',
      'coordinateMixed',
    ],
    [
      'fragmented and poor but wanted close',
      evidence([6, 2, 2], { ...fragmented, qualityMean: 2 }),
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
    expect(proposal?.evidence.qualityMean).toBe(summary?.quality.mean);
    expect(proposal?.evidence.unitsWithStaff).toBe(summary?.unitsWithStaff);
  });

  it('explain themselves with the figures, per language', () => {
    const proposal = result.proposals.kommun.find((p) => p.rule === 'keepCloseMajority');
    if (proposal === undefined)
      throw new Error('the synthetic municipality should have a keep-close proposal');
    const share = proposal.evidence.votes.verksamhetsnara / proposal.evidence.totalVotes;
    const percent = Math.round(share * 100);
    expect(proposal.explanation.sv).toBe(
      `${percent}\u00a0% av cheferna vill ha stödet verksamhetsnära, och kvaliteten är godtagbar.`,
    );
    expect(proposal.explanation.en).toBe(
      `${percent}% of managers want the support close to operations, and its quality is acceptable.`,
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
