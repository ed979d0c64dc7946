import {
  allowedTransitions,
  canEdit,
  canTransition,
  editInventory,
  inventoryStatuses,
  transition,
  transitionError,
  type Actor,
  type Inventory,
  type InventoryStatus,
} from '../../../src/domain';
import { allLines, completeInventory, config, inventory, line, unit } from './fixtures';

// E3 (Bibliotek Öster) lies in kontor K2 in sektor S2.
const manager: Actor = { upn: 'Enhet3@Kommun.example', roles: [] };
const kontorReviewer: Actor = { upn: 'kontor2@kommun.example', roles: [{ kind: 'reviewer', unitId: 'K2' }] };
const sektorReviewer: Actor = {
  upn: 'sektorchef2@kommun.example',
  roles: [{ kind: 'reviewer', unitId: 'S2' }],
};
const otherSektorReviewer: Actor = {
  upn: 'sektor.chef1@kommun.example',
  roles: [{ kind: 'reviewer', unitId: 'S1' }],
};
const otherKontorReviewer: Actor = {
  upn: 'kontor1@kommun.example',
  roles: [{ kind: 'reviewer', unitId: 'K1' }],
};
const projectTeam: Actor = { upn: 'projektteam@kommun.example', roles: [{ kind: 'projectTeam' }] };
const board: Actor = { upn: 'ks@kommun.example', roles: [{ kind: 'board' }] };
const stranger: Actor = { upn: 'enhet1@kommun.example', roles: [] };

const actors = {
  manager,
  kontorReviewer,
  sektorReviewer,
  otherSektorReviewer,
  otherKontorReviewer,
  projectTeam,
  board,
  stranger,
};
type ActorName = keyof typeof actors;

// The status machine as the brief states it, written out independently of the implementation's table.
const allowed: readonly [InventoryStatus, InventoryStatus, readonly ActorName[]][] = [
  ['notStarted', 'draft', ['manager']],
  ['draft', 'submitted', ['manager']],
  ['returned', 'draft', ['manager']],
  ['returned', 'submitted', ['manager']],
  ['submitted', 'returned', ['kontorReviewer', 'sektorReviewer', 'projectTeam']],
  ['submitted', 'approved', ['kontorReviewer', 'sektorReviewer', 'projectTeam']],
  ['approved', 'returned', ['projectTeam']],
];

const at = '2018-06-20T08:00:00.000Z';

/** The kontorschef's return of E3, pinned to the fixture's revision. */
const returnedByKontor = {
  id: '7',
  verdict: 'returned',
  comment: 'Komplettera',
  decidedBy: 'kontor2@kommun.example',
  decidedAt: at,
  revision: 'rev-1',
} as const;
const e3 = (status: InventoryStatus, overrides: Partial<Inventory> = {}): Inventory =>
  completeInventory('E3', { status, ...overrides });

describe('canTransition: who may make which status change', () => {
  const cases = inventoryStatuses.flatMap((from) =>
    inventoryStatuses.flatMap((to) =>
      (Object.keys(actors) as ActorName[]).map((who) => [from, to, who] as const),
    ),
  );

  it.each(cases)('%s → %s by %s', (from, to, who) => {
    const rule = allowed.find(([f, t]) => f === from && t === to);
    const expected = rule?.[2].includes(who) ?? false;
    expect(canTransition({ actor: actors[who], inventory: e3(from), to }).ok).toBe(expected);
  });

  it('says why a change is refused', () => {
    const noSuch = canTransition({ actor: manager, inventory: e3('draft'), to: 'approved' });
    expect(noSuch).toMatchObject({ ok: false, reason: 'noSuchTransition' });
    const forbidden = canTransition({
      actor: otherSektorReviewer,
      inventory: e3('submitted'),
      to: 'approved',
    });
    expect(forbidden).toMatchObject({
      ok: false,
      reason: 'forbidden',
      message: { sv: 'Du får inte göra den här statusändringen för enheten.' },
    });
  });

  it('does not let anyone review their own inventory, whatever their roles', () => {
    const selfReviewer: Actor = {
      upn: 'enhet3@kommun.example',
      roles: [{ kind: 'reviewer', unitId: 'S2' }, { kind: 'projectTeam' }],
    };
    expect(canTransition({ actor: selfReviewer, inventory: e3('submitted'), to: 'approved' })).toMatchObject({
      ok: false,
      reason: 'selfReview',
    });
    expect(canTransition({ actor: selfReviewer, inventory: e3('draft'), to: 'submitted' }).ok).toBe(true);
  });

  it('lists the changes an actor may make, for the buttons', () => {
    expect(allowedTransitions(manager, e3('returned'))).toEqual(['draft', 'submitted']);
    expect(allowedTransitions(kontorReviewer, e3('submitted'))).toEqual(['returned', 'approved']);
    expect(allowedTransitions(kontorReviewer, e3('approved'))).toEqual([]);
    expect(allowedTransitions(projectTeam, e3('approved'))).toEqual(['returned']);
  });
});

