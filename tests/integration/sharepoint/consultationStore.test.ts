// The consultation round against the emulator or a tenant, enforced by SharePoint: the project team opens a round
// every manager reads with the form, in the form's own 2 requests; a manager answers in their unit's folder of
// Remissvar and a stale copy is a conflict; the unit's reviewers (its sektor's and kontor's heads) read the answers,
// another sektor's get nothing (empty collections, 404 by id); a manager cannot write in another unit's folder, and
// an answer whose key names another unit does not count for it. Request budgets are exact.
import {
  AppError,
  roundFromScenario,
  type ConsultationRound,
  type StoredRound,
  type UnitAnswers,
} from '../../../src/domain';
import { answerKey } from '../../../src/sharepoint/mapping/consultation';
import { SharePointConsultationStore } from '../../../src/sharepoint/repositories/consultationStore';
import { toAppError } from '../../../src/sharepoint/errors';
import { listByKey, unitFolderUrl } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { rejectionOf, requestsOf } from './helpers';
import {
  ADMIN,
  ANNA,
  ERIK,
  KARL,
  PROJECT_TEAM,
  SARA,
  STINA,
  describeEmulatorOnly,
  describeWithPersonas,
  during2018,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

/** Kontorschef of K2 (sektor S2). */
const KURT = 'kurt.kultur@kommun.example';
const E1 = onSite.unit('E1');
const E2 = onSite.unit('E2');
const S1 = onSite.unit('S1');
const S2 = onSite.unit('S2');

let backend: Backend;
let site: FilledSite;
let round: StoredRound;
const store = (upn: string) => new SharePointConsultationStore(backend.sp(upn));
const unit = (id: string) => site.units.find((u) => u.id === id)!;

/** A round on a scenario centralising Ekonomi and gathering HR in the sektor; every other function stays. */
function newRound(id: string): ConsultationRound {
  return roundFromScenario(
    {
      id: 's-remiss',
      name: 'Samlad ekonomi',
      periodId: site.period.id,
      overrides: { ekonomi: 'centralisera', hr: 'samordnaSektor' },
    },
    { config: site.config, proposals: [], id, closesOn: '2018-06-30', openedAt: '2018-05-01T08:00:00Z' },
  );
}

const annasAnswers = (version = ''): UnitAnswers => ({
  roundId: round.id,
  unitId: E1,
  answers: [
    {
      functionId: 'ekonomi',
      verdict: 'disagree',
      comment: `Controllern behövs "nära" & snabbt, O'Brien\nrad två`,
    },
    { functionId: 'hr', verdict: 'agree', comment: '' },
  ],
  version,
});

beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
  round = await store(PROJECT_TEAM).openRound(newRound('r-remiss'));
});
afterAll(() => backend.close());

describeWithPersonas({ name: 'a round', personas: [PROJECT_TEAM, ANNA] }, () => {
  it('is opened by the project team in one request, and read by every manager with the form', async () => {
    backend.resetRequests();
    const other = await store(PROJECT_TEAM).openRound(newRound('r-andra'));
    expect(backend.requests()).toBe(1);

    backend.resetRequests();
    const { rounds, unreadable } = await store(ANNA).listRounds(site.period.id);
    expect(backend.requests()).toBe(1);
    expect(unreadable).toBe(0);
    expect(rounds).toEqual([round, other]);
    expect(round.choices.find((c) => c.functionId === 'ekonomi')).toMatchObject({
      placement: 'centralisera',
      source: 'override',
      label: { sv: 'Ekonomi' },
    });

    backend.resetRequests();
    expect(await store(PROJECT_TEAM).closeRound(other)).toEqual({ ...other, closed: true });
    expect(backend.requests()).toBe(1);
    backend.resetRequests();
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
    expect(backend.requests()).toBe(2);
    expect(form.rounds).toEqual([round]);
    // Past its last day it is no longer offered, though not closed.
    const after = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: '2018-07-01' });
    expect(after.rounds).toEqual([]);
  });

  it('that follows its period is read with the form between periods, in its 1 request', async () => {
    const later = await store(PROJECT_TEAM).openRound({ ...newRound('r-efter'), closesOn: '2019-03-31' });
    backend.resetRequests();
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: '2019-03-31' });
    expect(backend.requests()).toBe(1);
    expect(form.period).toBeNull();
    expect(form.rounds).toEqual([later]);
    await store(PROJECT_TEAM).closeRound(later);
  });

  it('is written by nobody but the project team', async () => {
    const refused = (await rejectionOf(store(ANNA).openRound(newRound('r-anna')))) as AppError;
    expect(refused.code).toBe('forbidden');
    expect((await rejectionOf(store(ANNA).closeRound(round))) as AppError).toMatchObject({
      code: 'forbidden',
    });
    expect((await store(ADMIN).listRounds(site.period.id)).rounds.map((r) => r.id)).not.toContain('r-anna');
  });

  it('counts a round changed by hand rather than showing half of it', async () => {
    const broken = await store(PROJECT_TEAM).openRound(newRound('r-trasig'));
    await listByKey(backend.sp(PROJECT_TEAM), 'remissrundor')
      .items.getById(broken.itemId)
      .update({ Round: '{"format":"stodinventering.remiss.v1","choices":"alla"}' });
    const { rounds, unreadable } = await store(ANNA).listRounds(site.period.id);
    expect(rounds.map((r) => r.id)).not.toContain('r-trasig');
    expect(unreadable).toBe(1);
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
    expect(form.rounds.map((r) => r.id)).toEqual([round.id]);
    await listByKey(backend.sp(PROJECT_TEAM), 'remissrundor').items.getById(broken.itemId).delete();
  });
});

