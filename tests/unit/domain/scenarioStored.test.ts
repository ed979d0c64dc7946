import {
  defaultMunicipalityConfig,
  parseStoredScenario,
  resolveChoices,
  scenarioNameMaxLength,
  scenarioNameProblem,
  storedScenarioText,
  type PlacementProposal,
  type ScenarioDefinition,
} from '../../../src/domain';

const scenario: ScenarioDefinition = {
  id: 's-1',
  name: 'Samlad ekonomi',
  periodId: '2018',
  overrides: { ekonomi: 'centralisera', hr: 'samordnaSektor' },
};

describe('a stored scenario', () => {
  it('reads back what was stored', () => {
    expect(parseStoredScenario(storedScenarioText(scenario))).toEqual(scenario);
  });

  it.each([
    ['not JSON', 'nej'],
    ['another format', JSON.stringify({ ...scenario, format: 'x' })],
    ['an unknown placement', storedScenarioText({ ...scenario, overrides: { ekonomi: 'flytta' as never } })],
    [
      'a function id with a space',
      storedScenarioText({ ...scenario, overrides: { 'ek onomi': 'centralisera' } }),
    ],
    ['a blank name', storedScenarioText({ ...scenario, name: '  ' })],
    ['a bad period id', storedScenarioText({ ...scenario, periodId: '2018/19' })],
    ['overrides as a list', storedScenarioText({ ...scenario, overrides: [] as never })],
  ])('is refused whole with %s', (_, text) => {
    expect(parseStoredScenario(text)).toBeUndefined();
  });
});

describe('scenarioNameProblem', () => {
  const others = [{ name: 'Samlad ekonomi' }];
  it('says what is wrong with a name', () => {
    expect(scenarioNameProblem(' \t', others)).toBe('blank');
    expect(scenarioNameProblem('å'.repeat(scenarioNameMaxLength + 1), others)).toBe('tooLong');
    expect(scenarioNameProblem('å'.repeat(scenarioNameMaxLength), others)).toBeNull();
    expect(scenarioNameProblem(' SAMLAD EKONOMI ', others)).toBe('taken');
    expect(scenarioNameProblem('Samlad HR', others)).toBeNull();
  });
});

describe('resolveChoices', () => {
  const config = defaultMunicipalityConfig();
  const proposal = (functionId: string, p: PlacementProposal['proposal']) =>
    ({ functionId, proposal: p }) as PlacementProposal;

  it('follows the proposal, lets an override win, and keeps a function without a proposal where it is', () => {
    const choices = resolveChoices(
      { overrides: { hr: 'centralisera', borttagen: 'centralisera' } },
      {
        config,
        proposals: [
          proposal('ekonomi', 'samordnaSektor'),
          proposal('hr', 'verksamhetsnara'),
          proposal('it', 'insufficientData'),
        ],
      },
    );
    expect(choices.map((c) => c.functionId)).toEqual(config.taxonomy.functions.map((f) => f.id));
    const byId = new Map(choices.map((c) => [c.functionId, c]));
    expect(byId.get('ekonomi')).toMatchObject({ placement: 'samordnaSektor', source: 'proposal' });
    expect(byId.get('hr')).toMatchObject({
      placement: 'centralisera',
      source: 'override',
      proposal: 'verksamhetsnara',
    });
    expect(byId.get('it')).toMatchObject({ placement: 'verksamhetsnara', source: 'noProposal' });
  });
});
