import { buildOrganisation, type Unit, type UnitInput } from '../../../../src/domain';
import { planUnitAccess, reviewersOf, type UnitAccessStep } from '../../../../src/sharepoint/provision';
import { type FolderState, type UnitAccessState } from '../../../../src/sharepoint/provision/unitAccessState';

const m = (upn: string) => ({ upn, name: upn, level: 'enhetschef' as const });
const inputs: UnitInput[] = [
  {
    id: 'S1',
    kind: 'sektor',
    name: 'Välfärd',
    parentId: null,
    manager: m('sara@k.se'),
    headcount: 1,
    arsarbetare: 1,
  },
  {
    id: 'K1',
    kind: 'kontor',
    name: 'Omsorg',
    parentId: 'S1',
    manager: m('karl@k.se'),
    headcount: 1,
    arsarbetare: 1,
  },
  {
    id: 'E1',
    kind: 'enhet',
    name: 'Hemtjänst',
    parentId: 'K1',
    manager: m('anna@k.se'),
    headcount: 1,
    arsarbetare: 1,
  },
  { id: 'E2', kind: 'enhet', name: 'Vakant', parentId: 'K1', manager: null, headcount: 1, arsarbetare: 1 },
];
const units = (list: UnitInput[] = inputs): Unit[] => {
  const built = buildOrganisation(list);
  if (!built.ok) throw new Error('invalid');
  return built.value;
};
const role = { besvara: 100, besluta: 101, read: 2, edit: 6, fullControl: 5 };
const owners = 3;
const projectTeam = 7;
const user = (id: number, upn: string) => ({ id, upn, loginName: `i:0#.f|membership|${upn}` });

function state(over: Partial<UnitAccessState> = {}): UnitAccessState {
  return {
    serverRelativeUrl: '/sites/s',
    users: [],
    groups: [
      { id: 8, title: 'Stödinventering chefer', description: '', memberIds: [] },
      { id: projectTeam, title: 'Stödinventering projektgrupp', description: '', memberIds: [] },
    ],
    roleIds: role,
    ownerGroupId: owners,
    folders: {
      inventeringar: new Map(),
      inventeringsrader: new Map(),
      granskningsbeslut: new Map(),
      remissvar: new Map(),
      bokningar: new Map(),
      seminarieanteckningar: new Map(),
    },
    ...over,
  };
}

const describeStep = (s: UnitAccessStep): string => {
  switch (s.kind) {
    case 'grantFolder':
      return `grant ${s.list} ${s.unitId} ${s.principal.kind === 'user' ? s.principal.upn : s.principal.kind === 'reviewers' ? `reviewers:${s.principal.unitId}` : s.principal.kind} ${s.role}`;
    case 'revokeFolder':
      return `revoke ${s.list} ${s.unitId} ${s.principalId} ${s.roleDefinitionId}`;
    case 'addMember':
      return `add ${s.group.kind === 'id' ? s.group.id : `reviewers:${s.group.unitId}`} ${s.upn}`;
    case 'removeMember':
      return `remove ${s.groupId} ${s.userId}`;
    case 'createGroup':
      return `createGroup ${s.name}`;
    case 'renameGroup':
      return `renameGroup ${s.groupId} ${s.name}`;
    case 'ensureUser':
      return `ensureUser ${s.upn}`;
    default:
      return `${s.kind} ${s.list} ${s.unitId}`;
  }
};