describe('transition', () => {
  const request = { at, config, unit: unit('E3') };

  it('submits a complete inventory and records who and when', () => {
    const result = transition(e3('draft'), { ...request, actor: manager, to: 'submitted' });
    expect(result.ok && result.inventory).toMatchObject({
      status: 'submitted',
      submittedBy: 'enhet3@kommun.example',
      submittedAt: at,
      updatedBy: 'enhet3@kommun.example',
      updatedAt: at,
      version: '1', // the store sets the new version when it saves
    });
  });

  it('refuses to submit an incomplete inventory and says what is missing', () => {
    const incomplete = e3('draft', { lines: allLines().slice(1) });
    const result = transition(incomplete, { ...request, actor: manager, to: 'submitted' });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      issues: [{ code: 'missingLine', path: 'lines.ekonomi' }],
    });
    const error = transitionError(result.ok ? (undefined as never) : result);
    expect(error.code).toBe('invalid');
    expect(error.issues).toHaveLength(1);
  });

  it('returns with a required comment, which the manager then sees', () => {
    const refused = transition(e3('submitted'), {
      ...request,
      actor: kontorReviewer,
      to: 'returned',
      comment: '  ',
    });
    expect(refused).toMatchObject({ ok: false, reason: 'commentRequired' });
    const returned = transition(e3('submitted'), {
      ...request,
      actor: kontorReviewer,
      to: 'returned',
      comment: 'Komplettera HR & IT, tack.',
    });
    expect(returned.ok && returned.inventory).toMatchObject({
      status: 'returned',
      decisions: [
        {
          id: '',
          verdict: 'returned',
          comment: 'Komplettera HR & IT, tack.',
          decidedBy: 'kontor2@kommun.example',
          decidedAt: at,
          revision: 'rev-1',
        },
      ],
    });
  });

  it('leaves the answer alone when it decides: who changed it last and when stay as they were', () => {
    const before = e3('submitted', { updatedBy: 'enhet3@kommun.example', updatedAt: '2018-05-01T08:00:00Z' });
    const approved = transition(before, { ...request, actor: kontorReviewer, to: 'approved' });
    expect(approved.ok && approved.inventory).toEqual({
      ...before,
      status: 'approved',
      decisions: [expect.objectContaining({ verdict: 'approved', comment: null })],
    });
  });

  it('caps the reviewer comment at the note length', () => {
    const result = transition(e3('submitted'), {
      ...request,
      actor: kontorReviewer,
      to: 'returned',
      comment: 'x'.repeat(2001),
    });
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      issues: [{ code: 'tooLong', path: 'reviewerComment' }],
    });
  });

  it('approves, and only the project team reopens an approved inventory, with a comment', () => {
    const approved = transition(e3('submitted'), { ...request, actor: sektorReviewer, to: 'approved' });
    expect(approved.ok && approved.inventory).toMatchObject({
      status: 'approved',
      decisions: [{ verdict: 'approved', decidedBy: 'sektorchef2@kommun.example', decidedAt: at }],
    });
    if (!approved.ok) throw new Error('approval failed');
    expect(
      transition(approved.inventory, { ...request, actor: sektorReviewer, to: 'returned', comment: 'Fel' }),
    ).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(transition(approved.inventory, { ...request, actor: projectTeam, to: 'returned' })).toMatchObject({
      ok: false,
      reason: 'commentRequired',
    });
    const reopened = transition(approved.inventory, {
      ...request,
      actor: projectTeam,
      to: 'returned',
      comment: 'Nya siffror från HR',
    });
    expect(reopened.ok && reopened.inventory).toMatchObject({
      status: 'returned',
      decisions: [
        { verdict: 'approved', decidedBy: 'sektorchef2@kommun.example' },
        { verdict: 'returned', decidedBy: 'projektteam@kommun.example', comment: 'Nya siffror från HR' },
      ],
    });
  });

  it('lets the manager take a returned inventory back to draft or resubmit it', () => {
    const returned = e3('returned', { decisions: [returnedByKontor] });
    const toDraft = transition(returned, { ...request, actor: manager, to: 'draft' });
    expect(toDraft.ok && toDraft.inventory.status).toBe('draft');
    const resubmitted = transition(returned, { ...request, actor: manager, to: 'submitted' });
    expect(resubmitted.ok && resubmitted.inventory).toMatchObject({
      status: 'submitted',
      decisions: [returnedByKontor],
    });
  });

  it('turns refusals into forbidden AppErrors for layers that throw', () => {
    const result = transition(e3('submitted'), { ...request, actor: otherKontorReviewer, to: 'approved' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(transitionError(result).code).toBe('forbidden');
  });
});

