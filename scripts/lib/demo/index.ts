export {
  generateMunicipality,
  type GenerateOptions,
  type GeneratedMunicipality,
} from './generateMunicipality';
export { seededRandom, type Random } from './random';