describe('planUnitAccess', () => {
  it('gives a new site groups, members, folders and grants; nobody decides on their own unit', () => {
    const plan = planUnitAccess(state(), units());
    expect(plan.problems).toEqual([]);
    const steps = plan.steps.map(describeStep);
    expect(steps.slice(0, 5)).toEqual([
      'createGroup Granskare S1 Välfärd',
      'ensureUser sara@k.se',
      'createGroup Granskare K1 Omsorg',
      'ensureUser karl@k.se',
      'ensureUser anna@k.se',
    ]);
    expect(steps).toContain('add reviewers:S1 sara@k.se');
    expect(steps).toContain('add 8 anna@k.se');
    // Every unit, the vacant E2 too: no manager can then rename their folder into another unit's name.
    // …and in the kontor lists, a folder per kontor only.
    expect(steps.filter((s) => s.startsWith('createFolder'))).toEqual([
      ...['inventeringar', 'inventeringsrader', 'granskningsbeslut', 'remissvar'].flatMap((list) =>
        ['S1', 'K1', 'E1', 'E2'].map((unit) => `createFolder ${list} ${unit}`),
      ),
      'createFolder bokningar K1',
      'createFolder seminarieanteckningar K1',
    ]);
    const grants = (list: string) =>
      steps.filter((s) => s.startsWith(`grant ${list} `) && !/owners|projectTeam/.test(s));
    // The manager writes the answer (and the consultation's); the reviewers read it.
    for (const list of ['inventeringar', 'inventeringsrader', 'remissvar'])
      expect(grants(list)).toEqual([
        `grant ${list} S1 sara@k.se besvara`,
        `grant ${list} K1 karl@k.se besvara`,
        `grant ${list} K1 reviewers:S1 read`,
        `grant ${list} E1 anna@k.se besvara`,
        `grant ${list} E1 reviewers:S1 read`,
        `grant ${list} E1 reviewers:K1 read`,
        `grant ${list} E2 reviewers:S1 read`,
        `grant ${list} E2 reviewers:K1 read`,
      ]);
    // The reviewers add decisions; the manager reads them.
    expect(grants('granskningsbeslut')).toEqual([
      'grant granskningsbeslut S1 sara@k.se read',
      'grant granskningsbeslut K1 karl@k.se read',
      'grant granskningsbeslut K1 reviewers:S1 besluta',
      'grant granskningsbeslut E1 anna@k.se read',
      'grant granskningsbeslut E1 reviewers:S1 besluta',
      'grant granskningsbeslut E1 reviewers:K1 besluta',
      'grant granskningsbeslut E2 reviewers:S1 besluta',
      'grant granskningsbeslut E2 reviewers:K1 besluta',
    ]);
    // The kontor's head books for the office, the sektor's reads; no manager of a unit has a grant of their own.
    expect(grants('bokningar')).toEqual([
      'grant bokningar K1 reviewers:K1 besvara',
      'grant bokningar K1 reviewers:S1 read',
    ]);
    expect(grants('seminarieanteckningar')).toEqual([
      'grant seminarieanteckningar K1 reviewers:K1 read',
      'grant seminarieanteckningar K1 reviewers:S1 read',
    ]);
    // Every folder: inheritance broken without copying, then the owners and the project team first.
    const e1 = steps.filter((s) => s.endsWith('E1') || s.includes(' E1 '));
    expect(e1.slice(0, 4)).toEqual([
      'createFolder inventeringar E1',
      'breakFolderInheritance inventeringar E1',
      'grant inventeringar E1 owners fullControl',
      'grant inventeringar E1 projectTeam edit',
    ]);
  });

  it('leaves out the owners on a site without an owners group', () => {
    const steps = planUnitAccess(state({ ownerGroupId: null }), units()).steps.map(describeStep);
    expect(steps.some((s) => s.includes('owners'))).toBe(false);
    expect(steps).toContain('grant inventeringar E1 projectTeam edit');
  });

  it('lists a unit’s reviewers: its sektor and kontor, never itself', () => {
    const [s1, k1, e1] = units();
    expect([reviewersOf(s1!), reviewersOf(k1!), reviewersOf(e1!)]).toEqual([[], ['S1'], ['S1', 'K1']]);
  });

  it('leaves out a reviewer group whose manager leads the unit too: Karl cannot decide on a unit he leads', () => {
    const led = units(inputs.map((u) => (u.id === 'E1' ? { ...u, manager: m('KARL@k.se') } : u)));
    const byId = new Map(led.map((u) => [u.id, u]));
    expect(
      reviewersOf(
        led.find((u) => u.id === 'E1')!,
        byId,
      ),
    ).toEqual(['S1']);
    const steps = planUnitAccess(state(), led).steps.map(describeStep);
    expect(steps).toContain('grant granskningsbeslut E1 reviewers:S1 besluta');
    expect(steps).not.toContain('grant granskningsbeslut E1 reviewers:K1 besluta');
  });

  it('moves the grant and the membership when a manager changes, and renames a renamed unit’s group', () => {
    const folder = (assignments: FolderState['assignments']): FolderState => ({
      name: 'E1',
      hasUniqueRoleAssignments: true,
      assignments,
    });
    const current = state({
      users: [user(11, 'sara@k.se'), user(12, 'karl@k.se'), user(13, 'anna@k.se'), user(1, 'admin@k.se')],
      groups: [
        { id: 8, title: 'Stödinventering chefer', description: '', memberIds: [11, 12, 13] },
        { id: projectTeam, title: 'Stödinventering projektgrupp', description: '', memberIds: [] },
        {
          id: 20,
          title: 'Granskare S1 Välfärd',
          description:
            'Granskar inventeringarna i sektorn Välfärd (S1). Underhålls av organisationsimporten.',
          memberIds: [11],
        },
        { id: 21, title: 'Granskare K1 Gamla namnet', description: '', memberIds: [12] },
      ],
      folders: {
        inventeringar: new Map([
          [
            'E1',
            folder([
              { principalId: owners, roleDefinitionIds: [role.fullControl] },
              { principalId: projectTeam, roleDefinitionIds: [role.edit] },
              { principalId: 1, roleDefinitionIds: [999] },
              { principalId: 13, roleDefinitionIds: [role.besvara] },
              { principalId: 20, roleDefinitionIds: [role.read] },
              { principalId: 21, roleDefinitionIds: [role.read] },
            ]),
          ],
        ]),
        inventeringsrader: new Map(),
        granskningsbeslut: new Map(),
        remissvar: new Map(),
        bokningar: new Map(),
        seminarieanteckningar: new Map(),
      },
    });
    const next = inputs.map((u) => (u.id === 'E1' ? { ...u, manager: m('nina@k.se') } : u));
    const steps = planUnitAccess(current, units(next)).steps.map(describeStep);
    expect(steps).toContain('renameGroup 21 Granskare K1 Omsorg');
    expect(steps).toContain('ensureUser nina@k.se');
    expect(steps).toContain('add 8 nina@k.se');
    expect(steps).toContain('remove 8 13');
    const folderSteps = steps.filter((s) => s.includes('inventeringar E1'));
    expect(folderSteps).toEqual([
      'grant inventeringar E1 nina@k.se besvara',
      'revoke inventeringar E1 13 100',
    ]);
  });

  it('has nothing to do when everything matches, and leaves folders of removed units alone', () => {
    const folder = (assignments: FolderState['assignments']): FolderState => ({
      name: '',
      hasUniqueRoleAssignments: true,
      assignments: [
        { principalId: owners, roleDefinitionIds: [role.fullControl] },
        { principalId: projectTeam, roleDefinitionIds: [role.edit] },
        ...assignments,
      ],
    });
    const current = state({
      users: [user(11, 'sara@k.se'), user(12, 'karl@k.se'), user(13, 'anna@k.se')],
      groups: [
        { id: 8, title: 'Stödinventering chefer', description: '', memberIds: [11, 12, 13] },
        { id: projectTeam, title: 'Stödinventering projektgrupp', description: '', memberIds: [] },
        {
          id: 20,
          title: 'Granskare S1 Välfärd',
          description:
            'Granskar inventeringarna i sektorn Välfärd (S1). Underhålls av organisationsimporten.',
          memberIds: [11],
        },
        {
          id: 21,
          title: 'Granskare K1 Omsorg',
          description:
            'Granskar inventeringarna i kontoret Omsorg (K1). Underhålls av organisationsimporten.',
          memberIds: [12],
        },
      ],
      folders: Object.fromEntries([
        ...(['inventeringar', 'inventeringsrader', 'granskningsbeslut', 'remissvar'] as const).map((list) => {
          const [manager, reviewers] =
            list === 'granskningsbeslut' ? [role.read, role.besluta] : [role.besvara, role.read];
          return [
            list,
            new Map([
              ['S1', folder([{ principalId: 11, roleDefinitionIds: [manager] }])],
              [
                'K1',
                folder([
                  { principalId: 12, roleDefinitionIds: [manager] },
                  { principalId: 20, roleDefinitionIds: [reviewers] },
                ]),
              ],
              [
                'E1',
                folder([
                  { principalId: 13, roleDefinitionIds: [manager] },
                  { principalId: 20, roleDefinitionIds: [reviewers] },
                  { principalId: 21, roleDefinitionIds: [reviewers] },
                ]),
              ],
              [
                'E2',
                folder([
                  { principalId: 20, roleDefinitionIds: [reviewers] },
                  { principalId: 21, roleDefinitionIds: [reviewers] },
                ]),
              ],
              ['E9', folder([{ principalId: 13, roleDefinitionIds: [manager] }])],
            ]),
          ];
        }),
        // A kontor list: the kontor's own group books (or reads), the sektor's reads; a user's hand-given grant stays.
        ...(['bokningar', 'seminarieanteckningar'] as const).map((list) => [
          list,
          new Map([
            [
              'K1',
              folder([
                {
                  principalId: 21,
                  roleDefinitionIds: [list === 'bokningar' ? role.besvara : role.read],
                },
                { principalId: 20, roleDefinitionIds: [role.read] },
                { principalId: 12, roleDefinitionIds: [role.besvara] },
              ]),
            ],
          ]),
        ]),
      ]) as unknown as UnitAccessState['folders'],
    });
    const plan = planUnitAccess(current, units());
    expect(plan.steps.map(describeStep)).toEqual([]);
    expect(plan.orphanFolders).toBe(4);
  });

  it('finds a unit’s folders and group in any letter case, as SharePoint compares names', () => {
    const lower: FolderState = { name: 'e1', hasUniqueRoleAssignments: false, assignments: [] };
    const current = state({
      groups: [...state().groups, { id: 21, title: 'Granskare k1 Omsorg', description: '', memberIds: [] }],
      folders: {
        inventeringar: new Map([['e1', lower]]),
        inventeringsrader: new Map(),
        granskningsbeslut: new Map(),
        remissvar: new Map(),
        bokningar: new Map(),
        seminarieanteckningar: new Map(),
      },
    });
    const steps = planUnitAccess(current, units()).steps.map(describeStep);
    expect(steps).not.toContain('createFolder inventeringar E1');
    expect(steps).toContain('breakFolderInheritance inventeringar E1');
    expect(steps.filter((s) => s.startsWith('createGroup'))).toEqual(['createGroup Granskare S1 Välfärd']);
    expect(planUnitAccess(current, units()).orphanFolders).toBe(0);
  });

  it('refuses a site that is not provisioned', () => {
    expect(planUnitAccess(state({ groups: [], roleIds: {} }), units()).problems).toEqual([
      'managersGroupMissing',
      'projectTeamGroupMissing',
      'permissionLevelsMissing',
    ]);
  });
});
