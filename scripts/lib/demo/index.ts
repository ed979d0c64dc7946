// The demo municipality's generator: synthetic, deterministic data for `npm run seed`, the benchmarks and the
// tests. It is not part of the app: nothing in src/ imports it.
export {
  generateMunicipality,
  type GenerateOptions,
  type GeneratedMunicipality,
} from './generateMunicipality';
export { seededRandom, type Random } from './random';
export {
  gavleSectors,
  leadershipHeadcount,
  type OfficeTemplate,
  type SectorTemplate,
  type UnitKindTemplate,
  type UnitNaming,
} from './templates';