describe('canEdit and editInventory', () => {
  it('lets only the manager edit, and only before submission', () => {
    for (const status of ['notStarted', 'draft', 'returned'] as const)
      expect(canEdit(manager, e3(status)).ok).toBe(true);
    for (const status of ['submitted', 'approved'] as const) {
      expect(canEdit(manager, e3(status))).toMatchObject({ ok: false, reason: 'locked' });
    }
    expect(canEdit(kontorReviewer, e3('draft'))).toMatchObject({ ok: false, reason: 'notManager' });
    expect(canEdit(projectTeam, e3('draft'))).toMatchObject({ ok: false, reason: 'notManager' });
    expect(canEdit(manager, e3('approved'))).toMatchObject({
      message: {
        en: 'The inventory is submitted or approved and cannot be changed. Ask the reviewer to return it.',
      },
    });
  });

  it('makes a not-started inventory a draft on the first save, replacing lines by function', () => {
    const start = inventory('E3', { status: 'notStarted', lines: [line('hr'), line('it')] });
    const result = editInventory(start, {
      actor: manager,
      at,
      lines: [line('it', { persons: 1, arsarbetare: 0.5 }), line('juridik')],
    });
    expect(result.ok && result.inventory.status).toBe('draft');
    expect(result.ok && result.inventory.lines.map((l) => [l.functionId, l.persons])).toEqual([
      ['hr', 0],
      ['it', 1],
      ['juridik', 0],
    ]);
    expect(result.ok && result.inventory.updatedBy).toBe('enhet3@kommun.example');
  });

  it('takes a returned inventory back to a draft when the manager fixes it, keeping the decision as history', () => {
    const result = editInventory(e3('returned', { decisions: [returnedByKontor] }), {
      actor: manager,
      at,
      firstLine: null,
    });
    expect(result.ok && result.inventory).toMatchObject({ status: 'draft', decisions: [returnedByKontor] });
  });

  it('refuses edits from others and to locked inventories', () => {
    expect(editInventory(e3('approved'), { actor: manager, at })).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    expect(editInventory(e3('draft'), { actor: stranger, at })).toMatchObject({
      ok: false,
      reason: 'notManager',
    });
  });
});
