import { planProvisioning, type ProvisionStep } from '../../../../src/sharepoint/provision';
import { type ListState, type SiteState } from '../../../../src/sharepoint/provision/siteState';
import { lists, siteLists } from '../../../../src/sharepoint/schema';
import { emptySite, groups, ids, provisionedSite } from './siteStates';

const kinds = (steps: readonly ProvisionStep[]) => steps.map((s) => s.kind);
const withList = (
  site: SiteState,
  key: 'organisation' | 'inventeringar',
  change: (l: ListState) => ListState,
): SiteState => ({
  ...site,
  lists: { ...site.lists, [key]: change(site.lists[key]!) },
});

describe('planProvisioning', () => {
  it('has nothing to do on a site that matches the schema (in SharePoint’s spelling of the CAML)', () => {
    expect(planProvisioning(provisionedSite(), siteLists)).toEqual({ steps: [], conflicts: [] });
  });

  it('builds a new site in phase order: levels and groups, lists, columns, views, permissions', () => {
    const { steps, conflicts } = planProvisioning(emptySite(), siteLists);
    expect(conflicts).toEqual([]);
    const order = [
      'createRoleDefinition',
      'createGroup',
      'createList',
      'updateField',
      'createField',
      'createView',
      'breakInheritance',
      'grant',
    ];
    const firstIndex = order.map((k) => kinds(steps).indexOf(k as ProvisionStep['kind']));
    expect(firstIndex).toEqual([...firstIndex].sort((a, b) => a - b));
    expect(steps.filter((s) => s.kind === 'createList')).toHaveLength(siteLists.length);
    const fields = siteLists.reduce((n, l) => n + l.fields.length, 0);
    expect(steps.filter((s) => s.kind === 'createField')).toHaveLength(fields);
    expect(
      steps.filter((s) => s.kind === 'updateField').map((s) => (s.kind === 'updateField' ? s.changes : null)),
    ).toContainEqual({
      Title: 'Enhet',
    });
    // Managers read the organisation lists, the times and the rounds, not the folder lists (they get their folders).
    const grants = steps
      .filter((s) => s.kind === 'grant' && s.principal === 'managers')
      .map((s) => ('list' in s ? s.list.key : ''));
    expect(grants).toEqual([
      'organisation',
      'perioder',
      'stodfunktioner',
      'mottagarprofil',
      'installningar',
      'jamforelser',
      'tider',
      'remissrundor',
    ]);
  });

  it('stops on a column of the wrong type, naming the list and the column, and plans nothing for it', () => {
    const site = withList(provisionedSite(), 'organisation', (l) => ({
      ...l,
      fields: l.fields.map((f) => (f.internalName === 'Headcount' ? { ...f, typeAsString: 'Text' } : f)),
    }));
    const { steps, conflicts } = planProvisioning(site, siteLists);
    expect(steps).toEqual([]);
    expect(conflicts).toEqual([
      {
        kind: 'fieldType',
        list: lists.organisation,
        field: expect.objectContaining({ internalName: 'Headcount' }),
        actual: 'Text',
      },
    ]);
  });

  it('stops on a list of the wrong template', () => {
    const site = {
      ...provisionedSite(),
      lists: {
        ...provisionedSite().lists,
        exporter: { ...provisionedSite().lists.exporter!, baseTemplate: 100 },
      },
    };
    expect(planProvisioning(site, siteLists).conflicts).toEqual([
      { kind: 'listTemplate', list: lists.exporter, actual: 100 },
    ]);
  });

  it('updates what drifted: a display name, a lost index, choices, a view filter, its scope and its columns', () => {
    let site = withList(provisionedSite(), 'inventeringar', (l) => ({
      ...l,
      title: 'Inventeringar (gamla)',
      fields: l.fields.map((f) =>
        f.internalName === 'Status'
          ? { ...f, indexed: false, choices: ['Utkast'] }
          : f.internalName === 'ManagerName'
            ? { ...f, title: 'Chefen' }
            : f,
      ),
      views: l.views.map((v) =>
        v.title === 'Ej inskickade'
          ? { ...v, viewQuery: '', fields: ['Title'] }
          : v.title === 'Inskickade'
            ? { ...v, scope: 0 }
            : v,
      ),
    }));
    site = withList(site, 'organisation', (l) => ({
      ...l,
      fields: l.fields.filter((f) => f.internalName !== 'ManagersReporting'),
    }));
    const { steps } = planProvisioning(site, siteLists);
    expect(
      steps.map((s) => [
        s.kind,
        'list' in s ? s.list.key : '',
        s.kind === 'updateField'
          ? s.changes
          : s.kind === 'updateView'
            ? [Object.keys(s.changes), s.columns]
            : s.kind === 'updateList'
              ? s.changes
              : null,
      ]),
    ).toEqual([
      ['createField', 'organisation', null],
      ['updateList', 'inventeringar', { Title: 'Inventeringar' }],
      ['updateField', 'inventeringar', { Title: 'Chef' }],
      [
        'updateField',
        'inventeringar',
        {
          Indexed: true,
          Choices: { results: ['Ej påbörjad', 'Utkast', 'Inskickad'] },
        },
      ],
      ['updateView', 'inventeringar', [['ViewQuery'], 'replace']],
      ['updateView', 'inventeringar', [['Scope'], 'keep']],
    ]);
  });

  it('adds a column the schema gained to a site provisioned before it, and shows it in the view', () => {
    const site = withList(provisionedSite(), 'organisation', (l) => ({
      ...l,
      fields: l.fields.filter((f) => f.internalName !== 'Stab'),
      views: l.views.map((v) => ({ ...v, fields: v.fields.filter((f) => f !== 'Stab') })),
    }));
    const { steps, conflicts } = planProvisioning(site, siteLists);
    expect(conflicts).toEqual([]);
    expect(
      steps.map((s) => [
        s.kind,
        s.kind === 'createField' ? s.field.internalName : s.kind === 'updateView' ? s.columns : null,
      ]),
    ).toEqual([
      ['createField', 'Stab'],
      ['updateView', 'replace'],
    ]);
  });

  it('never removes an index IT added', () => {
    const site = withList(provisionedSite(), 'organisation', (l) => ({
      ...l,
      fields: l.fields.map((f) => (f.internalName === 'ManagerName' ? { ...f, indexed: true } : f)),
    }));
    expect(planProvisioning(site, siteLists).steps).toEqual([]);
  });

  it('breaks inheritance and grants everything on a list that inherits from the site', () => {
    const site = withList(provisionedSite(), 'inventeringar', (l) => ({
      ...l,
      hasUniqueRoleAssignments: false,
    }));
    expect(
      planProvisioning(site, siteLists).steps.map((s) => [
        s.kind,
        s.kind === 'grant' ? `${s.principal}:${s.role}` : '',
      ]),
    ).toEqual([
      ['breakInheritance', ''],
      ['grant', 'owners:fullControl'],
      ['grant', 'projectTeam:edit'],
    ]);
  });

  it('corrects the roles of its own groups and leaves what IT granted alone', () => {
    const site = withList(provisionedSite(), 'inventeringar', (l) => ({
      ...l,
      assignments: [
        ...l.assignments.filter((a) => a.principalId !== groups.projectTeam),
        { principalId: groups.projectTeam, roleDefinitionIds: [ids.read] },
        { principalId: groups.managers, roleDefinitionIds: [ids.read] },
        { principalId: groups.reviewersS1, roleDefinitionIds: [ids.besluta] },
        { principalId: groups.members, roleDefinitionIds: [ids.edit] },
        { principalId: 42, roleDefinitionIds: [ids.edit] },
      ],
    }));
    const steps = planProvisioning(site, siteLists).steps;
    expect(
      steps.map((s) =>
        s.kind === 'revoke'
          ? `revoke ${s.principalName} ${s.roleName}`
          : s.kind === 'grant'
            ? `grant ${s.principal} ${s.role}`
            : s.kind,
      ),
    ).toEqual([
      'grant projectTeam edit',
      'revoke Stödinventering projektgrupp Read',
      'revoke Stödinventering chefer Read',
      'revoke Granskare S1 Välfärd Besluta',
    ]);
  });

  it('updates a permission level whose permissions were changed by hand', () => {
    const site = provisionedSite();
    const changed = {
      ...site,
      roleDefinitions: site.roleDefinitions.map((d) =>
        d.name === 'Besluta' ? { ...d, mask: { high: 176, low: 1 } } : d,
      ),
    };
    expect(kinds(planProvisioning(changed, siteLists).steps)).toEqual(['updateRoleDefinition']);
  });

  it('skips the owners’ grant on a site without an owners group', () => {
    const site = { ...emptySite(), ownerGroupId: null };
    const grants = planProvisioning(site, siteLists).steps.filter((s) => s.kind === 'grant');
    expect(grants.some((s) => s.kind === 'grant' && s.principal === 'owners')).toBe(false);
    // The project team on every list, the managers' Read on eight, the board's on Sammanställningar.
    expect(grants).toHaveLength(siteLists.length + 8 + 1);
  });
});
