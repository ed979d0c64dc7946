// Which approvals' figures the dashboards read: only the latest approval that counts, and only when the answer
// has moved on from it; and how they are asked for (by item ID, in short flat filters).
import { type Inventory, type ReviewDecision } from '../../../src/domain';
import { figuresByIds, idsPerQuery } from '../../../src/sharepoint/repositories/approvedFigures';
import { outdatedApprovals } from '../../../src/sharepoint/repositories/outdatedApprovals';

const ANNA = 'anna.berg@kommun.example';
const KARL = 'karl.kontor@kommun.example';
const TEAM = 'projekt@kommun.example';

const decision = (
  id: number,
  verdict: ReviewDecision['verdict'],
  revision: string,
  by = KARL,
): ReviewDecision => ({
  id: String(id),
  verdict,
  comment: verdict === 'returned' ? 'Komplettera' : null,
  decidedBy: by,
  decidedAt: '2018-05-21T09:30:00Z',
  revision,
});

const inventory = (revision: string, decisions: ReviewDecision[]): Inventory => ({
  id: '2018:E1',
  periodId: '2018',
  unitId: 'E1',
  sektorId: 'S1',
  kontorId: 'K1',
  managerUpn: ANNA,
  status: 'submitted',
  version: '',
  revision,
  decisions,
  lines: [],
  firstLine: null,
  updatedAt: null,
  updatedBy: null,
  submittedBy: null,
  submittedAt: null,
});

const managers = new Map([['E1', ANNA]]);
const wanted = (i: Inventory) => outdatedApprovals([i], managers).map((a) => a.decision.id);

describe('outdatedApprovals', () => {
  it('asks for an approval the answer changed after', () => {
    expect(wanted(inventory('r2', [decision(1, 'approved', 'r1')]))).toEqual(['1']);
  });

  it('asks for the latest approval when a newer answer was returned', () => {
    const i = inventory('r3', [
      decision(1, 'approved', 'r1'),
      decision(2, 'approved', 'r2'),
      decision(3, 'returned', 'r3'),
    ]);
    expect(wanted(i)).toEqual(['2']);
  });

  it('asks for nothing while the approval is in force, or reopened on the answer it approved', () => {
    expect(wanted(inventory('r1', [decision(1, 'approved', 'r1')]))).toEqual([]);
    expect(
      wanted(inventory('r1', [decision(1, 'approved', 'r1'), decision(2, 'returned', 'r1', TEAM)])),
    ).toEqual([]);
  });

  it('asks for nothing without an approval, and never for one the unit’s own manager made', () => {
    expect(wanted(inventory('r2', [decision(1, 'returned', 'r1')]))).toEqual([]);
    expect(wanted(inventory('r2', [decision(1, 'approved', 'r1', 'Anna.Berg@kommun.example')]))).toEqual([]);
  });
});

describe('figuresByIds', () => {
  it('reads 25 IDs a query, each ID once, so 2,500 approvals take one $batch', () => {
    expect(idsPerQuery).toBe(25);
    expect(figuresByIds([])).toEqual([]);
    expect(figuresByIds([3, 1, 3])).toHaveLength(1);
    expect(figuresByIds(Array.from({ length: 2500 }, (_, i) => i + 1))).toHaveLength(100);
    expect(figuresByIds(Array.from({ length: 2501 }, (_, i) => i + 1))).toHaveLength(101);
  });
});
