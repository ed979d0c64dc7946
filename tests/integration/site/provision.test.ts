// Provisioning against the emulator over HTTP: a new site, a second run that changes nothing, and the clear
// errors for a wrong URL, missing rights, a column of the wrong type and a failure half-way.
import { isAppError, type AppError } from '../../../src/domain';
import {
  besvara,
  besluta,
  maskOf,
  provisionSite,
  type ProvisionEvent,
} from '../../../src/sharepoint/provision';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { listViews, siteLists } from '../../../src/sharepoint/schema';
import { ADMIN, startSite, stopSite, writesAmong, type SentRequest, type SiteUnderTest } from './harness';

type Json = Record<string, unknown>;

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

async function json(site: SiteUnderTest, path: string, as = ADMIN): Promise<Json> {
  const response = await site.fetch(path, { as });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

describe('a new site', () => {
  let site: SiteUnderTest;
  const events: ProvisionEvent[] = [];
  beforeAll(async () => {
    site = await startSite();
    await provisionSite(site.sp(), { log: (e) => events.push(e) });
  });
  afterAll(() => stopSite(site));

  it('reports every step done, in phase order', () => {
    const steps = events.filter((e) => e.kind === 'step');
    expect(steps.length).toBeGreaterThan(100);
    expect(steps.every((e) => e.kind === 'step' && e.outcome === 'done')).toBe(true);
    expect(events.map((e) => e.kind).filter((k) => k !== 'step')).toEqual([
      'reading',
      'planned',
      'phase',
      'phase',
      'phase',
      'phase',
      'phase',
      'done',
    ]);
  });

  it('has every list at its URL with its Swedish title and the title column’s name', async () => {
    for (const list of siteLists) {
      const path = list.template === 101 ? list.url : `Lists/${list.url}`;
      const info = await json(
        site,
        `web/getList('/sites/stodinventering/${path}')?$select=Title,BaseTemplate`,
      );
      expect({ url: list.url, title: info.Title, template: info.BaseTemplate }).toEqual({
        url: list.url,
        title: list.title,
        template: list.template,
      });
      const title = await json(
        site,
        `web/getList('/sites/stodinventering/${path}')/fields/getByInternalNameOrTitle('Title')?$select=Title`,
      );
      expect(title.Title).toBe(list.titleDisplayName);
    }
  });

  it('has every column with its exact internal name, type, index and uniqueness', async () => {
    for (const list of siteLists) {
      const path = list.template === 101 ? list.url : `Lists/${list.url}`;
      const fields = (await json(site, `web/getList('/sites/stodinventering/${path}')/fields`))
        .value as Json[];
      for (const field of list.fields) {
        const found = fields.find((f) => f.InternalName === field.internalName);
        expect({
          list: list.key,
          field: field.internalName,
          found: found && {
            title: found.Title,
            type: found.TypeAsString,
            indexed: found.Indexed,
            unique: found.EnforceUniqueValues,
            required: found.Required,
          },
        }).toEqual({
          list: list.key,
          field: field.internalName,
          found: {
            title: field.displayName,
            type: field.kind,
            indexed: field.indexed ?? false,
            unique: field.enforceUnique ?? false,
            required: field.required ?? false,
          },
        });
      }
    }
    const status = await json(
      site,
      "web/getList('/sites/stodinventering/Lists/Inventeringar')/fields/getByInternalNameOrTitle('Status')",
    );
    // The manager's answer only: a verdict is a decision in Granskningsbeslut, which managers cannot write.
    expect(status.Choices).toEqual(['Ej påbörjad', 'Utkast', 'Inskickad']);
  });

  it('has the reviewers’ views with their CAML, columns, row limit and default', async () => {
    const views = (
      await json(site, "web/getList('/sites/stodinventering/Lists/Inventeringar')/views?$expand=ViewFields")
    ).value as Json[];
    for (const view of listViews.inventeringar) {
      const found = views.find((v) => v.Title === view.title);
      expect(found).toMatchObject({ RowLimit: 100, DefaultView: view.isDefault ?? false });
      expect((found?.ViewFields as Json).Items).toEqual(view.fields);
    }
    const toReview = views.find((v) => v.Title === 'Inskickade');
    expect(String(toReview?.ViewQuery)).toContain('Inskickad');
    expect(String(toReview?.ViewQuery)).toContain(
      "<GroupBy Collapse='FALSE' GroupLimit='100'><FieldRef Name='SektorName'/>",
    );
  });

  it('has the permission levels Besvara and Besluta with their permissions, and the three groups', async () => {
    const definitions = (await json(site, 'web/roleDefinitions')).value as Json[];
    for (const level of [besvara, besluta]) {
      const found = definitions.find((d) => d.Name === level.name);
      const mask = maskOf(level.kinds);
      expect(found?.BasePermissions).toMatchObject({ High: String(mask.high), Low: String(mask.low) });
    }
    const groups = ((await json(site, 'web/siteGroups?$select=Title')).value as Json[]).map((g) => g.Title);
    expect(groups).toEqual(
      expect.arrayContaining([
        'Stödinventering projektgrupp',
        'Stödinventering chefer',
        'Stödinventering kommunstyrelsen',
      ]),
    );
  });

  it('gives the managers Read on the organisation lists only, the board Read on its summaries only, and the project team Edit everywhere', async () => {
    const groups = (await json(site, 'web/siteGroups?$select=Id,Title')).value as Json[];
    const id = (title: string) => groups.find((g) => g.Title === title)?.Id;
    for (const list of siteLists) {
      const path = list.template === 101 ? list.url : `Lists/${list.url}`;
      const info = await json(
        site,
        `web/getList('/sites/stodinventering/${path}')?$select=HasUniqueRoleAssignments`,
      );
      expect(info.HasUniqueRoleAssignments).toBe(true);
      const assignments = (
        await json(
          site,
          `web/getList('/sites/stodinventering/${path}')/roleAssignments?$expand=RoleDefinitionBindings`,
        )
      ).value as Json[];
      const rolesOf = (principal: unknown) =>
        (
          (assignments.find((a) => a.PrincipalId === principal)?.RoleDefinitionBindings as
            Json[] | undefined) ?? []
        ).map((b) => b.Name);
      expect(rolesOf(id('Stödinventering projektgrupp'))).toEqual(['Edit']);
      expect(rolesOf(id('Stödinventering chefer'))).toEqual(
        [
          'inventeringar',
          'inventeringsrader',
          'granskningsbeslut',
          'exporter',
          'oversikter',
          'sammanstallningar',
          'paminnelser',
          'scenarier',
          'bokningar',
          'seminarieanteckningar',
          'remissvar',
        ].includes(list.key)
          ? []
          : ['Read'],
      );
      expect(rolesOf(id('Stödinventering kommunstyrelsen'))).toEqual(
        list.key === 'sammanstallningar' ? ['Read'] : [],
      );
      expect(rolesOf(id('Stödinventering Members'))).toEqual([]);
    }
  });

  it('changes nothing the second time, and says so: two requests, no writes', async () => {
    const sent: SentRequest[] = [];
    const second: ProvisionEvent[] = [];
    site.emulator.resetStats();
    const report = await provisionSite(site.sp(ADMIN, sent), { log: (e) => second.push(e) });
    expect(report).toEqual({ siteUrl: site.emulator.siteUrl, outcome: 'unchanged', steps: [] });
    expect(second.map((e) => e.kind)).toEqual(['reading', 'planned', 'unchanged']);
    expect(writesAmong(sent)).toEqual([]);
    // The web, then one $batch: the user, levels, groups, owners and per list the list, fields, views, permissions.
    expect(site.emulator.stats()).toMatchObject({ requests: 2, batchOperations: 4 + 4 * siteLists.length });
  });
});

describe('errors before anything is written', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => stopSite(site));

  it('a dry run plans the whole site and writes nothing', async () => {
    const sent: SentRequest[] = [];
    const report = await provisionSite(site.sp(ADMIN, sent), { log: () => undefined, dryRun: true });
    expect(report.outcome).toBe('planned');
    expect(report.steps.filter((s) => s.kind === 'createList')).toHaveLength(siteLists.length);
    expect(writesAmong(sent)).toEqual([]);
    expect((await json(site, "web/lists?$filter=Title eq 'Organisation'")).value).toEqual([]);
  });

  it('a wrong site URL: notFound, naming the URL, in Swedish and English', async () => {
    const wrong = site.emulator.siteUrl.replace('stodinventering', 'finnsinte');
    const moved = createSharePointClient({
      siteUrl: wrong,
      tokens: { getToken: async () => site.emulator.token(ADMIN) },
    });
    const error = await rejection(provisionSite(moved, { log: () => undefined }));
    expect(error.code).toBe('notFound');
    expect(error.message).toContain(`Webbplatsen ${wrong} finns inte`);
    expect(error.message).toContain(`The site ${wrong} does not exist`);
  });

  it('an address where nothing answers: offline', async () => {
    const nowhere = createSharePointClient({
      siteUrl: 'http://127.0.0.1:1/sites/stodinventering',
      tokens: { getToken: async () => 'x' },
      retries: 1,
    });
    const error = await rejection(provisionSite(nowhere, { log: () => undefined }));
    expect(error.code).toBe('offline');
    expect(error.message).toContain('Kan inte nå http://127.0.0.1:1/sites/stodinventering');
  });

  it('missing rights: forbidden, naming each right, and nothing written', async () => {
    // A site visitor: Read on the web, so the site answers but provisioning may not change it.
    const visitors = (await json(site, 'web/associatedVisitorGroup?$select=Id')).Id as number;
    await site
      .sp()
      .web.siteGroups.getById(visitors)
      .users.add('i:0#.f|membership|vera.visitor@kommun.example');
    const sent: SentRequest[] = [];
    const error = await rejection(
      provisionSite(site.sp('vera.visitor@kommun.example', sent), { log: () => undefined }),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('ManageLists');
    expect(error.message).toContain('ManagePermissions');
    expect(error.message).toContain('CreateGroups');
    expect(error.message).toContain('You lack rights');
    expect(writesAmong(sent)).toEqual([]);
  });

  it('a column of the wrong type: invalid, naming the list, the column and both types; nothing written', async () => {
    const admin = site.sp();
    await admin.web.lists.add('Organisation', '', 100, false);
    await admin.web.lists.getByTitle('Organisation').fields.createFieldAsXml({
      SchemaXml: '<Field Type="Text" Name="Headcount" StaticName="Headcount" DisplayName="Antal" />',
      Options: 8,
    });
    const sent: SentRequest[] = [];
    const error = await rejection(provisionSite(site.sp(ADMIN, sent), { log: () => undefined }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain(
      'Listan Organisation (Organisation): kolumnen Headcount (Antal medarbetare) har typen Text, ska vara Number.',
    );
    expect(error.message).toContain(
      'the column Headcount (Antal medarbetare) has the type Text, expected Number.',
    );
    expect(writesAmong(sent)).toEqual([]);
    const count = (await json(site, 'web/lists?$select=Title')).value as Json[];
    expect(count.map((l) => l.Title)).not.toContain('Inventeringar');
  });
});

describe('a failure half-way', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => stopSite(site));

  it('says what was done and what remains, and the next run finishes the job', async () => {
    const events: ProvisionEvent[] = [];
    const error = await rejection(
      provisionSite(site.sp(), {
        log: (event) => {
          events.push(event);
          // The lists exist: from here on SharePoint answers every request 503 Server Too Busy.
          if (event.kind === 'phase' && event.phase === 'columns')
            site.emulator.configure({ faults: { errorRate: 1 } });
        },
      }),
    );
    site.emulator.configure({ faults: { errorRate: 0 } });
    expect(error.code).toBe('unavailable');
    // Two levels, three groups and the lists.
    expect(error.message).toMatch(new RegExp(`Klart: ${2 + 3 + siteLists.length} steg; kvar: \\d+ steg`));
    expect(error.message).toContain('Run provisioning again');
    const failed = events.find((e) => e.kind === 'failed');
    expect(failed?.kind === 'failed' && failed.done.map((s) => s.kind)).toEqual([
      'createRoleDefinition',
      'createRoleDefinition',
      'createGroup',
      'createGroup',
      'createGroup',
      ...siteLists.map(() => 'createList'),
    ]);
    expect(failed?.kind === 'failed' && failed.remaining.some((s) => s.kind === 'grant')).toBe(true);

    const resumed = await provisionSite(site.sp(), { log: () => undefined });
    expect(resumed.outcome).toBe('changed');
    expect(resumed.steps.some((s) => s.kind === 'createList' || s.kind === 'createGroup')).toBe(false);
    expect((await provisionSite(site.sp(), { log: () => undefined })).outcome).toBe('unchanged');
  });
});
