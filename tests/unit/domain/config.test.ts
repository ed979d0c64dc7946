import {
  defaultMunicipalityConfig,
  defaultMunicipalityConfigJson,
  placements,
  supportLocations,
  validateMunicipalityConfig,
  type ValidationResult,
} from '../../../src/domain';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reason: tests edit raw JSON freely

const raw = (): Json => defaultMunicipalityConfigJson() as Json;

function issuesOf(result: ValidationResult<unknown>): { code: string; path: string }[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe('the shipped default configuration', () => {
  const config = defaultMunicipalityConfig();

  it('is valid and typed', () => {
    expect(validateMunicipalityConfig(raw()).ok).toBe(true);
    expect(config.schemaVersion).toBe(1);
    expect(config.municipality.name.sv).toBe('Gävle kommun');
  });

  it('carries the default taxonomy: Stöd, Styrning and Chefsnära with their functions', () => {
    expect(config.taxonomy.processGroups.map((g) => [g.id, g.processType])).toEqual([
      ['stod', 'stodprocess'],
      ['styrning', 'styrprocess'],
      ['chefsnara', 'stodprocess'],
    ]);
    const byGroup = (groupId: string): string[] =>
      config.taxonomy.functions.filter((f) => f.groupId === groupId).map((f) => f.label.sv);
    expect(byGroup('stod')).toHaveLength(11);
    expect(byGroup('stod')).toContain('Inköp och upphandling');
    expect(byGroup('styrning')).toEqual([
      'Mål- och resultatstyrning',
      'Uppföljning och analys',
      'Verksamhetsutveckling och kvalitet',
      'Strategisk planering/samhällsutveckling',
    ]);
    expect(byGroup('chefsnara')).toEqual(['Chefsnära administrativt stöd']);
  });

  it('labels everything in Swedish and English', () => {
    const labels = [
      ...config.taxonomy.functions.flatMap((f) => [f.label, ...f.roles.map((r) => r.label)]),
      ...config.locations.map((l) => l.label),
      ...config.placements.map((p) => p.label),
      ...config.adminHourCategories.map((c) => c.label),
    ];
    for (const label of labels) {
      expect(label.sv.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
    expect(config.locations.map((l) => l.id)).toEqual(supportLocations);
    expect(config.placements.map((p) => p.id)).toEqual(placements);
  });

  it('requires the mottagare roles of the seed, each belonging to its function', () => {
    const roles = config.receiverProfile.requirements.map((r) => r.roleId);
    expect(roles).toEqual([
      'controller',
      'hrStrateg',
      'verksamhetsutvecklare',
      'kommunikator',
      'namndsekreterare',
      'analytiker',
    ]);
    for (const req of config.receiverProfile.requirements) {
      const fn = config.taxonomy.functions.find((f) => f.id === req.functionId);
      expect(fn?.roles.map((r) => r.id)).toContain(req.roleId);
    }
  });

  it('has the SKR admin-hour categories', () => {
    expect(config.adminHourCategories.map((c) => c.id)).toEqual([
      'hr',
      'ekonomi',
      'processerKvalitet',
      'strategiskStyrning',
      'it',
      'ovrigt',
    ]);
  });

  it('gives an independent copy of the raw JSON each time', () => {
    const copy = raw();
    copy.municipality.name.sv = 'Ändrad';
    expect(raw().municipality.name.sv).toBe('Gävle kommun');
  });
});

describe('validateMunicipalityConfig', () => {
  it('finds duplicate function ids', () => {
    const json = raw();
    json.taxonomy.functions[1].id = 'ekonomi';
    expect(issuesOf(validateMunicipalityConfig(json))).toContainEqual({
      code: 'duplicateId',
      path: 'taxonomy.functions.1',
    });
  });

  it('finds role ids used in two functions', () => {
    const json = raw();
    json.taxonomy.functions[1].roles[0].id = 'controller';
    expect(issuesOf(validateMunicipalityConfig(json))).toEqual([
      { code: 'duplicateId', path: expect.stringMatching(/^taxonomy\.functions\.roles\.\d+$/) },
    ]);
  });

  it('finds missing labels, per language', () => {
    const json = raw();
    json.taxonomy.functions[0].label.en = '  ';
    delete json.adminHourCategories[2].label.sv;
    json.locations[4].label.en = '';
    const result = validateMunicipalityConfig(json);
    // Only the labels: the items are still known, so nothing that refers to them is reported as well.
    expect(issuesOf(result)).toEqual([
      { code: 'missingLabel', path: 'taxonomy.functions.0.label.en' },
      { code: 'missingLabel', path: 'locations.4.label.en' },
      { code: 'missingLabel', path: 'adminHourCategories.2.label.sv' },
    ]);
    expect(result.ok ? '' : result.issues[0]?.message.sv).toBe('Benämning saknas på en.');
  });

  it('finds receiver requirements whose role belongs to another function', () => {
    const json = raw();
    json.receiverProfile.requirements[0].roleId = 'hrStrateg';
    const result = validateMunicipalityConfig(json);
    expect(issuesOf(result)).toContainEqual({
      code: 'roleNotInFunction',
      path: 'receiverProfile.requirements.0.roleId',
    });
    expect(result.ok ? '' : result.issues[0]?.message.en).toBe(
      'The role hrStrateg does not belong to the function ekonomi.',
    );
  });

  it('finds references to functions and groups that do not exist', () => {
    const json = raw();
    json.receiverProfile.requirements[1].functionId = 'personal';
    json.taxonomy.functions[2].groupId = 'ledning';
    expect(issuesOf(validateMunicipalityConfig(json))).toEqual([
      { code: 'unknownReference', path: 'taxonomy.functions.2.groupId' },
      { code: 'unknownReference', path: 'receiverProfile.requirements.1.functionId' },
    ]);
  });

  it('requires every location and placement to be labelled', () => {
    const json = raw();
    json.locations = json.locations.filter((l: Json) => l.id !== 'extern');
    json.placements[0].id = 'overallt';
    expect(issuesOf(validateMunicipalityConfig(json))).toEqual([
      { code: 'missingOption', path: 'locations' },
      { code: 'unknownReference', path: 'placements.0.id' },
      { code: 'missingOption', path: 'placements' },
    ]);
  });

  it('checks types, ids, thresholds and the version, and reports all problems at once', () => {
    const json = raw();
    json.schemaVersion = 2;
    json.taxonomy.functions[0].id = 'Ekonomi och lön';
    json.adminHourCategories = 'hr';
    json.proposalThresholds.keepCloseMinShare = 1.5;
    json.proposalThresholds.minVotes = 2.5;
    json.receiverProfile.requirements[0].minArsarbetare = -1;
    json.receiverProfile.countedUnitKinds = [];
    expect(issuesOf(validateMunicipalityConfig(json))).toEqual(
      expect.arrayContaining([
        { code: 'unsupportedVersion', path: 'schemaVersion' },
        { code: 'invalidId', path: 'taxonomy.functions.0.id' },
        { code: 'wrongType', path: 'adminHourCategories' },
        { code: 'outOfRange', path: 'proposalThresholds.keepCloseMinShare' },
        { code: 'notInteger', path: 'proposalThresholds.minVotes' },
        { code: 'negative', path: 'receiverProfile.requirements.0.minArsarbetare' },
        { code: 'emptyList', path: 'receiverProfile.countedUnitKinds' },
      ]),
    );
  });

  it('rejects values that are not configurations at all', () => {
    expect(issuesOf(validateMunicipalityConfig(null))).toEqual([{ code: 'wrongType', path: '' }]);
    expect(issuesOf(validateMunicipalityConfig([]))).toEqual([{ code: 'wrongType', path: '' }]);
  });

  it('accepts a municipality’s own taxonomy and central sectors', () => {
    const json = raw();
    json.taxonomy.functions.push({
      id: 'sakerhet',
      groupId: 'stod',
      label: { sv: 'Säkerhet & beredskap', en: 'Security and preparedness' },
      roles: [],
    });
    json.centralSektorIds = ['S4'];
    const result = validateMunicipalityConfig(json);
    expect(result.ok && result.value.taxonomy.functions.at(-1)?.label.sv).toBe('Säkerhet & beredskap');
    expect(result.ok && result.value.centralSektorIds).toEqual(['S4']);
  });
});
