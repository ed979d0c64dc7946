export { destination, resolveChoices } from './choices';
export { scenarioKeyFigures, type BeforeAfter, type ScenarioKeyFigures } from './keyFigures';
export { buildScenarioBase, scenarioOutcome, scenarioOutcomes, type ScenarioBase } from './outcome';
export {
  parseStoredScenario,
  scenarioFormat,
  scenarioNameMaxLength,
  scenarioNameProblem,
  storedScenarioText,
  type ScenarioNameProblem,
} from './stored';
export type { ScenarioStore, StoredScenario } from './store';
export type {
  AreaMoves,
  ChoiceSource,
  FunctionMove,
  ScenarioChoice,
  ScenarioDefinition,
  ScenarioOutcome,
  UnitLoss,
} from './types';
