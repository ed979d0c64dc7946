import {
  decisionInForce,
  decisionOutdated,
  isAnswerStatus,
  reviewStatus,
  type ReviewDecision,
  type ReviewFacts,
} from '../../../src/domain';

const decision = (overrides: Partial<ReviewDecision> = {}): ReviewDecision => ({
  id: '1',
  verdict: 'approved',
  comment: null,
  decidedBy: 'karl.kontor@kommun.example',
  decidedAt: '2018-06-20T08:00:00Z',
  revision: 'r2',
  ...overrides,
});

const facts = (overrides: Partial<ReviewFacts> = {}): ReviewFacts => ({
  answer: 'submitted',
  revision: 'r2',
  decisions: [],
  managerUpn: 'anna.berg@kommun.example',
  ...overrides,
});

describe('reviewStatus', () => {
  it("is the manager's answer while nobody has decided", () => {
    for (const answer of ['notStarted', 'draft', 'submitted'] as const)
      expect(reviewStatus(facts({ answer }))).toBe(answer);
  });

  it('is the verdict of the latest decision made on the current revision', () => {
    expect(reviewStatus(facts({ decisions: [decision()] }))).toBe('approved');
    const returned = decision({ id: '2', verdict: 'returned', comment: 'Komplettera' });
    expect(reviewStatus(facts({ decisions: [decision(), returned] }))).toBe('returned');
  });

  it('falls back to the answer when the content changed after the decision, and shows that decision as outdated', () => {
    const approved = decision({ revision: 'r1' });
    const changed = facts({ decisions: [approved], revision: 'r2', answer: 'submitted' });
    expect(reviewStatus(changed)).toBe('submitted');
    expect(decisionInForce(changed)).toBeNull();
    expect(decisionOutdated(changed)).toBe(approved);
  });

  it('never takes an older decision on the current revision over a newer one on another', () => {
    const older = decision({ id: '1', revision: 'r2' });
    const newer = decision({ id: '2', verdict: 'returned', revision: 'r1' });
    expect(reviewStatus(facts({ decisions: [older, newer] }))).toBe('submitted');
  });

  it("ignores the unit's own manager's decisions, whatever the letter case of their UPN", () => {
    const own = decision({ decidedBy: 'Anna.Berg@Kommun.Example' });
    expect(reviewStatus(facts({ decisions: [own] }))).toBe('submitted');
    expect(decisionOutdated(facts({ decisions: [own] }))).toBeNull();
    const reviewer = decision({ id: '2', verdict: 'returned' });
    expect(reviewStatus(facts({ decisions: [reviewer, own] }))).toBe('returned');
  });

  it('never lets a decision without a pinned revision count, even on an inventory never stored', () => {
    expect(reviewStatus(facts({ revision: '', decisions: [decision({ revision: '' })] }))).toBe('submitted');
  });
});

describe('isAnswerStatus', () => {
  it('tells what a manager stores from what a reviewer decides', () => {
    expect(
      ['notStarted', 'draft', 'submitted', 'returned', 'approved'].map((s) => isAnswerStatus(s as never)),
    ).toEqual([true, true, true, false, false]);
  });
});
