// A manager (and a reviewer) attacking the statuses and other units' inventories through SharePoint's own REST API,
// every route a client can take: MERGE, ValidateUpdateListItem, $batch, the decision list's endpoints, permission
// changes, key-column rewrites, a folder rename. Whatever SharePoint lets through, the app's status (what the
// dashboards, exports and `npm run progress` use) never says approved unless the unit's reviewer decided, and the
// other unit's inventory never changes. Runs against a tenant too (SP_LIVE_URL with SP_LIVE_USERS).
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { type Inventory } from '../../../src/domain';
import { folderRootsOf, listByKey, unitFolderUrl, type UnitFolderList } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { periodReport, unitReport } from '../../../scripts/lib/statusReport';
import { answeredLine, contentOf, rejectionOf, withAnswers, withDecision } from './helpers';
import {
  ADMIN,
  ANNA,
  ERIK,
  KARL,
  PROJECT_TEAM,
  describeWithPersonas,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

const E1 = onSite.unit('E1');
const E2 = onSite.unit('E2');
const E4 = onSite.unit('E4');

let backend: Backend;
let site: FilledSite;

const inventoryOf = async (upn: string, unit: string): Promise<Inventory> => {
  const found = await backend.repos(upn).inventories.get(site.period.id, unit);
  if (found === null) throw new Error(`${upn} cannot read ${unit}`);
  return found;
};

/**
 * What the project team's report (as `npm run progress` makes it) and Karl's review show: whether E1 counts as
 * approved, and all of E2. An attack may damage Anna's own E1 (then it counts as not answered); never more.
 */
async function seen() {
  const data = await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
  const report = (unitId: string) => {
    const { ignored: _ignored, ...rest } = unitReport(data, { periodId: site.period.id, unitId });
    return rest;
  };
  const e1 = report(E1);
  return {
    e1Approved: e1.status === 'approved' || e1.decision?.verdict === 'approved',
    e2: report(E2),
    e2AsKarl: contentOf(await inventoryOf(KARL, E2)),
    e2AsTeam: contentOf(data.inventories.find((i) => i.unitId === E2)!),
    approvedInKommun: periodReport(data, site.period.id).kommun.byStatus.approved,
  };
}

/** SharePoint's id of the built-in Contribute level (RoleTypeKind 3), the same on every site. */
const CONTRIBUTE = 1073741827;

async function itemIdIn(sp: SPFI, list: UnitFolderList, filter: string): Promise<number> {
  const [item] = (await listByKey(sp, list).items.select('ID').filter(filter).top(1)()) as SpItem[];
  if (item === undefined) throw new Error(`No item in ${list} where ${filter}`);
  return itemIdOf(item);
}

const claims = (unit: string) => `[{"Key":"i:0#.f|membership|${onSite.upn(unit)}"}]`;

let before: Awaited<ReturnType<typeof seen>>;
let annasItem: number;
let annasLine: number;

describeWithPersonas(
  { name: 'forging statuses and other units’ answers', personas: [ANNA, ERIK, KARL] },
  () => {
    beforeAll(async () => {
      backend = await startBackend();
      site = await fillSite(backend);
      // Anna has submitted E1; Erik submitted E2 and Karl, his kontorschef, approved it.
      const anna = await inventoryOf(ANNA, E1);
      await backend.repos(ANNA).inventories.save({
        ...withAnswers(anna, [answeredLine('ekonomi', 'controller', 1)]),
        status: 'submitted',
      });
      const erik = await inventoryOf(ERIK, E2);
      await backend.repos(ERIK).inventories.save({
        ...withAnswers(erik, [answeredLine('ekonomi', 'controller', 2)]),
        status: 'submitted',
      });
      const e2 = await inventoryOf(KARL, E2);
      await backend
        .repos(KARL)
        .inventories.decide(withDecision(e2, { verdict: 'approved', by: onSite.upn(KARL) }));
      before = await seen();
      expect(before).toMatchObject({
        e1Approved: false,
        e2: { status: 'approved', decision: { decidedBy: onSite.upn(KARL) } },
        approvedInKommun: 1,
      });
      const annas = backend.sp(ANNA);
      annasItem = await itemIdIn(
        annas,
        'inventeringar',
        eq('InventoryKey', onSite.inventoryId('2018', 'E1')),
      );
      annasLine = await itemIdIn(
        annas,
        'inventeringsrader',
        eq('InventoryKey', onSite.inventoryId('2018', 'E1')),
      );
    });
    afterAll(() => backend.close());

    // Whatever an attack managed to write, nothing the app counts may have changed.
    afterEach(async () => {
      expect(await seen()).toEqual(before);
    });

    describe('Anna approving her own inventory', () => {
      it('by a MERGE of the Status column: the app never reads a verdict there', async () => {
        const item = listByKey(backend.sp(ANNA), 'inventeringar').items.getById(annasItem);
        // SharePoint may store an unknown choice through REST; either way the app does not count it as approved.
        await item.update({ Status: 'Godkänd' }).catch(() => undefined);
        const e1 = (
          await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id })
        ).inventories.find((i) => i.unitId === E1);
        expect(e1?.status).not.toBe('approved');
        await listByKey(backend.sp(ADMIN), 'inventeringar')
          .items.getById(annasItem)
          .update({ Status: 'Inskickad' });
      });

      it('by ValidateUpdateListItem setting the status and her office head as the editor', async () => {
        const item = listByKey(backend.sp(ANNA), 'inventeringar').items.getById(annasItem);
        await item
          .validateUpdateListItem([
            { FieldName: 'Status', FieldValue: 'Godkänd' },
            { FieldName: 'Editor', FieldValue: claims(KARL) },
          ])
          .catch(() => undefined);
        await listByKey(backend.sp(ADMIN), 'inventeringar')
          .items.getById(annasItem)
          .update({ Status: 'Inskickad' });
      });

      it('by the same writes in one $batch', async () => {
        const [batched, execute] = backend.sp(ANNA).batched();
        const writes = [
          listByKey(batched, 'inventeringar').items.getById(annasItem).update({ Status: 'Godkänd' }),
          listByKey(batched, 'inventeringar')
            .items.getById(annasItem)
            .validateUpdateListItem([{ FieldName: 'Editor', FieldValue: claims(KARL) }]),
        ].map((p) => p.catch(() => undefined));
        await execute();
        await Promise.all(writes);
        await listByKey(backend.sp(ADMIN), 'inventeringar')
          .items.getById(annasItem)
          .update({ Status: 'Inskickad' });
      });

      it('by adding a decision in her unit’s Granskningsbeslut folder, its root, or through items.add: denied', async () => {
        const anna = backend.sp(ANNA);
        const e1 = await inventoryOf(ANNA, E1);
        const values = [
          { FieldName: 'InventoryKey', FieldValue: e1.id },
          { FieldName: 'PeriodId', FieldValue: e1.periodId },
          { FieldName: 'UnitCode', FieldValue: E1 },
          { FieldName: 'Verdict', FieldValue: 'Godkänd' },
          { FieldName: 'Revision', FieldValue: e1.revision },
          { FieldName: 'Author', FieldValue: claims(KARL) },
        ];
        const decisions = listByKey(anna, 'granskningsbeslut');
        const folder = unitFolderUrl(backend.siteUrl, 'granskningsbeslut', E1);
        for (const attempt of [
          decisions.addValidateUpdateItemUsingPath(values, folder),
          decisions.addValidateUpdateItemUsingPath(values, folderRootsOf(anna).granskningsbeslut),
          decisions.items.add({
            InventoryKey: e1.id,
            PeriodId: e1.periodId,
            UnitCode: E1,
            Verdict: 'Godkänd',
            Revision: e1.revision,
          }),
        ])
          expect(await rejectionOf(attempt)).toMatchObject({ status: expect.any(Number) });
      });

      it('by opening her decisions folder to herself: she may not change its permissions', async () => {
        const anna = backend.sp(ANNA);
        const me = await anna.web.currentUser.select('Id')();
        const folder = await anna.web
          .getFolderByServerRelativePath(unitFolderUrl(backend.siteUrl, 'granskningsbeslut', E1))
          .getItem();
        expect(await rejectionOf(folder.roleAssignments.add(me.Id, CONTRIBUTE))).toMatchObject({
          status: expect.any(Number),
        });
        expect(await rejectionOf(folder.breakRoleInheritance(true, true))).toMatchObject({
          status: expect.any(Number),
        });
      });

      it('by changing a decision once made, or deleting it: denied', async () => {
        // Karl returns E1; Anna tries to turn his return into an approval, or make it go away.
        const e1 = await inventoryOf(KARL, E1);
        await backend
          .repos(KARL)
          .inventories.decide(
            withDecision(e1, { verdict: 'returned', by: onSite.upn(KARL), comment: 'Komplettera' }),
          );
        const anna = backend.sp(ANNA);
        const decision = await itemIdIn(anna, 'granskningsbeslut', eq('InventoryKey', e1.id));
        const item = listByKey(anna, 'granskningsbeslut').items.getById(decision);
        for (const attempt of [
          item.update({ Verdict: 'Godkänd' }),
          item.validateUpdateListItem([{ FieldName: 'Verdict', FieldValue: 'Godkänd' }]),
          item.delete(),
          item.recycle(),
        ])
          expect(await rejectionOf(attempt)).toMatchObject({ status: expect.any(Number) });
        const data = await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
        expect(unitReport(data, { periodId: site.period.id, unitId: E1 })).toMatchObject({
          status: 'returned',
          decision: { verdict: 'returned', decidedBy: onSite.upn(KARL), comment: 'Komplettera' },
        });
      });
    });

    describe('Anna pushing lines into Erik’s inventory', () => {
      it('by rewriting the keys of a line in her folder: it does not count for E2 (nor for her any more)', async () => {
        const e2 = onSite.inventoryId('2018', 'E2');
        await listByKey(backend.sp(ANNA), 'inventeringsrader')
          .items.getById(annasLine)
          .update({ InventoryKey: e2, UnitCode: E2, FunctionId: 'extra', Persons: 99 })
          .catch(() => undefined);
        const data = await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
        expect(data.ignored).toContainEqual(
          expect.objectContaining({ itemId: annasLine, unitId: E1, claims: e2, reason: 'outsideUnitFolder' }),
        );
      });

      it('by creating a line in her folder that claims E2, or creating one in E2’s folder: neither counts', async () => {
        const anna = backend.sp(ANNA);
        const values = [
          { FieldName: 'InventoryKey', FieldValue: onSite.inventoryId('2018', 'E2') },
          { FieldName: 'PeriodId', FieldValue: site.period.id },
          { FieldName: 'UnitCode', FieldValue: E2 },
          { FieldName: 'FunctionId', FieldValue: 'it' },
        ];
        await listByKey(anna, 'inventeringsrader')
          .addValidateUpdateItemUsingPath(values, unitFolderUrl(backend.siteUrl, 'inventeringsrader', E1))
          .catch(() => undefined);
        expect(
          await rejectionOf(
            listByKey(anna, 'inventeringsrader').addValidateUpdateItemUsingPath(
              values,
              unitFolderUrl(backend.siteUrl, 'inventeringsrader', E2),
            ),
          ),
        ).toMatchObject({ status: expect.any(Number) });
      });

      it('by rewriting her inventory item’s keys and scope to E2’s', async () => {
        await listByKey(backend.sp(ANNA), 'inventeringar')
          .items.getById(annasItem)
          .update({ InventoryKey: onSite.inventoryId('2018', 'E2'), UnitCode: E2 })
          .catch(() => undefined);
      });

      it('by renaming her unit folder into a vacant unit’s name', async () => {
        const folder = await backend
          .sp(ANNA)
          .web.getFolderByServerRelativePath(unitFolderUrl(backend.siteUrl, 'inventeringar', E1))
          .getItem();
        // The vacant unit has its own folders, so SharePoint refuses the name; the emulator does not model renames.
        expect(await rejectionOf(folder.update({ FileLeafRef: E4 }))).toMatchObject({
          status: expect.any(Number),
        });
      });
    });

    describe('Karl deciding on a unit that is not his to review', () => {
      it('denied in another kontor’s folder, and nothing about E2 changes', async () => {
        const e3Folder = unitFolderUrl(backend.siteUrl, 'granskningsbeslut', onSite.unit('E3'));
        expect(
          await rejectionOf(
            listByKey(backend.sp(KARL), 'granskningsbeslut').addValidateUpdateItemUsingPath(
              [
                { FieldName: 'InventoryKey', FieldValue: onSite.inventoryId('2018', 'E3') },
                { FieldName: 'Verdict', FieldValue: 'Godkänd' },
                { FieldName: 'Revision', FieldValue: '1.1;' },
              ],
              e3Folder,
            ),
          ),
        ).toMatchObject({ status: expect.any(Number) });
      });

      it('never gets a decision counted that he put in one unit’s folder with another unit’s key', async () => {
        const e2 = await inventoryOf(KARL, E2);
        const answer = await listByKey(backend.sp(KARL), 'granskningsbeslut').addValidateUpdateItemUsingPath(
          [
            { FieldName: 'InventoryKey', FieldValue: onSite.inventoryId('2018', 'E1') },
            { FieldName: 'PeriodId', FieldValue: site.period.id },
            { FieldName: 'UnitCode', FieldValue: E1 },
            { FieldName: 'Verdict', FieldValue: 'Återsänd' },
            { FieldName: 'Revision', FieldValue: e2.revision },
          ],
          unitFolderUrl(backend.siteUrl, 'granskningsbeslut', E2),
        );
        expect(answer.some((v: { HasException?: boolean }) => v.HasException)).toBe(false);
      });
    });
  },
);