describeWithPersonas({ name: 'a manager', personas: [ANNA, ERIK] }, () => {
  it('answers in the unit’s folder: 2 requests the first time, 1 after, and reads back what was saved', async () => {
    backend.resetRequests();
    expect(await store(ANNA).loadAnswers(round.id, E1)).toBeNull();
    expect(backend.requests()).toBe(1);

    backend.resetRequests();
    const created = await store(ANNA).saveAnswers(annasAnswers(), { round, unit: unit(E1) });
    expect(requestsOf(backend)).toEqual({ requests: 2, batchOperations: 2 });
    expect(await store(ANNA).loadAnswers(round.id, E1)).toEqual(created);

    const changed = {
      ...created,
      answers: [{ functionId: 'ekonomi', verdict: 'agree' as const, comment: '' }],
    };
    backend.resetRequests();
    const updated = await store(ANNA).saveAnswers(changed, { round, unit: unit(E1) });
    expect(backend.requests()).toBe(1);
    expect(updated.version).not.toBe(created.version);
    expect(await store(ANNA).loadAnswers(round.id, E1)).toEqual(updated);

    const [item] = (await listByKey(backend.sp(ADMIN), 'remissvar')
      .items.select('AnswerKey', 'Partition', 'UnitCode', 'SektorName', 'KontorName', 'FileDirRef')
      .filter(eq('AnswerKey', answerKey(round.id, E1)))()) as SpItem[];
    expect(item).toMatchObject({
      Partition: `${round.id}:${S1}`,
      UnitCode: E1,
      SektorName: 'Välfärd',
      KontorName: 'Äldreomsorg',
      FileDirRef: unitFolderUrl(backend.siteUrl, 'remissvar', E1),
    });
  });

  it('gets a conflict with both versions when the answers were saved since they were read', async () => {
    const loaded = (await store(ANNA).loadAnswers(round.id, E1))!;
    const theirs = await store(ANNA).saveAnswers(
      { ...loaded, answers: [{ functionId: 'hr', verdict: 'disagree', comment: 'Nej.' }] },
      { round, unit: unit(E1) },
    );
    const mine = { ...loaded, answers: [{ functionId: 'ekonomi', verdict: 'agree' as const, comment: '' }] };
    backend.resetRequests();
    const conflict = (await rejectionOf(
      store(ANNA).saveAnswers(mine, { round, unit: unit(E1) }),
    )) as AppError;
    expect(backend.requests()).toBe(2);
    expect(conflict.code).toBe('conflict');
    expect(conflict.conflict).toEqual({ mine, theirs });
    // A first save over answers another tab created meanwhile is a conflict too, never a second item.
    const again = (await rejectionOf(
      store(ANNA).saveAnswers({ ...mine, version: '' }, { round, unit: unit(E1) }),
    )) as AppError;
    expect(again.conflict?.theirs).toEqual(theirs);
    await store(ANNA).saveAnswers(annasAnswers(theirs.version), { round, unit: unit(E1) });
  });

  it('cannot write in another unit’s folder: SharePoint refuses, nothing is stored', async () => {
    const forged = { ...annasAnswers(), unitId: E2 };
    const error = (await rejectionOf(store(ANNA).saveAnswers(forged, { round, unit: unit(E2) }))) as AppError;
    expect(error).toBeInstanceOf(AppError);
    // A folder she may not read does not exist for her, as SharePoint answers.
    expect(error.code).toBe('notFound');
    expect(await store(ADMIN).loadAnswers(round.id, E2)).toBeNull();
    expect(await store(ERIK).loadAnswers(round.id, E2)).toBeNull();
  });

  it('who files an answer in their folder under another unit’s key takes nothing from that unit', async () => {
    await listByKey(backend.sp(ANNA), 'remissvar').addValidateUpdateItemUsingPath(
      [
        { FieldName: 'AnswerKey', FieldValue: answerKey(round.id, E2) },
        { FieldName: 'RoundId', FieldValue: round.id },
        { FieldName: 'Partition', FieldValue: `${round.id}:${S1}` },
        {
          FieldName: 'Answers',
          FieldValue:
            '{"format":"stodinventering.remissvar.v1","answers":[{"functionId":"hr","verdict":"agree","comment":""}]}',
        },
      ],
      unitFolderUrl(backend.siteUrl, 'remissvar', E1),
    );
    const listed = await store(PROJECT_TEAM).listAnswers(round.id, null);
    expect(listed.answers.map((a) => a.unitId)).toEqual([E1]);
    expect(listed.ignored).toEqual([
      expect.objectContaining({ unitId: E1, claims: answerKey(round.id, E2), reason: 'outsideUnitFolder' }),
    ]);
    expect(await store(ERIK).loadAnswers(round.id, E2)).toBeNull();
  });
});

describeWithPersonas({ name: 'reviewers', personas: [ANNA, SARA, KARL, STINA, KURT, PROJECT_TEAM] }, () => {
  beforeAll(async () => {
    const stored = await store(ANNA).loadAnswers(round.id, E1);
    if (stored === null) await store(ANNA).saveAnswers(annasAnswers(), { round, unit: unit(E1) });
  });

  it('of the unit’s sektor and kontor read its answers, placed by the organisation, in one request', async () => {
    for (const upn of [SARA, KARL]) {
      backend.resetRequests();
      const listed = await store(upn).listAnswers(round.id, S1);
      expect({ upn, requests: backend.requests() }).toEqual({ upn, requests: 1 });
      expect(listed.answers.map((a) => [a.unitId, a.unitName, a.sektorId, a.kontorId])).toEqual([
        [E1, 'Hemtjänst Norr', S1, onSite.unit('K1')],
      ]);
      expect(listed.answers[0]!.answers).toEqual(annasAnswers().answers);
      expect(listed.names.get(S1)).toBe('Välfärd');
    }
    backend.resetRequests();
    const all = await store(PROJECT_TEAM).listAnswers(round.id, null);
    expect(backend.requests()).toBe(1);
    expect(all.answers.map((a) => a.unitId)).toEqual([E1]);
  });

  it('of another sektor get nothing: SharePoint leaves the answers out and hides the item', async () => {
    const [item] = (await listByKey(backend.sp(ADMIN), 'remissvar')
      .items.select('ID', 'FileDirRef')
      .filter(eq('AnswerKey', answerKey(round.id, E1)))()) as SpItem[];
    for (const upn of [STINA, KURT]) {
      for (const sektor of [S1, S2, null])
        expect({ upn, sektor, answers: (await store(upn).listAnswers(round.id, sektor)).answers }).toEqual({
          upn,
          sektor,
          answers: [],
        });
      expect(await store(upn).loadAnswers(round.id, E1)).toBeNull();
      const denial = await toAppError(
        await rejectionOf(listByKey(backend.sp(upn), 'remissvar').items.getById(itemIdOf(item!))()),
      );
      expect({ upn, code: denial.code }).toEqual({ upn, code: 'notFound' });
    }
  });
});

describeEmulatorOnly(
  {
    name: 'a site provisioned before Remissrundor existed',
    reason: 'it deletes the list Remissrundor, which a tenant would lose for real',
  },
  () => {
    it('opens the form in its 2 requests with no rounds', async () => {
      await listByKey(backend.sp(ADMIN), 'remissrundor').delete();
      backend.resetRequests();
      const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
      expect(backend.requests()).toBe(2);
      expect(form.rounds).toEqual([]);
      expect(form.inventories.map((i) => i.unitId)).toEqual([E1]);
    });
  },
);
